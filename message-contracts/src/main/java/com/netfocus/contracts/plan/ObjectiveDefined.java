package com.netfocus.contracts.plan;

import java.time.LocalDate;

/**
 * A focused objective: what is sought, the outcome it brings, the number that says it was reached, and its SMART
 * assessment at the time it was defined (with the warnings a coach would give).
 */
public record ObjectiveDefined(
        String planId,
        String objectiveId,
        String statement,
        String outcome,
        String metric,
        int target,
        LocalDate deadline,
        SmartVerdicts smart) implements PlanEvent {
}
