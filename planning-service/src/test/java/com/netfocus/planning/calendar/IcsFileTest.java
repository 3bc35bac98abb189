package com.netfocus.planning.calendar;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** RFC 5545 form: CRLF, folding at 75 octets (never inside a character), TEXT escaping, UTC times; read back by ical4j. */
class IcsFileTest {

    private static final Instant STAMP = Instant.parse("2026-11-26T12:00:00Z");
    private static final Instant START = Instant.parse("2031-05-01T15:30:00Z");
    private static final Instant END = Instant.parse("2031-05-01T18:45:00Z");

    private final IcsFile file = new IcsFile("-//Netfocus//Test//EN");

    @Test
    void aCalendarWithOneEventInUtcWithCrlfLineEndings() {
        String ics = file.write("Q3 plan", List.of(new CalendarEvent("plan-1-platform-1@netfocus", START, END,
                "Chamber lunch", null, "For CFOs")), STAMP);
        assertThat(ics).isEqualTo(String.join("\r\n",
                "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Netfocus//Test//EN", "CALSCALE:GREGORIAN",
                "METHOD:PUBLISH", "X-WR-CALNAME:Q3 plan",
                "BEGIN:VEVENT", "UID:plan-1-platform-1@netfocus", "DTSTAMP:20261126T120000Z",
                "DTSTART:20310501T153000Z", "DTEND:20310501T184500Z", "SUMMARY:Chamber lunch",
                "DESCRIPTION:For CFOs", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR") + "\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
    }

    @Test
    void textIsEscapedAndReadsBackAsWritten() throws Exception {
        String text = "a\\b;c,d\ne\r\nf\rg";
        String ics = file.write(text, List.of(new CalendarEvent("u-1@netfocus", START, END, text, text, text)), STAMP);

        assertThat(unfold(ics)).contains("\r\nDESCRIPTION:a\\\\b\\;c\\,d\\ne\\nf\\ng\r\n")
                .contains("\r\nSUMMARY:a\\\\b\\;c\\,d\\ne\\nf\\ng\r\n")
                .contains("\r\nLOCATION:a\\\\b\\;c\\,d\\ne\\nf\\ng\r\n")
                .contains("\r\nX-WR-CALNAME:a\\\\b\\;c\\,d\\ne\\nf\\ng\r\n");
        Calendar parsed = parse(ics);
        VEvent event = onlyEvent(parsed);
        String asRead = "a\\b;c,d\ne\nf\ng";
        assertThat(event.getSummary().getValue()).isEqualTo(asRead);
        assertThat(event.getDescription().getValue()).isEqualTo(asRead);
        assertThat(event.getLocation().getValue()).isEqualTo(asRead);
        assertThat(parsed.getProperty("X-WR-CALNAME").map(Property::getValue)).contains(asRead);
    }

    @Test
    void theEventsTimesUidAndPlaceReadBack() throws Exception {
        VEvent event = onlyEvent(parse(file.write("Q3 plan", List.of(new CalendarEvent("plan-1-p-1@netfocus", START,
                END, "Chamber lunch", "Town hall, Room 2", "For CFOs")), STAMP)));

        assertThat(event.getUid().map(Property::getValue)).contains("plan-1-p-1@netfocus");
        assertThat(Instant.from(event.getDateTimeStart().getDate())).isEqualTo(START);
        assertThat(Instant.from(event.getDateTimeEnd().getDate())).isEqualTo(END);
        assertThat(Instant.from(event.getDateTimeStamp().getDate())).isEqualTo(STAMP);
        assertThat(event.getLocation().getValue()).isEqualTo("Town hall, Room 2");
        assertThat(event.getDescription().getValue()).isEqualTo("For CFOs");
    }

    @Test
    void anEventWithoutAPlaceHasNoLocationAndAnAbsentDescriptionIsEmpty() throws Exception {
        String ics = file.write("Q3 plan", List.of(new CalendarEvent("u-1@netfocus", START, END, "Lunch", " ", null)),
                STAMP);

        assertThat(ics).doesNotContain("LOCATION").contains("\r\nDESCRIPTION:\r\n");
        assertThat(onlyEvent(parse(ics)).getSummary().getValue()).isEqualTo("Lunch");
    }

    @Test
    void longTextIsFoldedAt75OctetsWithoutSplittingACharacterAndReadsBackWhole() throws Exception {
        // 60 ASCII octets after "DESCRIPTION:" put the emoji (a surrogate pair in Java) across the 73rd character
        String description = "x".repeat(60) + "😀 end; " + "é€😀".repeat(40);
        String ics = file.write("Q3 plan", List.of(new CalendarEvent("u-1@netfocus", START, END, "€".repeat(60), null,
                description)), STAMP);

        for (String physical : ics.split("\r\n")) {
            assertThat(physical.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        String sent = new String(ics.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        VEvent event = onlyEvent(parse(sent));
        assertThat(event.getDescription().getValue()).isEqualTo(description);
        assertThat(event.getSummary().getValue()).isEqualTo("€".repeat(60));
    }

    private static Calendar parse(String ics) throws IOException, ParserException {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static VEvent onlyEvent(Calendar calendar) {
        List<VEvent> events = calendar.getComponents(Component.VEVENT);
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    /** RFC 5545 3.1 unfolding: a CRLF followed by one space is removed. */
    private static String unfold(String folded) {
        return folded.replace("\r\n ", "");
    }
}
