package com.netfocus.planning.objective;

import com.netfocus.planning.limits.OrgSettings;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Sharpen an active objective: new wording, number and deadline, assessed again like a new one. */
public record ReviseObjective(
        @TargetAggregateIdentifier String planId,
        String objectiveId,
        String statement,
        String outcome,
        String metric,
        Integer target,
        LocalDate deadline,
        LocalDate assessedOn,
        OrgSettings settings) {

    public ObjectiveDraft draft() {
        return new ObjectiveDraft(statement, outcome, metric, target, deadline);
    }
}
