package com.netfocus.contracts.plan;

import java.time.LocalDate;

/**
 * A rep opened a networking plan for a period with an hours budget. Owner, org and team are part of the
 * payload (not only the metadata) because every projection scopes the plan by them. {@code carriedForward} is set
 * when the plan continues a closed one (its copied objectives and targets); null otherwise, and in plans stored
 * before plans could be carried forward.
 */
public record PlanCreated(
        String planId,
        String title,
        LocalDate periodStart,
        LocalDate periodEnd,
        double hoursBudget,
        String ownerId,
        String org,
        String team,
        CarriedForward carriedForward) implements PlanEvent {

    /** A plan opened afresh. */
    public PlanCreated(String planId, String title, LocalDate periodStart, LocalDate periodEnd, double hoursBudget,
                       String ownerId, String org, String team) {
        this(planId, title, periodStart, periodEnd, hoursBudget, ownerId, org, team, null);
    }
}
