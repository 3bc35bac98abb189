package com.netfocus.planning.view;

import com.netfocus.contracts.plan.SmartVerdicts;
import com.netfocus.planning.state.ObjectiveStatus;

import java.time.LocalDate;
import java.util.List;

/** An objective as the plan shows it: wording, SMART assessment and warnings, status, and progress. */
public record ObjectiveView(
        String objectiveId,
        String statement,
        String outcome,
        String metric,
        int target,
        LocalDate deadline,
        SmartVerdicts smart,
        List<String> warnings,
        ObjectiveStatus status,
        String closingNote,
        ObjectiveProgress progress) {
}
