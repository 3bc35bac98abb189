package com.netfocus.catalog.recommendation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the recommendation knows about a platform. {@code topic} is carried so callers can show it, but the
 * scoring never reads it: a platform is chosen for who attends, never for what is on stage. {@code calibration}
 * multiplies the people the audience data leads to expect: 1 until the org's own attendance says otherwise
 * (see {@link ForecastCalibration}); {@code personalCalibration} is the part of it that comes from the rep's own
 * attendance (1 unless {@link #withPersonalCalibration} applied one), so that an explanation can tell both apart.
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
        List<AudienceSegment> audience,
        double calibration,
        double personalCalibration) {

    /** An offer calibrated by the org's attendance only. */
    public PlatformOffer(String platformId, String name, String topic, String kind, Instant programStartsAt,
                         Instant programEndsAt, boolean networkingSupported, int expectedAttendance,
                         List<AudienceSegment> audience, double calibration) {
        this(platformId, name, topic, kind, programStartsAt, programEndsAt, networkingSupported, expectedAttendance,
                audience, calibration, 1.0);
    }

    /** An uncalibrated offer: the audience data taken as it is. */
    public PlatformOffer(String platformId, String name, String topic, String kind, Instant programStartsAt,
                         Instant programEndsAt, boolean networkingSupported, int expectedAttendance,
                         List<AudienceSegment> audience) {
        this(platformId, name, topic, kind, programStartsAt, programEndsAt, networkingSupported, expectedAttendance,
                audience, 1.0);
    }

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
        if (!(calibration >= 0) || Double.isInfinite(calibration)) {
            throw new IllegalArgumentException("calibration must be a finite number >= 0 for " + platformId);
        }
        if (!(personalCalibration > 0) || Double.isInfinite(personalCalibration)) {
            throw new IllegalArgumentException("personalCalibration must be a finite number > 0 for " + platformId);
        }
    }

    public Duration programDuration() {
        return Duration.between(programStartsAt, programEndsAt);
    }

    /** A copy that differs only in topic (used to show that topic never changes a score). */
    public PlatformOffer withTopic(String newTopic) {
        return new PlatformOffer(platformId, name, newTopic, kind, programStartsAt, programEndsAt,
                networkingSupported, expectedAttendance, audience, calibration, personalCalibration);
    }

    /** A copy whose expected people are multiplied by {@code factor}. */
    public PlatformOffer withCalibration(double factor) {
        return new PlatformOffer(platformId, name, topic, kind, programStartsAt, programEndsAt,
                networkingSupported, expectedAttendance, audience, factor, personalCalibration);
    }

    /** A copy whose expected people are also multiplied by the rep's own {@code factor}. */
    public PlatformOffer withPersonalCalibration(double factor) {
        return new PlatformOffer(platformId, name, topic, kind, programStartsAt, programEndsAt,
                networkingSupported, expectedAttendance, audience, calibration * factor, personalCalibration * factor);
    }

    /** The part of the calibration that comes from the org's attendance. */
    public double orgCalibration() {
        return calibration / personalCalibration;
    }
}
