package com.netfocus.catalog.recommendation;

import java.util.List;

/**
 * The proposed set of platforms, in the order they were picked, with their total hours, the total expected
 * target people, and the coverage of every target (uncovered targets are listed with zero people, so the
 * plan shows where the catalog has nothing to offer).
 */
public record Portfolio(
        List<PortfolioPick> chosen,
        double totalHours,
        double totalExpectedTargetPeople,
        List<TargetCoverage> coverage) {

    public Portfolio {
        chosen = List.copyOf(chosen);
        coverage = List.copyOf(coverage);
    }
}
