package com.netfocus.planning.followup;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** Mark an open follow-up done and say how it went; {@code completedAt} is the caller's clock. */
public record CompleteFollowUp(
        @TargetAggregateIdentifier String planId,
        String followUpId,
        String outcome,
        Instant completedAt) {
}
