package com.netfocus.planning.attendance;

import com.netfocus.contracts.plan.PersonMet;
import jakarta.validation.constraints.NotNull;

import java.time.Instant;
import java.util.List;

/**
 * The body of PUT /api/v1/plans/{planId}/attendance/{attendanceId}: the visit as it really was, replacing what was
 * logged (the platform stays; follow-ups are changed on their own). A person met by name keeps their identity when
 * sent back with the {@code personId} the plan shows.
 */
record CorrectAttendanceRequest(
        @NotNull Instant arrivedAt,
        @NotNull Instant leftAt,
        List<PersonMet> contactsMet,
        String notes,
        String reason) {
}
