package com.netfocus.reconciliation;

/**
 * An attendance of the event store that the figures leave out: stored before planning refused implausible ones, it
 * cannot have happened as logged ({@code why}, judged as the analytics judge it). Not a difference between stores:
 * the events stay as they are, and an analytics rebuild counts them out as the live projection does.
 */
public record LeftOutAttendance(String planId, long sequence, String why) {

    @Override
    public String toString() {
        return planId + " | sequence " + sequence + " | attendance left out of the figures | " + why;
    }
}
