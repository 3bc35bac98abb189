package com.netfocus.reconciliation;

import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What the event store holds for one plan: the sequences of its events and the counts the projections keep
 * (targets identified, platforms chosen).
 */
public record StoredPlan(String planId, SortedSet<Long> sequences, long targets, long platformsChosen) {

    public StoredPlan {
        sequences = new TreeSet<>(sequences);
    }

    /** The plan's version: its last sequence, or -1 when it has no event. */
    public long lastSequence() {
        return sequences.isEmpty() ? -1 : sequences.last();
    }
}
