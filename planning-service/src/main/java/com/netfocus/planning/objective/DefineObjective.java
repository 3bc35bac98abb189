package com.netfocus.planning.objective;

import com.netfocus.planning.limits.OrgSettings;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Define a focused objective. {@code assessedOn} is "today" as the caller's clock says, and {@code settings} are the
 * caller's org settings (limit of active objectives, reference rate of the Achievable check): both come with the
 * command, so that handling it does not depend on when or where it runs. Null settings mean the service defaults.
 */
public record DefineObjective(
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
