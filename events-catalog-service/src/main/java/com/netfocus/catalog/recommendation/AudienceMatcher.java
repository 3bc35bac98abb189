package com.netfocus.catalog.recommendation;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds, for a platform's audience, the share of people matching each target.
 *
 * <p>A segment matches a target when every non-blank profile field of the target equals the segment's field
 * (trimmed, case-insensitive). To stay fast over thousands of platforms: texts are turned into small integer
 * ids once (only texts some target asks for get one; any other text cannot match anything), and the targets
 * matched by a segment profile are computed once per distinct profile and remembered. A catalog repeats the
 * same few profiles over and over, so almost every segment costs three text look-ups and one profile look-up.
 *
 * <p>Not thread-safe: it caches and reuses scratch arrays; make one per scoring run.
 */
final class AudienceMatcher {

    private static final int ANY = 0;
    private static final int NO_MATCH = -1;

    private final Map<String, Integer> vocabulary = new HashMap<>();
    private final Map<String, Integer> idsOfRawText = new HashMap<>();
    private final Map<Long, int[]> targetsOfProfile = new HashMap<>();
    private final int[] targetFunction;
    private final int[] targetPosition;
    private final int[] targetIndustry;
    private final double[] shareByTarget;
    private final int[] touchedTargets;
    private int touchedCount;

    AudienceMatcher(List<TargetNeed> targets) {
        int count = targets.size();
        targetFunction = new int[count];
        targetPosition = new int[count];
        targetIndustry = new int[count];
        for (int i = 0; i < count; i++) {
            TargetNeed target = targets.get(i);
            targetFunction[i] = learn(target.function());
            targetPosition[i] = learn(target.position());
            targetIndustry[i] = learn(target.industry());
        }
        shareByTarget = new double[count];
        touchedTargets = new int[count];
    }

    /**
     * Sums the shares of the segments matching each target. Afterwards {@link #touchedCount()} targets were
     * matched; {@link #touchedTarget(int)} and {@link #share(int)} read them until the next call.
     */
    void match(List<AudienceSegment> audience) {
        for (int i = 0; i < touchedCount; i++) {
            shareByTarget[touchedTargets[i]] = 0;
        }
        touchedCount = 0;
        for (int s = 0, size = audience.size(); s < size; s++) {
            AudienceSegment segment = audience.get(s);
            double share = segment.share();
            if (share <= 0) {
                continue;
            }
            for (int target : targetsMatching(lookUp(segment.function()), lookUp(segment.position()),
                    lookUp(segment.industry()))) {
                if (shareByTarget[target] == 0) {
                    touchedTargets[touchedCount++] = target;
                }
                shareByTarget[target] += share;
            }
        }
    }

    /** Puts the matched targets in the plan's order, so results do not depend on the audience's order. */
    void sortTouchedTargets() {
        Arrays.sort(touchedTargets, 0, touchedCount);
    }

    int touchedCount() {
        return touchedCount;
    }

    int touchedTarget(int i) {
        return touchedTargets[i];
    }

    double share(int target) {
        return shareByTarget[target];
    }

    /** Each target appears at most once, so a segment counts for a target at most once. */
    private int[] targetsMatching(int function, int position, int industry) {
        long profile = profileKey(function, position, industry);
        int[] matched = targetsOfProfile.get(profile);
        if (matched == null) {
            int[] found = new int[targetFunction.length];
            int count = 0;
            for (int t = 0; t < targetFunction.length; t++) {
                if (fieldMatches(targetFunction[t], function) && fieldMatches(targetPosition[t], position)
                        && fieldMatches(targetIndustry[t], industry)) {
                    found[count++] = t;
                }
            }
            matched = Arrays.copyOf(found, count);
            targetsOfProfile.put(profile, matched);
        }
        return matched;
    }

    private static boolean fieldMatches(int wanted, int offered) {
        return wanted == ANY || wanted == offered;
    }

    private int learn(String text) {
        String normalised = normalise(text);
        if (normalised.isEmpty()) {
            return ANY;
        }
        return vocabulary.computeIfAbsent(normalised, k -> vocabulary.size() + 1);
    }

    /** Id of a segment's text: a target's id for it, or NO_MATCH when it is blank or no target asks for it. */
    private int lookUp(String text) {
        if (text == null) {
            return NO_MATCH;
        }
        Integer known = idsOfRawText.get(text);
        if (known == null) {
            String normalised = normalise(text);
            known = normalised.isEmpty() ? NO_MATCH : vocabulary.getOrDefault(normalised, NO_MATCH);
            idsOfRawText.put(text, known);
        }
        return known;
    }

    private static String normalise(String text) {
        return text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    }

    /**
     * A mixed-radix number over the ids (each from NO_MATCH to the vocabulary size). Unlike bit-packing, it
     * keeps keys small and consecutive, which {@link Long#hashCode()} spreads well; bit-packed keys
     * collided so often that the map degraded into trees.
     */
    private long profileKey(int function, int position, int industry) {
        long radix = vocabulary.size() + 2L;
        return (function + 1) + radix * ((position + 1) + radix * (industry + 1L));
    }
}
