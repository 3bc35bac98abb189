package com.netfocus.reconciliation;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What the event store holds for one plan: the sequences of its events, the counts the projections keep (targets
 * identified, platforms chosen) and the attendances the figures leave out.
 */
public record StoredPlan(String planId, SortedSet<Long> sequences, long targets, long platformsChosen,
                         List<LeftOutAttendance> leftOut) {

    public StoredPlan {
        sequences = new TreeSet<>(sequences);
        leftOut = leftOut == null ? List.of() : List.copyOf(leftOut);
    }

    /** A plan whose attendances the figures all count. */
    public StoredPlan(String planId, SortedSet<Long> sequences, long targets, long platformsChosen) {
        this(planId, sequences, targets, platformsChosen, List.of());
    }

    /** The plan's version: its last sequence, or -1 when it has no event. */
    public long lastSequence() {
        return sequences.isEmpty() ? -1 : sequences.last();
    }
}
