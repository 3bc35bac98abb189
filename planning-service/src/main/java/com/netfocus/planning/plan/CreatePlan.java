package com.netfocus.planning.plan;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Open a networking plan for a period with an hours budget; owner, org and team come from the caller. */
public record CreatePlan(
        @TargetAggregateIdentifier String planId,
        String title,
        LocalDate periodStart,
        LocalDate periodEnd,
        double hoursBudget,
        String ownerId,
        String org,
        String team) {
}
