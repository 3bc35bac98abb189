package com.netfocus.catalog.recommendation;

import java.util.List;

/**
 * A recommended platform: its score (weighted target people per hour), the hours it takes including
 * early arrival and late stay, the targets it serves with the people expected for each, and why in words.
 */
public record Recommendation(
        String platformId,
        String name,
        double score,
        double hours,
        List<ServedTarget> servedTargets,
        String explanation) {

    public Recommendation {
        servedTargets = List.copyOf(servedTargets);
    }
}
