package com.netfocus.planning.followup;

import com.netfocus.contracts.plan.FollowUp;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.Set;

/**
 * Promise a person something by a date. {@code today} is the caller's clock; {@code knownContactIds} are those of
 * the named contact ids the caller's org has (looked up locally before sending).
 */
public record ScheduleFollowUp(
        @TargetAggregateIdentifier String planId,
        FollowUp followUp,
        LocalDate today,
        Set<String> knownContactIds) {

    public ScheduleFollowUp {
        knownContactIds = knownContactIds == null ? Set.of() : Set.copyOf(knownContactIds);
    }
}
