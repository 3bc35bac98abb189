package com.netfocus.support.importing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Finds the 1-based line of a character position in a text, counting \n, \r\n and a lone \r as line ends. */
public final class LineIndex {

    private final String text;
    private final List<Integer> lineStarts = new ArrayList<>();

    public LineIndex(String text) {
        this.text = text;
        lineStarts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                lineStarts.add(i + 1);
            }
        }
    }

    /** The line of the first character at or after {@code position} that is not a line break. */
    public long lineOfContentAt(long position) {
        int at = (int) Math.min(position, text.length());
        while (at < text.length() && (text.charAt(at) == '\n' || text.charAt(at) == '\r')) {
            at++;
        }
        int index = Collections.binarySearch(lineStarts, at);
        return index >= 0 ? index + 1 : -index - 1;
    }

    /** The 1-based lines on which a line equal to {@code marker} (ignoring case and surrounding blanks) stands. */
    public static List<Long> linesOf(String text, String marker) {
        List<Long> lines = new ArrayList<>();
        String[] all = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < all.length; i++) {
            if (all[i].strip().equalsIgnoreCase(marker)) {
                lines.add(i + 1L);
            }
        }
        return lines;
    }
}
