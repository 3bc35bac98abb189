package com.netfocus.benchmarks.load;

import java.time.LocalDate;
import java.util.List;

/**
 * The synthetic organisation: reps in teams, the catalog (regular platforms for the plans' choices, probe platforms
 * that only the lag probes choose, so that a change of their activity counts is the probe's own), and the plan
 * period every plan shares.
 */
public record Org(String name, Rep admin, List<Rep> reps, List<CatalogPlatform> regularPlatforms,
                  List<CatalogPlatform> probePlatforms, LocalDate periodStart, LocalDate periodEnd,
                  LocalDate deadline) {
}
