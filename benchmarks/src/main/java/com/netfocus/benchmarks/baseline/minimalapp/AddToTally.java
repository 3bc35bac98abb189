package com.netfocus.benchmarks.baseline.minimalapp;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Adds to a tally. */
public record AddToTally(@TargetAggregateIdentifier String tallyId, int amount) {
}
