package com.netfocus.planning.outreach;

import com.netfocus.contracts.plan.OutreachChannel;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.Instant;

/** The body of POST /api/v1/plans/{planId}/outreach; a channel outside PHONE, EMAIL, IN_PERSON is a 400. */
record LogOutreachRequest(
        @NotBlank String targetId,
        @NotNull OutreachChannel channel,
        @NotNull Instant happenedAt,
        @NotBlank String summary) {
}
