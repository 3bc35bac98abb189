package com.netfocus.contracts.catalog;

import com.netfocus.contracts.plan.PlanEventCodec;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PlatformListedTest {

    private static final Instant STARTS = Instant.parse("2027-03-01T17:00:00Z");

    @Test
    void a_listing_with_its_audience_survives_the_wire() throws Exception {
        PlatformListed listed = new PlatformListed("p", "o", "Forum", "CONFERENCE", STARTS, STARTS.plusSeconds(7200),
                STARTS.plusSeconds(1800), STARTS.plusSeconds(5400),
                List.of(new PlatformListed.Segment("Finance", "CFO", "Retail", 0.4),
                        new PlatformListed.Segment(null, "Director", null, 0.1)));

        String json = PlanEventCodec.mapper().writeValueAsString(listed);

        assertThat(PlanEventCodec.mapper().readValue(json, PlatformListed.class)).isEqualTo(listed);
    }

    @Test
    void a_record_published_before_the_audience_travelled_reads_with_the_audience_unknown() throws Exception {
        String old = "{\"platformId\":\"p\",\"org\":\"o\",\"name\":\"Forum\",\"kind\":\"CONFERENCE\","
                + "\"startsAt\":\"2027-03-01T17:00:00Z\",\"endsAt\":\"2027-03-01T19:00:00Z\","
                + "\"programStartsAt\":\"2027-03-01T17:30:00Z\",\"programEndsAt\":\"2027-03-01T18:30:00Z\"}";

        PlatformListed listed = PlanEventCodec.mapper().readValue(old, PlatformListed.class);

        assertThat(listed.audience()).isNull();
        assertThat(listed).isEqualTo(new PlatformListed("p", "o", "Forum", "CONFERENCE", STARTS,
                STARTS.plusSeconds(7200), STARTS.plusSeconds(1800), STARTS.plusSeconds(5400)));
    }
}
