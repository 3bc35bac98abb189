package com.netfocus.planning.attendance;

import com.netfocus.contracts.plan.PersonMet;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Correct a logged attendance: the visit as it really was (arrival, departure, people met, notes) replaces what was
 * logged; the platform stays, and the follow-ups promised there are managed on their own.
 */
public record CorrectAttendance(
        @TargetAggregateIdentifier String planId,
        String attendanceId,
        Instant arrivedAt,
        Instant leftAt,
        List<PersonMet> contactsMet,
        String notes,
        String reason) {

    public CorrectAttendance {
        // not List.copyOf: a null entry must reach the rules, which name it, instead of failing here
        contactsMet = contactsMet == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(contactsMet));
    }
}
