package com.netfocus.contracts.plan;

/**
 * Progress toward an objective that no other event shows (a referral, a meeting booked by phone): added to what
 * the people met and the outreach on the objective's targets already count.
 */
public record ObjectiveProgressRecorded(
        String planId,
        String objectiveId,
        int amount,
        String note) implements PlanEvent {
}
