package com.netfocus.catalog.recommendation;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Ranks platforms for a plan's targets by weighted target people per hour (see {@link PlatformAssessor} for
 * the formula). Platforms that are past, after every deadline, or serve no target are left out.
 */
public final class PlatformRanking {

    private PlatformRanking() {
    }

    /** Every recommendable platform, best first. */
    public static List<Recommendation> rank(List<PlatformOffer> platforms, List<TargetNeed> targets,
                                            TimePlan timePlan, ScoringSettings settings) {
        return rank(platforms, targets, timePlan, settings, Integer.MAX_VALUE);
    }

    /**
     * The best {@code limit} recommendations, best first: the same order as {@link #rank(List, List, TimePlan,
     * ScoringSettings)} cut short. Every platform is still scored; only the best are sorted and explained,
     * which is most of the cost when a page shows a few dozen out of thousands.
     */
    public static List<Recommendation> rank(List<PlatformOffer> platforms, List<TargetNeed> targets,
                                            TimePlan timePlan, ScoringSettings settings, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative, was " + limit);
        }
        PlatformAssessor assessor = new PlatformAssessor(targets, timePlan, settings);
        List<PlatformAssessment> best = limit >= platforms.size()
                ? allSorted(platforms, assessor)
                : bestSorted(platforms, assessor, limit);
        Explanations explanations = new Explanations(assessor);
        List<Recommendation> ranked = new ArrayList<>(best.size());
        for (PlatformAssessment assessment : best) {
            ranked.add(explanations.recommendation(assessment));
        }
        return ranked;
    }

    private static List<PlatformAssessment> allSorted(List<PlatformOffer> platforms, PlatformAssessor assessor) {
        List<PlatformAssessment> eligible = new ArrayList<>();
        for (PlatformOffer platform : platforms) {
            assessor.assess(platform).ifPresent(eligible::add);
        }
        eligible.sort(PlatformAssessment.RANKING);
        return eligible;
    }

    /** Keeps the best {@code limit} in a heap whose head is the worst kept, so it is the one to drop. */
    private static List<PlatformAssessment> bestSorted(List<PlatformOffer> platforms, PlatformAssessor assessor,
                                                       int limit) {
        PriorityQueue<PlatformAssessment> kept = new PriorityQueue<>(limit + 1,
                PlatformAssessment.RANKING.reversed());
        for (PlatformOffer platform : platforms) {
            assessor.assess(platform).ifPresent(assessment -> {
                kept.add(assessment);
                if (kept.size() > limit) {
                    kept.poll();
                }
            });
        }
        List<PlatformAssessment> best = new ArrayList<>(kept);
        best.sort(PlatformAssessment.RANKING);
        return best;
    }
}
