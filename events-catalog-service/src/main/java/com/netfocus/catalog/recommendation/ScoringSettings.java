package com.netfocus.catalog.recommendation;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Every number the scoring uses. Values come from configuration; {@link #defaults(Instant)} documents
 * the starting point and why.
 *
 * @param priorityWeights              weight of a target's expected people, per priority level 1..5
 * @param networkingSupportedFactor    multiplier for platforms that encourage networking
 * @param networkingUnsupportedFactor  multiplier for platforms that do not
 * @param repeatServiceFactor          in a portfolio, the value of serving a target again is multiplied by
 *                                     this once per earlier platform already serving it
 * @param now                          only platforms whose programme starts after this are recommended
 */
public record ScoringSettings(
        Map<Integer, Double> priorityWeights,
        double networkingSupportedFactor,
        double networkingUnsupportedFactor,
        double repeatServiceFactor,
        Instant now) {

    public ScoringSettings {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(priorityWeights, "priorityWeights");
        for (int level = TargetNeed.HIGHEST_PRIORITY; level <= TargetNeed.LOWEST_PRIORITY; level++) {
            requireNonNegative(priorityWeights.get(level), "priorityWeights[" + level + "]");
        }
        requireNonNegative(networkingSupportedFactor, "networkingSupportedFactor");
        requireNonNegative(networkingUnsupportedFactor, "networkingUnsupportedFactor");
        requireNonNegative(repeatServiceFactor, "repeatServiceFactor");
        if (repeatServiceFactor > 1) {
            // a factor above 1 would reward piling every platform onto the same target
            throw new IllegalArgumentException("repeatServiceFactor must not exceed 1, was " + repeatServiceFactor);
        }
        priorityWeights = Map.copyOf(new TreeMap<>(priorityWeights));
    }

    /**
     * Defaults until an org calibrates its own:
     * <ul>
     *   <li>priority weights 1.0, 0.8, 0.6, 0.4, 0.2 for priorities 1..5: linear, so each step down the list
     *       costs the same, and even the least important target still counts (a fifth of the first);</li>
     *   <li>networking factor 1.0 where networking is supported, 0.6 where it is not: the same people are
     *       worth less when the format (a lecture hall, a trade-show aisle) leaves little room to talk,
     *       but not nothing, because the time before and after still works;</li>
     *   <li>repeat-service factor 0.5: the second platform for the same target is worth half, the third a
     *       quarter, so a portfolio spreads over the targets instead of meeting one kind of person
     *       over and over.</li>
     * </ul>
     */
    public static ScoringSettings defaults(Instant now) {
        return new ScoringSettings(
                Map.of(1, 1.0, 2, 0.8, 3, 0.6, 4, 0.4, 5, 0.2),
                1.0,
                0.6,
                0.5,
                now);
    }

    /** {@link #defaults(Instant)} as of the current instant; tests and batch callers pass their own clock. */
    public static ScoringSettings defaults() {
        return defaults(Instant.now());
    }

    public ScoringSettings withNow(Instant newNow) {
        return new ScoringSettings(priorityWeights, networkingSupportedFactor, networkingUnsupportedFactor,
                repeatServiceFactor, newNow);
    }

    public double priorityWeight(int priority) {
        Double weight = priorityWeights.get(priority);
        if (weight == null) {
            throw new IllegalArgumentException("no weight for priority " + priority);
        }
        return weight;
    }

    public double networkingFactor(boolean networkingSupported) {
        return networkingSupported ? networkingSupportedFactor : networkingUnsupportedFactor;
    }

    private static void requireNonNegative(Double value, String name) {
        if (value == null || !(value >= 0) || value.isInfinite()) {
            throw new IllegalArgumentException(name + " must be a finite number >= 0, was " + value);
        }
    }
}
