package com.netfocus.catalog.analytics;

import com.netfocus.contracts.plan.AttendancePlausibility;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Settings of the analytics, bound from {@code netfocus.catalog.analytics}.
 *
 * @param collectionPrefix the projection's collections are named {@code <prefix>_plans}, {@code _plan_figures},
 *                         {@code _plan_lists}, {@code _subjects}; another prefix builds a second, independent copy
 *                         (a rebuild beside the live one)
 * @param displayDecimals  decimals of hours, rates and fractions answered (sums use the unrounded values)
 * @param defaultRoiLimit  platforms in the ROI leaderboard when a request does not say
 * @param maxRoiLimit      the most platforms one request may ask for
 * @param attendanceFutureTolerance an attendance is counted only if it had happened when it was logged, give or
 *                         take this (clocks drift)
 * @param attendanceMaxAge an attendance is counted only if it arrived at most this long before it was logged
 *                         (besides lying inside its plan's period): no figure falls in an absurd year
 */
@ConfigurationProperties("netfocus.catalog.analytics")
public record AnalyticsProperties(
        @DefaultValue("analytics") String collectionPrefix,
        @DefaultValue("2") int displayDecimals,
        @DefaultValue("20") int defaultRoiLimit,
        @DefaultValue("100") int maxRoiLimit,
        @DefaultValue("5m") Duration attendanceFutureTolerance,
        @DefaultValue("1096d") Duration attendanceMaxAge) {

    public AnalyticsProperties {
        if (collectionPrefix == null || !collectionPrefix.matches("[A-Za-z0-9_-]+")) {
            throw new IllegalArgumentException("netfocus.catalog.analytics.collection-prefix must be letters, digits, _ or -");
        }
        if (displayDecimals < 0 || defaultRoiLimit < 1 || maxRoiLimit < defaultRoiLimit
                || attendanceFutureTolerance.isNegative() || attendanceMaxAge.isNegative() || attendanceMaxAge.isZero()) {
            throw new IllegalArgumentException("netfocus.catalog.analytics: display-decimals >= 0, "
                    + "1 <= default-roi-limit <= max-roi-limit, attendance-future-tolerance >= 0, "
                    + "attendance-max-age > 0");
        }
    }

    /** Which attendances the figures count. */
    public AttendancePlausibility attendancePlausibility() {
        return new AttendancePlausibility(attendanceFutureTolerance, attendanceMaxAge);
    }
}
