package com.netfocus.contracts.caller;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * How a caller's user, org, team and roles travel in a header: HTTP header values are bytes that each hop may read
 * as ISO-8859-1, so any text outside visible ASCII would change on the way (a user "日本" or a team "Dział" arrived
 * altered and its seal no longer matched). Visible ASCII stays as it is, except '%'; every other UTF-8 byte (space,
 * control characters, letters beyond ASCII) is written as %XX. The encoded form is what the seal covers.
 */
public final class HeaderText {

    private static final char ESCAPE = '%';
    private static final char FIRST_VISIBLE = '!';
    private static final char LAST_VISIBLE = '~';
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    private static final int HEX_RADIX = 16;

    private HeaderText() {
    }

    /** The header form of a value: visible ASCII only. */
    public static String encode(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        StringBuilder encoded = new StringBuilder(bytes.length);
        for (byte b : bytes) {
            int unsigned = b & 0xFF;
            if (unsigned >= FIRST_VISIBLE && unsigned <= LAST_VISIBLE && unsigned != ESCAPE) {
                encoded.append((char) unsigned);
            } else {
                encoded.append(ESCAPE).append(HEX[unsigned >> 4]).append(HEX[unsigned & 0x0F]);
            }
        }
        return encoded.toString();
    }

    /**
     * The value a header carries, or empty when it is not in the encoded form (a character outside visible ASCII,
     * a broken escape, bytes that are not UTF-8): such a header was not written by {@link #encode}.
     */
    public static Optional<String> decode(String header) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(header.length());
        for (int i = 0; i < header.length(); i++) {
            char c = header.charAt(i);
            if (c == ESCAPE) {
                if (i + 2 >= header.length()) {
                    return Optional.empty();
                }
                int high = Character.digit(header.charAt(i + 1), HEX_RADIX);
                int low = Character.digit(header.charAt(i + 2), HEX_RADIX);
                if (high < 0 || low < 0) {
                    return Optional.empty();
                }
                bytes.write(high << 4 | low);
                i += 2;
            } else if (c >= FIRST_VISIBLE && c <= LAST_VISIBLE) {
                bytes.write(c);
            } else {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString());
        } catch (CharacterCodingException notUtf8) {
            return Optional.empty();
        }
    }

    /** Whether a value holds a control character (a line break, a tab, NUL, ...): never part of an identity. */
    public static boolean hasControlCharacter(String value) {
        return value.codePoints().anyMatch(Character::isISOControl);
    }
}
