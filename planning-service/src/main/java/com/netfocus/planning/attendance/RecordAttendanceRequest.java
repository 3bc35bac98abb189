package com.netfocus.planning.attendance;

import com.netfocus.contracts.plan.PersonMet;
import com.netfocus.planning.followup.FollowUpRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.Instant;
import java.util.List;

/** The body of POST /api/v1/plans/{planId}/attendance; follow-ups promised at the event are optional. */
record RecordAttendanceRequest(
        @NotBlank String platformId,
        @NotNull Instant arrivedAt,
        @NotNull Instant leftAt,
        List<PersonMet> contactsMet,
        List<@Valid FollowUpRequest> followUps,
        String notes) {
}
