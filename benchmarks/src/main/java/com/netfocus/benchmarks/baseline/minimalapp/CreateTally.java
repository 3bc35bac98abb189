package com.netfocus.benchmarks.baseline.minimalapp;

/** Opens a tally (the aggregate's constructor command). */
public record CreateTally(String tallyId) {
}
