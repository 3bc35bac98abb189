package com.netfocus.planning.objective;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Declare an active objective reached. */
public record AchieveObjective(@TargetAggregateIdentifier String planId, String objectiveId, String note) {
}
