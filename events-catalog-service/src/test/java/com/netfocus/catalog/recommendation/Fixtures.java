package com.netfocus.catalog.recommendation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** Small builders so the hand-computed tests read like the arithmetic in their comments. */
final class Fixtures {

    static final Instant NOW = Instant.parse("2026-03-01T00:00:00Z");

    private Fixtures() {
    }

    static TargetNeed target(String id, String function, String position, String industry, int priority,
                             String deadlineDate) {
        return new TargetNeed(id, "objective-1", function, position, industry, priority,
                TargetNeed.endOfDay(LocalDate.parse(deadlineDate), ZoneOffset.UTC));
    }

    static PlatformOffer platform(String id, String programStartsAt, String programEndsAt, boolean networking,
                                  int attendance, AudienceSegment... audience) {
        return new PlatformOffer(id, "Platform " + id, "topic of " + id, "CONFERENCE",
                Instant.parse(programStartsAt), Instant.parse(programEndsAt), networking, attendance,
                List.of(audience));
    }

    static AudienceSegment segment(String function, String position, String industry, double share) {
        return new AudienceSegment(function, position, industry, share);
    }
}
