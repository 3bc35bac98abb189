package com.netfocus.benchmarks.load;

import java.time.Instant;

/** A platform the benchmark put into the catalog, with the programme times attendance is logged against. */
public record CatalogPlatform(String platformId, Instant programStartsAt, Instant programEndsAt) {
}
