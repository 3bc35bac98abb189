package com.netfocus.planning.attendance;

import com.netfocus.contracts.plan.PersonMet;
import com.netfocus.planning.followup.FollowUpRequest;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.Instant;
import java.util.List;

/** The body of POST /api/v1/plans/{planId}/attendance; follow-ups promised at the event are optional. */
record RecordAttendanceRequest(
        @Schema(description = "A platform the plan chose") @NotBlank String platformId,
        @NotNull Instant arrivedAt,
        @Schema(description = "Not before arrivedAt") @NotNull Instant leftAt,
        @Schema(description = "Each a known contact (contactId) or a new person (name, company, ...), optionally "
                + "matched to a target") List<PersonMet> contactsMet,
        @Schema(description = "Follow-ups promised there") List<@Valid FollowUpRequest> followUps,
        String notes) {
}
