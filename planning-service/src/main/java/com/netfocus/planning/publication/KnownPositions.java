package com.netfocus.planning.publication;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The marks and open count of each plan's position as this process last wrote or read them, for the plans it touched
 * most recently: a publication's compare-and-set tries them before it reads the position (usually nothing else has
 * written it since this process's mark). A guess only: a position found otherwise is read, and nothing is decided on
 * a guess the compare-and-set has not confirmed. Shared by the request threads (marks) and the publication workers.
 */
final class KnownPositions {

    /** The version of a position: its marks and its open count. */
    record Version(long marks, long open) {

        /** Whether this is at least as recent as {@code other}: marks only grow, and between marks open only falls. */
        boolean notOlderThan(Version other) {
            return marks > other.marks || marks == other.marks && open <= other.open;
        }
    }

    private final Map<String, Version> versions;

    KnownPositions(int rememberedPlans) {
        this.versions = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Version> eldest) {
                return size() > rememberedPlans;
            }
        };
    }

    synchronized Version of(String planId) {
        return versions.get(planId);
    }

    /** Remembers a version written or read, unless a more recent one is known already (threads race here). */
    synchronized void saw(String planId, Version version) {
        versions.merge(planId, version, (known, seen) -> seen.notOlderThan(known) ? seen : known);
    }

    /** The guess was wrong: the next compare-and-set reads the position first. */
    synchronized void forget(String planId) {
        versions.remove(planId);
    }
}
