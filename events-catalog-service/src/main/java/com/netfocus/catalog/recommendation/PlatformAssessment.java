package com.netfocus.catalog.recommendation;

import java.util.Comparator;

/**
 * One eligible platform as scored for a set of targets: the targets it serves (indexes into the target
 * list), the people expected of each, and those people weighted by the target's priority.
 */
record PlatformAssessment(
        PlatformOffer offer,
        long seconds,
        int[] servedTargets,
        double[] expectedPeople,
        double[] weightedPeople,
        double networkingFactor,
        double score) {

    private static final double SECONDS_PER_HOUR = 3600.0;

    /** The tie-break shared by the ranking and the portfolio. */
    static final Comparator<PlatformOffer> EARLIER_THEN_ID = (a, b) -> {
        int byStart = a.programStartsAt().compareTo(b.programStartsAt());
        return byStart != 0 ? byStart : a.platformId().compareTo(b.platformId());
    };

    /**
     * Best first: higher score, then the earlier programme, then platform id, so the order is total.
     * Written out rather than chained from key extractors: it runs some hundred thousand times per ranking.
     */
    static final Comparator<PlatformAssessment> RANKING = (a, b) -> {
        int byScore = Double.compare(b.score, a.score);
        return byScore != 0 ? byScore : EARLIER_THEN_ID.compare(a.offer, b.offer);
    };

    static double hoursOf(long seconds) {
        return seconds / SECONDS_PER_HOUR;
    }

    double hours() {
        return hoursOf(seconds);
    }

    double totalWeightedPeople() {
        double total = 0;
        for (double people : weightedPeople) {
            total += people;
        }
        return total;
    }
}
