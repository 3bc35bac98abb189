package com.netfocus.support.importing;

import com.netfocus.support.problem.PayloadTooLargeException;
import com.netfocus.support.problem.UnreadableFileException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text of an uploaded file, sent as a multipart part or as the request body. Only UTF-8 is read (what
 * spreadsheet, address book and calendar exports offer), and strictly, so that a binary file is refused
 * instead of being imported as mojibake; a leading byte order mark (as Excel writes) is dropped.
 */
public final class UploadedText {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private UploadedText() {
    }

    public static String of(MultipartFile file, DataSize maxBytes) throws IOException {
        try (InputStream in = file.getInputStream()) {
            return decode(readAtMost(in, maxBytes));
        }
    }

    public static String of(HttpServletRequest request, DataSize maxBytes) throws IOException {
        try (InputStream in = request.getInputStream()) {
            return decode(readAtMost(in, maxBytes));
        }
    }

    /** Reads one byte past the limit at most, so an oversized body is refused without being held in memory. */
    static byte[] readAtMost(InputStream in, DataSize maxBytes) throws IOException {
        long limit = maxBytes.toBytes();
        byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 1, limit + 1));
        if (content.length > limit) {
            throw new PayloadTooLargeException("file", "is larger than " + limit + " bytes");
        }
        return content;
    }

    public static String decode(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableFileException("file", "is not UTF-8 text");
        }
        if (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
            text = text.substring(1);
        }
        if (text.indexOf('\0') >= 0) {
            throw new UnreadableFileException("file", "is not text (it holds NUL characters)");
        }
        if (text.isBlank()) {
            throw new UnreadableFileException("file", "is empty");
        }
        return text;
    }
}
