package com.netfocus.planning.objective;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Drop an active objective, saying why. */
public record AbandonObjective(@TargetAggregateIdentifier String planId, String objectiveId, String reason) {
}
