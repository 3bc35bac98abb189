package com.netfocus.catalog.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits beyond which a platform is taken to be a typing error rather than a real event.
 *
 * @param maxExpectedAttendance largest believable attendance
 * @param maxDurationHours      longest believable time between doors open and close
 * @param maxAudienceSegments   most audience segments one platform may describe
 * @param shareTolerance        rounding slack allowed when shares add up to exactly 1
 */
@ConfigurationProperties("netfocus.catalog.limits")
public record CatalogLimits(int maxExpectedAttendance, long maxDurationHours, int maxAudienceSegments,
                            double shareTolerance) {
}
