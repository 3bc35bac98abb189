package com.netfocus.contracts.catalog;

import com.netfocus.contracts.plan.PlanEventCodec;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PlatformListedTest {

    private static final Instant DOORS = Instant.parse("2027-01-21T07:00:00Z");

    @Test
    void the_place_the_audience_and_the_lister_travel_with_the_event() throws Exception {
        var listed = new PlatformListed("x", "org", "Breakfast", "MEETUP", DOORS, DOORS.plusSeconds(10_800),
                DOORS.plusSeconds(1800), DOORS.plusSeconds(7200), "Hotel Nord, Oslo", "Retail Forum", 45.0, 80,
                List.of(new AudienceShare("Procurement", "Director", "Retail", 0.25)), "admin-1",
                DOORS.minusSeconds(86_400));

        String json = PlanEventCodec.mapper().writeValueAsString(listed);

        assertThat(PlanEventCodec.mapper().readValue(json, PlatformListed.class)).isEqualTo(listed);
    }

    @Test
    void a_record_published_before_those_fields_existed_reads_with_them_absent() throws Exception {
        String old = "{\"platformId\":\"x\",\"org\":\"o\",\"name\":\"n\",\"kind\":\"SEMINAR\","
                + "\"startsAt\":\"2027-01-21T07:00:00Z\",\"endsAt\":\"2027-01-21T10:00:00Z\","
                + "\"programStartsAt\":\"2027-01-21T07:30:00Z\",\"programEndsAt\":\"2027-01-21T09:00:00Z\"}";

        var listed = PlanEventCodec.mapper().readValue(old, PlatformListed.class);

        assertThat(listed.audience()).isEmpty();
        assertThat(listed.location()).isNull();
        assertThat(listed.cost()).isNull();
        assertThat(listed.listedBy()).isNull();
        assertThat(listed).isEqualTo(new PlatformListed("x", "o", "n", "SEMINAR",
                Instant.parse("2027-01-21T07:00:00Z"), Instant.parse("2027-01-21T10:00:00Z"),
                Instant.parse("2027-01-21T07:30:00Z"), Instant.parse("2027-01-21T09:00:00Z")));
    }
}
