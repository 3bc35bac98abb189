package com.netfocus.planning.plan;

import com.netfocus.contracts.plan.SmartVerdicts;

import java.time.LocalDate;
import java.util.List;

/** An objective of a plan with the assessment it was accepted with (null for objectives stored without one). */
public record ObjectiveEntry(
        String objectiveId,
        String statement,
        String outcome,
        String metric,
        int target,
        LocalDate deadline,
        SmartVerdicts smart,
        List<String> warnings) {

    public ObjectiveEntry {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }
}
