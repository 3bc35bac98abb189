package com.netfocus.benchmarks.load;

import java.time.Instant;

/**
 * A platform the benchmark put into the catalog: the programme times choices and attendance are judged against, and
 * the profile whose people (with the next two profiles') its audience holds (CatalogLayout).
 */
public record CatalogPlatform(String platformId, Instant programStartsAt, Instant programEndsAt, int profile) {
}
