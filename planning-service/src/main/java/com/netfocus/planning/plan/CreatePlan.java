package com.netfocus.planning.plan;

import com.netfocus.contracts.plan.CarriedForward;
import com.netfocus.planning.limits.OrgSettings;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Open a networking plan for a period with an hours budget; owner, org and team come from the caller. {@code today}
 * is the caller's day as the service's clock says and {@code settings} the caller's org settings (the longest period):
 * both come with the command, so that handling it does not depend on when or where it runs. Null settings mean the
 * service defaults. {@code carriedForward}, when set, holds the copies of a closed plan's still-open objectives and
 * their targets that the new plan starts with.
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
        LocalDate today,
        OrgSettings settings,
        CarriedForward carriedForward) {

    /** A plan opened afresh. */
    public CreatePlan(String planId, String title, LocalDate periodStart, LocalDate periodEnd, double hoursBudget,
                      String ownerId, String org, String team, LocalDate today, OrgSettings settings) {
        this(planId, title, periodStart, periodEnd, hoursBudget, ownerId, org, team, today, settings, null);
    }
}
