package com.netfocus.planning.attendance;

import com.netfocus.contracts.plan.PersonMet;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.Instant;
import java.util.List;

/** The body of POST /api/v1/plans/{planId}/attendance. */
public record RecordAttendanceRequest(
        @NotBlank String platformId,
        @NotNull Instant arrivedAt,
        @NotNull Instant leftAt,
        List<PersonMet> contactsMet,
        String notes) {
}
