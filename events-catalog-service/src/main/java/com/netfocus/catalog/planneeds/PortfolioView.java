package com.netfocus.catalog.planneeds;

import com.netfocus.catalog.recommendation.TargetCoverage;

import java.time.Instant;
import java.util.List;

/**
 * The proposed set of platforms within the hours the plan has left ({@code remainingHours} = budget minus the
 * planned hours of the platforms already chosen), with its total hours and people and the coverage of every
 * profile target (uncovered ones with zero). {@code version} as in {@link RecommendationsView}.
 */
public record PortfolioView(
        String planId,
        long version,
        Instant asOf,
        int arriveEarlyMinutes,
        int stayLateMinutes,
        double hoursBudget,
        double plannedHours,
        double remainingHours,
        double totalHours,
        double totalExpectedTargetPeople,
        List<ProposedPlatform> platforms,
        List<TargetCoverage> coverage) {
}
