package com.netfocus.catalog.planneeds;

import java.time.Instant;
import java.util.List;

/**
 * Platforms ranked for a plan, best first. {@code version} is the sequence of the plan's last event the advice
 * is based on, so a client that just changed the plan can tell whether the advice already knows about it.
 */
public record RecommendationsView(
        String planId,
        long version,
        Instant asOf,
        int arriveEarlyMinutes,
        int stayLateMinutes,
        List<RecommendedPlatform> recommendations) {
}
