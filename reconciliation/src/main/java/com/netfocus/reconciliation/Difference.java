package com.netfocus.reconciliation;

/**
 * One thing that does not agree: the plan (or platform) it concerns, where the disagreement was found (the event
 * store, Kafka, or a projection), what the event store says it should be, and what was found there.
 */
public record Difference(String subject, String where, String expected, String found) {

    @Override
    public String toString() {
        return subject + " | " + where + " | expected " + expected + " | found " + found;
    }
}
