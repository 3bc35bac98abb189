package com.netfocus.planning.attendance;

import com.netfocus.contracts.plan.FollowUp;
import com.netfocus.contracts.plan.PersonMet;
import com.netfocus.planning.limits.OrgSettings;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * Log a visit to a chosen platform: when the rep came and went, whom they met, and what they promised whom
 * (follow-ups, ids given by the caller). {@code attendanceId} names it from now on. {@code knownContactIds} are those
 * of the contact ids named (people met and follow-ups) that the caller's org has, looked up locally before sending.
 * {@code now} is the service's clock and {@code settings} the caller's org settings (how long before and after the
 * programme a stay may reach); null settings mean the service defaults.
 */
public record RecordAttendance(
        @TargetAggregateIdentifier String planId,
        String attendanceId,
        String platformId,
        Instant arrivedAt,
        Instant leftAt,
        List<PersonMet> contactsMet,
        List<FollowUp> followUps,
        String notes,
        Set<String> knownContactIds,
        Instant now,
        OrgSettings settings) {

    public RecordAttendance {
        // not List.copyOf: a null entry must reach the rules, which name it, instead of failing here
        contactsMet = contactsMet == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(contactsMet));
        followUps = followUps == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(followUps));
        knownContactIds = knownContactIds == null ? Set.of() : Set.copyOf(knownContactIds);
    }
}
