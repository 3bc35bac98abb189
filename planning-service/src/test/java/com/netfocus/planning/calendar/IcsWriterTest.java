package com.netfocus.planning.calendar;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** RFC 5545 form: CRLF, folding at 75 octets (never inside a character), TEXT escaping, UTC times. */
class IcsWriterTest {

    private final IcsWriter writer = new IcsWriter("-//Netfocus//Test//EN");

    @Test
    void aCalendarWithOneEventInUtcWithCrlfLineEndings() {
        String ics = writer.calendar("Q3 plan", List.of(new IcsWriter.Event("plan-1-platform-1@netfocus",
                Instant.parse("2031-05-01T15:30:00Z"), Instant.parse("2031-05-01T18:45:00Z"), "Chamber lunch",
                "For CFOs")), Instant.parse("2026-11-26T12:00:00Z"));
        assertThat(ics).isEqualTo(String.join("\r\n",
                "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Netfocus//Test//EN", "CALSCALE:GREGORIAN",
                "METHOD:PUBLISH", "X-WR-CALNAME:Q3 plan",
                "BEGIN:VEVENT", "UID:plan-1-platform-1@netfocus", "DTSTAMP:20261126T120000Z",
                "DTSTART:20310501T153000Z", "DTEND:20310501T184500Z", "SUMMARY:Chamber lunch",
                "DESCRIPTION:For CFOs", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR") + "\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
    }

    @Test
    void textIsEscaped() {
        assertThat(IcsWriter.escape("a\\b;c,d\ne\r\nf\rg")).isEqualTo("a\\\\b\\;c\\,d\\ne\\nf\\ng");
        assertThat(IcsWriter.escape(null)).isEmpty();
    }

    @Test
    void shortLinesAreNotFolded() {
        String line = "S".repeat(75);
        assertThat(IcsWriter.fold(line)).isEqualTo(line + "\r\n");
    }

    @Test
    void longLinesFoldAt75OctetsAndUnfoldToTheOriginal() {
        String line = "DESCRIPTION:" + "x".repeat(200);
        String folded = IcsWriter.fold(line);
        String[] physical = folded.split("\r\n");
        assertThat(physical[0]).hasSize(75);
        for (int i = 1; i < physical.length; i++) {
            assertThat(physical[i]).startsWith(" ");
            assertThat(physical[i].getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        assertThat(folded.endsWith("\r\n")).isTrue();
        assertThat(unfold(folded)).isEqualTo(line);
    }

    @Test
    void foldingCountsOctetsAndNeverSplitsACharacter() {
        // "é" is 2 octets, "€" 3, "😀" 4 (a surrogate pair in Java): 74 ASCII octets leave no room for any of them
        for (String wide : new String[]{"é", "€", "😀"}) {
            String line = "x".repeat(74) + wide + "tail";
            String folded = IcsWriter.fold(line);
            String[] physical = folded.split("\r\n");
            assertThat(physical[0]).isEqualTo("x".repeat(74));
            assertThat(physical[1]).isEqualTo(" " + wide + "tail");
            assertThat(unfold(folded)).isEqualTo(line);
        }
        String many = "SUMMARY:" + "€".repeat(60);
        for (String physical : IcsWriter.fold(many).split("\r\n")) {
            assertThat(physical.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        assertThat(unfold(IcsWriter.fold(many))).isEqualTo(many);
    }

    /** RFC 5545 3.1 unfolding: a CRLF followed by one space is removed. */
    private static String unfold(String folded) {
        return folded.replace("\r\n ", "").replaceAll("\r\n$", "");
    }
}
