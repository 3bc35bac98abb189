package com.netfocus.planning.followup;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Cancel an open follow-up: it is no longer due. */
public record CancelFollowUp(@TargetAggregateIdentifier String planId, String followUpId, String reason) {
}
