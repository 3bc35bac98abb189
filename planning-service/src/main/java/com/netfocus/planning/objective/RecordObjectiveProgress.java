package com.netfocus.planning.objective;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Count progress no other event shows (a referral, a meeting booked by phone) toward an active objective. */
public record RecordObjectiveProgress(
        @TargetAggregateIdentifier String planId,
        String objectiveId,
        Integer amount,
        String note) {
}
