package com.netfocus.reconciliation;

/**
 * A projection's document for one plan: the last sequence it applied and, where it keeps them, its count of
 * targets and of chosen platforms ({@code -1} when the projection does not keep that count).
 */
public record PlanProjection(String planId, long appliedSequence, long targets, long platformsChosen) {

    public static final long NOT_KEPT = -1;
}
