package com.netfocus.planning.followup;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Move an open follow-up to another day or reword what was promised: each of {@code dueOn} and {@code action} that is
 * given (null: left as it is). {@code today} is the caller's clock.
 */
public record ReviseFollowUp(
        @TargetAggregateIdentifier String planId,
        String followUpId,
        LocalDate dueOn,
        String action,
        String reason,
        LocalDate today) {
}
