package com.netfocus.contracts.plan;

import java.time.LocalDate;

/** An objective was sharpened: its new wording, number and deadline, assessed again. */
public record ObjectiveRevised(
        String planId,
        String objectiveId,
        String statement,
        String outcome,
        String metric,
        int target,
        LocalDate deadline,
        SmartVerdicts smart) implements PlanEvent {
}
