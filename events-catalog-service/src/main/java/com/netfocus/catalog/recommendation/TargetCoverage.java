package com.netfocus.catalog.recommendation;

/** How many people of a target the chosen platforms are expected to bring, and how many platforms serve it. */
public record TargetCoverage(String targetId, double expectedPeople, int platforms) {
}
