package com.netfocus.catalog.planneeds;

import com.netfocus.catalog.recommendation.PlatformOffer;
import com.netfocus.catalog.recommendation.Recommendation;
import com.netfocus.catalog.recommendation.ServedTarget;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/**
 * A platform as the advice shows it: when it is, its score (weighted target people per hour), the hours it
 * takes with the early and late minutes, who of the plan's targets it serves and how many of each, and why.
 */
public record RecommendedPlatform(
        String platformId,
        @Schema(example = "Retail Procurement Leaders Breakfast") String name,
        String kind,
        Instant programStartsAt,
        Instant programEndsAt,
        double score,
        double hours,
        List<ServedTarget> servedTargets,
        String explanation) {

    static RecommendedPlatform of(Recommendation recommendation, PlatformOffer offer, DisplayNumbers numbers) {
        return new RecommendedPlatform(recommendation.platformId(), recommendation.name(), offer.kind(),
                offer.programStartsAt(), offer.programEndsAt(), numbers.round(recommendation.score()),
                numbers.round(recommendation.hours()),
                recommendation.servedTargets().stream()
                        .map(served -> new ServedTarget(served.targetId(), numbers.round(served.expectedPeople())))
                        .toList(),
                recommendation.explanation());
    }
}
