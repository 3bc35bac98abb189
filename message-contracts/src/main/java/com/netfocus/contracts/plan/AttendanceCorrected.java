package com.netfocus.contracts.plan;

import java.time.Instant;
import java.util.List;

/**
 * The owner corrected a logged attendance: every field holds the attendance as it is after the correction, so that
 * the correction replaces the earlier figures (hours, minutes around the programme, people met). Follow-ups promised
 * at the event are managed on their own. {@code reason} is what the owner said, or null.
 */
public record AttendanceCorrected(
        String planId,
        String attendanceId,
        String platformId,
        Instant arrivedAt,
        Instant leftAt,
        int minutesBeforeProgram,
        int minutesAfterProgram,
        double hoursInvested,
        List<PersonMet> contactsMet,
        String notes,
        String reason) implements PlanEvent {

    public AttendanceCorrected {
        contactsMet = contactsMet == null ? List.of() : List.copyOf(contactsMet);
    }

    /** The same correction with other values of the people met (sealed or revealed). */
    public AttendanceCorrected withPeople(List<PersonMet> contactsMet) {
        return new AttendanceCorrected(planId, attendanceId, platformId, arrivedAt, leftAt, minutesBeforeProgram,
                minutesAfterProgram, hoursInvested, contactsMet, notes, reason);
    }
}
