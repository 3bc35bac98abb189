package com.netfocus.planning.attendance;

import com.netfocus.contracts.plan.PersonMet;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Log a visit to a chosen platform: when the rep came and went, whom they met. */
public record RecordAttendance(
        @TargetAggregateIdentifier String planId,
        String platformId,
        Instant arrivedAt,
        Instant leftAt,
        List<PersonMet> contactsMet,
        String notes) {

    public RecordAttendance {
        // not List.copyOf: a null entry must reach the rules, which name it, instead of failing here
        contactsMet = contactsMet == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(contactsMet));
    }
}
