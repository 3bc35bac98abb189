package com.netfocus.contracts.plan;

import java.time.LocalDate;

/**
 * The owner moved a follow-up or reworded what was promised. Both fields hold the values after the revision.
 * {@code reason} is what the owner said, or null.
 */
public record FollowUpRevised(String planId, String followUpId, LocalDate dueOn, String action, String reason)
        implements PlanEvent {
}
