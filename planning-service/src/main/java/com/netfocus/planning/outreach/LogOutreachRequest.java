package com.netfocus.planning.outreach;

import com.netfocus.contracts.plan.OutreachChannel;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.Instant;

/** The body of POST /api/v1/plans/{planId}/outreach; a channel outside PHONE, EMAIL, IN_PERSON is a 400. */
record LogOutreachRequest(
        @Schema(description = "The target reached: a known person of the plan") @NotBlank String targetId,
        @NotNull OutreachChannel channel,
        @Schema(example = "2026-06-03T09:30:00Z") @NotNull Instant happenedAt,
        @Schema(description = "What was learned") @NotBlank String summary) {
}
