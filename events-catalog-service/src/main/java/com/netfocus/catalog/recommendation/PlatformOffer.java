package com.netfocus.catalog.recommendation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the recommendation knows about a platform. {@code topic} is carried so callers can show it, but the
 * scoring never reads it: a platform is chosen for who attends, never for what is on stage.
 */
public record PlatformOffer(
        String platformId,
        String name,
        String topic,
        String kind,
        Instant programStartsAt,
        Instant programEndsAt,
        boolean networkingSupported,
        int expectedAttendance,
        List<AudienceSegment> audience) {

    public PlatformOffer {
        TargetNeed.requireText(platformId, "platformId");
        Objects.requireNonNull(programStartsAt, "programStartsAt");
        Objects.requireNonNull(programEndsAt, "programEndsAt");
        if (!programEndsAt.isAfter(programStartsAt)) {
            throw new IllegalArgumentException("programEndsAt must be after programStartsAt for " + platformId);
        }
        if (expectedAttendance < 0) {
            throw new IllegalArgumentException("expectedAttendance must not be negative for " + platformId);
        }
        audience = audience == null ? List.of() : List.copyOf(audience);
    }

    public Duration programDuration() {
        return Duration.between(programStartsAt, programEndsAt);
    }

    /** A copy that differs only in topic (used to show that topic never changes a score). */
    public PlatformOffer withTopic(String newTopic) {
        return new PlatformOffer(platformId, name, newTopic, kind, programStartsAt, programEndsAt,
                networkingSupported, expectedAttendance, audience);
    }
}
