package com.netfocus.support.importing;

import com.netfocus.support.problem.UnsupportedFormatException;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An upload's format comes from its media type, else its file name; anything else is refused naming the choices. */
class ImportFormatTest {

    private static final ImportFormat CALENDAR = new ImportFormat("an iCalendar file",
            List.of(MediaType.parseMediaType("text/calendar")), List.of(".ics", ".ical"));
    private static final List<ImportFormat> ACCEPTED = List.of(ImportFormat.CSV, CALENDAR);

    @Test
    void theMediaTypeDecidesAndTheFileNameServesWhenItDoesNot() {
        assertThat(ImportFormat.detect(ACCEPTED, "text/csv; charset=utf-8", "events.ics")).isEqualTo(ImportFormat.CSV);
        assertThat(ImportFormat.detect(ACCEPTED, "application/octet-stream", "Events.ICAL")).isEqualTo(CALENDAR);
        assertThat(ImportFormat.detect(ACCEPTED, "not a media type", "people.csv")).isEqualTo(ImportFormat.CSV);
        assertThat(ImportFormat.detect(ACCEPTED, null, "people.csv")).isEqualTo(ImportFormat.CSV);
    }

    @Test
    void anotherFormatIsRefusedNamingTheAcceptedOnes() {
        assertThatThrownBy(() -> ImportFormat.detect(ACCEPTED, "application/pdf", "scan.pdf"))
                .isInstanceOf(UnsupportedFormatException.class)
                .hasMessage("send a CSV file (text/csv, .csv) or an iCalendar file (text/calendar, .ics)");
    }
}
