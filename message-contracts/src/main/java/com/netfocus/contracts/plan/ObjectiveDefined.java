package com.netfocus.contracts.plan;

import java.time.LocalDate;

/** A focused objective: what is sought, the outcome it brings, and the number that says it was reached. */
public record ObjectiveDefined(
        String planId,
        String objectiveId,
        String statement,
        String outcome,
        String metric,
        int target,
        LocalDate deadline) implements PlanEvent {
}
