package com.netfocus.contracts.plan;

import java.time.Instant;

/**
 * A scheduled follow-up was done, and how it went. {@code outreachId} is set when logging outreach with the person
 * completed it (the rep was in touch, so the reminder stops); null when the owner marked it done.
 */
public record FollowUpCompleted(
        String planId,
        String followUpId,
        Instant completedAt,
        String outcome,
        String outreachId) implements PlanEvent {

    /** A follow-up the owner marked done. */
    public FollowUpCompleted(String planId, String followUpId, Instant completedAt, String outcome) {
        this(planId, followUpId, completedAt, outcome, null);
    }
}
