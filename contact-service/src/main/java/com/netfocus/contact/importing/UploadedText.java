package com.netfocus.contact.importing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text of an uploaded file. Only UTF-8 is read (what spreadsheet and address book exports offer), and
 * strictly, so that a binary file is refused instead of being imported as mojibake; a leading byte order
 * mark (as Excel writes) is dropped.
 */
final class UploadedText {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private UploadedText() {
    }

    static String decode(byte[] bytes) {
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
