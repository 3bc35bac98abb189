package com.netfocus.planning.publication;

/**
 * A plan's publication position: the last sequence known to be on Kafka, whether events may be waiting, and the
 * number of marks ever set (so that a clear can tell whether a newer mark came in meanwhile).
 */
public record Position(String planId, long publishedSequence, boolean pending, long marks) {

    /** The published sequence before the plan's first event (sequence 0) is on Kafka. */
    public static final long NOTHING_PUBLISHED = -1;
}
