package com.netfocus.planning.attendance;

import com.netfocus.contracts.plan.PersonMet;
import com.netfocus.planning.limits.OrgSettings;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * Correct a logged attendance: the visit as it really was (arrival, departure, people met, notes) replaces what was
 * logged; the platform stays, and the follow-ups promised there are managed on their own. As for a visit logged,
 * {@code knownContactIds} are those of the people met's contact ids that the caller's org has, {@code now} the
 * service's clock and {@code settings} the caller's org settings (null: the service defaults).
 */
public record CorrectAttendance(
        @TargetAggregateIdentifier String planId,
        String attendanceId,
        Instant arrivedAt,
        Instant leftAt,
        List<PersonMet> contactsMet,
        String notes,
        String reason,
        Set<String> knownContactIds,
        Instant now,
        OrgSettings settings) {

    public CorrectAttendance {
        // not List.copyOf: a null entry must reach the rules, which name it, instead of failing here
        contactsMet = contactsMet == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(contactsMet));
        knownContactIds = knownContactIds == null ? Set.of() : Set.copyOf(knownContactIds);
    }
}
