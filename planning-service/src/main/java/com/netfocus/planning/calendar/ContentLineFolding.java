package com.netfocus.planning.calendar;

import java.nio.charset.StandardCharsets;

/**
 * Folds iCalendar content lines (RFC 5545 3.1): a line longer than 75 octets, excluding its CRLF, goes on after a
 * CRLF and one space, never inside a UTF-8 character. Pure.
 */
final class ContentLineFolding {

    static final String CRLF = "\r\n";
    /** RFC 5545 3.1: lines should not be longer than 75 octets, excluding the line break. */
    static final int MAX_OCTETS = 75;

    private ContentLineFolding() {
    }

    /** Every line of a text of CRLF-ended content lines, folded; each physical line ends in CRLF. */
    static String fold(String contentLines) {
        StringBuilder folded = new StringBuilder();
        for (String line : contentLines.split(CRLF)) {
            folded.append(foldLine(line));
        }
        return folded.toString();
    }

    /** One content line folded, each physical line ending in CRLF. */
    static String foldLine(String line) {
        StringBuilder folded = new StringBuilder();
        int octets = 0;
        int i = 0;
        while (i < line.length()) {
            int codePoint = line.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > MAX_OCTETS) {
                folded.append(CRLF).append(' ');
                octets = 1;
            }
            folded.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        return folded.append(CRLF).toString();
    }
}
