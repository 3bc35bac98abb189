package com.netfocus.contracts.plan;

import java.time.Instant;
import java.util.List;

/**
 * The rep attended a chosen platform. Minutes early and late are measured against the programme,
 * because most networking happens before and after it. Follow-ups promised at the event travel with it, so that
 * the attendance is stored as one event (all or nothing). {@code attendanceId} is null in attendances logged before
 * they had ids: {@link AttendanceIds#of} names those.
 */
public record EventAttended(
        String planId,
        String attendanceId,
        String platformId,
        Instant arrivedAt,
        Instant leftAt,
        int minutesBeforeProgram,
        int minutesAfterProgram,
        double hoursInvested,
        List<PersonMet> contactsMet,
        List<FollowUp> followUps,
        String notes) implements PlanEvent {

    /** An attendance as logged before attendances had ids. */
    public EventAttended(String planId, String platformId, Instant arrivedAt, Instant leftAt, int minutesBeforeProgram,
                         int minutesAfterProgram, double hoursInvested, List<PersonMet> contactsMet,
                         List<FollowUp> followUps, String notes) {
        this(planId, null, platformId, arrivedAt, leftAt, minutesBeforeProgram, minutesAfterProgram, hoursInvested,
                contactsMet, followUps, notes);
    }

    public EventAttended {
        contactsMet = List.copyOf(contactsMet);
        // events stored before follow-ups were recorded at attendance have none
        followUps = followUps == null ? List.of() : List.copyOf(followUps);
    }

    /** The same attendance with other values of the people met and follow-ups (sealed or revealed). */
    public EventAttended withPeople(List<PersonMet> contactsMet, List<FollowUp> followUps) {
        return new EventAttended(planId, attendanceId, platformId, arrivedAt, leftAt, minutesBeforeProgram,
                minutesAfterProgram, hoursInvested, contactsMet, followUps, notes);
    }
}
