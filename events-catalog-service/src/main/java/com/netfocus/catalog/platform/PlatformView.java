package com.netfocus.catalog.platform;

import com.netfocus.catalog.activity.ActivityCounts;
import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A platform as the API shows it, with what plans did with it so far. */
public record PlatformView(
        String platformId,
        @Schema(example = "Retail Procurement Leaders Breakfast") String name,
        PlatformKind kind,
        String organizer,
        String topic,
        Instant startsAt,
        Instant endsAt,
        Instant programStartsAt,
        Instant programEndsAt,
        String location,
        BigDecimal cost,
        boolean networkingSupported,
        int expectedAttendance,
        List<AudienceSegment> audience,
        ActivityCounts activity) {

    static PlatformView of(Platform platform, ActivityCounts activity) {
        return new PlatformView(platform.id(), platform.name(), platform.kind(), platform.organizer(),
                platform.topic(), platform.startsAt(), platform.endsAt(), platform.programStartsAt(),
                platform.programEndsAt(), platform.location(), platform.cost(), platform.networkingSupported(),
                platform.expectedAttendance(), platform.audience(), activity);
    }
}
