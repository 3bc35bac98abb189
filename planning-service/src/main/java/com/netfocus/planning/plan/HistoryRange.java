package com.netfocus.planning.plan;

/** A stretch of a plan's history: at most {@code limit} events, starting at sequence {@code fromSequence}. */
public record HistoryRange(long fromSequence, int limit) {
}
