package com.netfocus.planning.publication;

import java.time.Instant;

/**
 * A plan's publication position: the last sequence known to be on Kafka, whether events may be waiting, the number
 * of marks ever set (so that a clear can tell whether a newer mark came in meanwhile), and, when its publication is
 * blocked, the sequence it is blocked at and since when ({@link #NOT_BLOCKED} and null otherwise). A block counts
 * only while its sequence lies after the published one: another instance may have published it since.
 */
public record Position(String planId, long publishedSequence, boolean pending, long marks, long blockedSequence,
                       Instant blockedSince) {

    /** The published sequence before the plan's first event (sequence 0) is on Kafka. */
    public static final long NOTHING_PUBLISHED = -1;
    /** The blocked sequence of a plan whose publication is not blocked. */
    public static final long NOT_BLOCKED = -1;

    /** The position of a plan never marked. */
    static Position none(String planId) {
        return new Position(planId, NOTHING_PUBLISHED, false, 0, NOT_BLOCKED, null);
    }

    public boolean blocked() {
        return blockedSequence > publishedSequence;
    }
}
