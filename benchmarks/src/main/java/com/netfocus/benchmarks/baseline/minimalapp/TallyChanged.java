package com.netfocus.benchmarks.baseline.minimalapp;

/** A tally was opened (amount 0) or added to. */
public record TallyChanged(String tallyId, int amount) {
}
