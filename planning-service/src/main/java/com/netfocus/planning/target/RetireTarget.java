package com.netfocus.planning.target;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Retire a target: no new work is planned for it; what was done for it stays. */
public record RetireTarget(@TargetAggregateIdentifier String planId, String targetId, String reason) {
}
