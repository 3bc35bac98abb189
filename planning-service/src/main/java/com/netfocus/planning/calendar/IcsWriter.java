package com.netfocus.planning.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes an iCalendar (RFC 5545) document: CRLF line endings, content lines folded at 75 octets (never inside a
 * UTF-8 character; each continuation starts with one space), and TEXT values escaped (backslash, semicolon, comma,
 * line breaks). Times are UTC ("Z" form). Pure.
 */
public final class IcsWriter {

    static final String CRLF = "\r\n";
    /** RFC 5545 3.1: lines should not be longer than 75 octets, excluding the line break. */
    static final int MAX_OCTETS = 75;
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    /** One event of the calendar. */
    public record Event(String uid, Instant start, Instant end, String summary, String description) {
    }

    private final String productId;

    public IcsWriter(String productId) {
        this.productId = productId;
    }

    public String calendar(String name, List<Event> events, Instant stamp) {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:" + productId);
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "METHOD:PUBLISH");
        line(ics, "X-WR-CALNAME:" + escape(name));
        for (Event event : events) {
            line(ics, "BEGIN:VEVENT");
            line(ics, "UID:" + event.uid());
            line(ics, "DTSTAMP:" + UTC.format(stamp));
            line(ics, "DTSTART:" + UTC.format(event.start()));
            line(ics, "DTEND:" + UTC.format(event.end()));
            line(ics, "SUMMARY:" + escape(event.summary()));
            line(ics, "DESCRIPTION:" + escape(event.description()));
            line(ics, "TRANSP:OPAQUE");
            line(ics, "END:VEVENT");
        }
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    /** A TEXT value (RFC 5545 3.3.11): backslash, semicolon and comma escaped, every line break as "\n". */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\r\n", "\\n")
                .replace("\r", "\\n")
                .replace("\n", "\\n");
    }

    /** The content line folded (RFC 5545 3.1), each physical line ending in CRLF. */
    static String fold(String line) {
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

    private static void line(StringBuilder ics, String line) {
        ics.append(fold(line));
    }
}
