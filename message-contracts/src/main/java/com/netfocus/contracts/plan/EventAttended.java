package com.netfocus.contracts.plan;

import java.time.Instant;
import java.util.List;

/**
 * The rep attended a chosen platform. Minutes early and late are measured against the programme,
 * because most networking happens before and after it.
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
        String notes) implements PlanEvent {

    public EventAttended {
        contactsMet = List.copyOf(contactsMet);
    }
}
