package com.netfocus.contracts.plan;

import java.time.Instant;
import java.util.List;

/**
 * The rep attended a chosen platform. Minutes early and late are measured against the programme,
 * because most networking happens before and after it. Follow-ups promised at the event travel with it, so that
 * the attendance is stored as one event (all or nothing).
 */
public record EventAttended(
        String planId,
        String platformId,
        Instant arrivedAt,
        Instant leftAt,
        int minutesBeforeProgram,
        int minutesAfterProgram,
        double hoursInvested,
        List<PersonMet> contactsMet,
        List<FollowUp> followUps,
        String notes) implements PlanEvent {

    public EventAttended {
        contactsMet = List.copyOf(contactsMet);
        // events stored before follow-ups were recorded at attendance have none
        followUps = followUps == null ? List.of() : List.copyOf(followUps);
    }
}
