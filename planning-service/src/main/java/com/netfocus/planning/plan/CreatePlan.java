package com.netfocus.planning.plan;

import com.netfocus.contracts.plan.CarriedForward;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Open a networking plan for a period with an hours budget; owner, org and team come from the caller.
 * {@code carriedForward}, when set, holds the copies of a closed plan's still-open objectives and their targets that
 * the new plan starts with.
 */
public record CreatePlan(
        @TargetAggregateIdentifier String planId,
        String title,
        LocalDate periodStart,
        LocalDate periodEnd,
        double hoursBudget,
        String ownerId,
        String org,
        String team,
        CarriedForward carriedForward) {

    /** A plan opened afresh. */
    public CreatePlan(String planId, String title, LocalDate periodStart, LocalDate periodEnd, double hoursBudget,
                      String ownerId, String org, String team) {
        this(planId, title, periodStart, periodEnd, hoursBudget, ownerId, org, team, null);
    }
}
