package com.netfocus.planning.state;

import com.netfocus.contracts.plan.SmartVerdicts;

import java.time.LocalDate;
import java.util.List;

/**
 * An objective of a plan as its events left it: its wording, the assessment it was accepted (or last revised) with,
 * its status, the progress recorded by hand, and the note it was closed with. Objectives stored before the lifecycle
 * existed come back ACTIVE with no manual progress.
 */
public record ObjectiveEntry(
        String objectiveId,
        String statement,
        String outcome,
        String metric,
        int target,
        LocalDate deadline,
        SmartVerdicts smart,
        List<String> warnings,
        ObjectiveStatus status,
        int manualProgress,
        String closingNote) {

    public ObjectiveEntry {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        status = status == null ? ObjectiveStatus.ACTIVE : status;
    }

    public static ObjectiveEntry active(String objectiveId, String statement, String outcome, String metric, int target,
                                        LocalDate deadline, SmartVerdicts smart) {
        return new ObjectiveEntry(objectiveId, statement, outcome, metric, target, deadline, smart,
                smart == null ? List.of() : smart.warnings(), ObjectiveStatus.ACTIVE, 0, null);
    }

    public ObjectiveEntry revised(String newStatement, String newOutcome, String newMetric, int newTarget,
                                  LocalDate newDeadline, SmartVerdicts newSmart) {
        return new ObjectiveEntry(objectiveId, newStatement, newOutcome, newMetric, newTarget, newDeadline, newSmart,
                newSmart == null ? List.of() : newSmart.warnings(), status, manualProgress, closingNote);
    }

    public ObjectiveEntry progressed(int amount) {
        return new ObjectiveEntry(objectiveId, statement, outcome, metric, target, deadline, smart, warnings, status,
                manualProgress + amount, closingNote);
    }

    public ObjectiveEntry closed(ObjectiveStatus newStatus, String note) {
        return new ObjectiveEntry(objectiveId, statement, outcome, metric, target, deadline, smart, warnings,
                newStatus, manualProgress, note);
    }

    public boolean active() {
        return status == ObjectiveStatus.ACTIVE;
    }
}
