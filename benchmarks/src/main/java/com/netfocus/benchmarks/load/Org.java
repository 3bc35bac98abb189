package com.netfocus.benchmarks.load;

import java.time.LocalDate;
import java.util.List;

/**
 * The synthetic organisation: reps in teams, the catalog laid out as {@link CatalogLayout} says (attendable and
 * upcoming platforms for the plans' choices, probe platforms that only the lag probes choose, so that a change of
 * their activity counts is the probe's own), and the plan period every plan shares.
 */
public record Org(String name, Rep admin, List<Rep> reps, CatalogLayout layout, List<CatalogPlatform> platforms,
                  LocalDate periodStart, LocalDate periodEnd, LocalDate deadline) {

    public Org {
        if (platforms.size() != layout.platforms()) {
            throw new IllegalArgumentException("the catalog holds " + platforms.size() + " platforms, its layout "
                    + layout.platforms());
        }
    }

    CatalogPlatform attendable(int slot, int profile) {
        return platforms.get(layout.attendableIndex(slot, profile));
    }

    CatalogPlatform upcoming(int slot, int profile) {
        return platforms.get(layout.upcomingIndex(slot, profile));
    }

    public List<CatalogPlatform> probePlatforms() {
        return platforms.subList(layout.firstProbe(), platforms.size());
    }
}
