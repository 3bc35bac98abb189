package com.netfocus.contracts.plan;

import java.time.Instant;

/** A scheduled follow-up was done, and how it went. */
public record FollowUpCompleted(
        String planId,
        String followUpId,
        Instant completedAt,
        String outcome) implements PlanEvent {
}
