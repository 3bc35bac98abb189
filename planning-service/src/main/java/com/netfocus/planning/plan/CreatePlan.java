package com.netfocus.planning.plan;

import com.netfocus.planning.limits.OrgSettings;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Open a networking plan for a period with an hours budget; owner, org and team come from the caller. {@code today}
 * is the caller's day as the service's clock says and {@code settings} the caller's org settings (the longest period):
 * both come with the command, so that handling it does not depend on when or where it runs. Null settings mean the
 * service defaults.
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
        OrgSettings settings) {
}
