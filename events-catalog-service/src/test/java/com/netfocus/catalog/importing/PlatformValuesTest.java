package com.netfocus.catalog.importing;

import com.netfocus.catalog.platform.AudienceSegment;
import com.netfocus.catalog.platform.PlatformKind;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** Values of CSV columns and iCalendar properties are read into platform fields, or named as unreadable. */
class PlatformValuesTest {

    @Test
    void audienceSegmentsAreReadWithEmptyPartsAsNotGiven() {
        PlatformValues values = new PlatformValues();

        assertThat(values.audience("audience", "Purchasing|Director|Logistics=0.25;  |Manager| = .1 ;"))
                .containsExactly(new AudienceSegment("Purchasing", "Director", "Logistics", 0.25),
                        new AudienceSegment(null, "Manager", null, 0.1));
        assertThat(values.errors()).isEmpty();
    }

    @Test
    void malformedSegmentsAreNamed() {
        PlatformValues values = new PlatformValues();

        assertThat(values.audience("audience", "Purchasing=0.2; Sales|VP|Banking=lots")).isEmpty();
        assertThat(values.errors()).hasSize(2).allSatisfy(error -> assertThat(error.field()).isEqualTo("audience"));
    }

    @Test
    void kindsAreReadLikeTheirNamesAndTimesNeedAZone() {
        PlatformValues values = new PlatformValues();

        assertThat(values.kind("kind", "trade-show")).isEqualTo(PlatformKind.TRADE_SHOW);
        assertThat(values.instant("startsAt", "2031-05-01T18:00+02:00")).isEqualTo(Instant.parse("2031-05-01T16:00:00Z"));
        assertThat(values.errors()).isEmpty();
        assertThat(values.instant("startsAt", "2031-05-01T18:00")).isNull();
        assertThat(values.kind("kind", "party")).isNull();
        assertThat(values.errors()).extracting(error -> error.field()).containsExactly("startsAt", "kind");
    }
}
