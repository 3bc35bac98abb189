package com.netfocus.contracts.plan;

import java.time.LocalDate;

/**
 * A rep opened a networking plan for a period with an hours budget. Owner, org and team are part of the
 * payload (not only the metadata) because every projection scopes the plan by them.
 */
public record PlanCreated(
        String planId,
        String title,
        LocalDate periodStart,
        LocalDate periodEnd,
        double hoursBudget,
        String ownerId,
        String org,
        String team) implements PlanEvent {
}
