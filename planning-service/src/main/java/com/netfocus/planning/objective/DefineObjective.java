package com.netfocus.planning.objective;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Define a focused objective. {@code assessedOn} is "today" as the caller's clock says: the SMART assessment is
 * made with it, so that handling the command does not depend on when it runs.
 */
public record DefineObjective(
        @TargetAggregateIdentifier String planId,
        String objectiveId,
        String statement,
        String outcome,
        String metric,
        Integer target,
        LocalDate deadline,
        LocalDate assessedOn) {
}
