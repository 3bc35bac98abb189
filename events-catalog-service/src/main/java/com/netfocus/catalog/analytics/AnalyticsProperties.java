package com.netfocus.catalog.analytics;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the analytics, bound from {@code netfocus.catalog.analytics}.
 *
 * @param collectionPrefix the projection's collections are named {@code <prefix>_plans}, {@code _plan_figures},
 *                         {@code _plan_lists}, {@code _subjects}; another prefix builds a second, independent copy
 *                         (a rebuild beside the live one)
 * @param displayDecimals  decimals of hours, rates and fractions answered (sums use the unrounded values)
 * @param defaultRoiLimit  platforms in the ROI leaderboard when a request does not say
 * @param maxRoiLimit      the most platforms one request may ask for
 */
@ConfigurationProperties("netfocus.catalog.analytics")
public record AnalyticsProperties(
        @DefaultValue("analytics") String collectionPrefix,
        @DefaultValue("2") int displayDecimals,
        @DefaultValue("20") int defaultRoiLimit,
        @DefaultValue("100") int maxRoiLimit) {

    public AnalyticsProperties {
        if (collectionPrefix == null || !collectionPrefix.matches("[A-Za-z0-9_-]+")) {
            throw new IllegalArgumentException("netfocus.catalog.analytics.collection-prefix must be letters, digits, _ or -");
        }
        if (displayDecimals < 0 || defaultRoiLimit < 1 || maxRoiLimit < defaultRoiLimit) {
            throw new IllegalArgumentException("netfocus.catalog.analytics: display-decimals >= 0 and "
                    + "1 <= default-roi-limit <= max-roi-limit");
        }
    }
}
