package com.netfocus.catalog.planneeds;

import com.netfocus.catalog.recommendation.PortfolioPick;

/**
 * A platform of the proposed portfolio, in the order picked: the platform as recommended on its own, and what
 * it added at the moment it was picked (after the diminishing returns of targets already served).
 */
public record ProposedPlatform(RecommendedPlatform platform, double marginalValue, double marginalValuePerHour) {

    static ProposedPlatform of(PortfolioPick pick, RecommendedPlatform platform, DisplayNumbers numbers) {
        return new ProposedPlatform(platform, numbers.round(pick.marginalValue()),
                numbers.round(pick.marginalValuePerHour()));
    }
}
