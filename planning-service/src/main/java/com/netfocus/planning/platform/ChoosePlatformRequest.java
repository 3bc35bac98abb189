package com.netfocus.planning.platform;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.util.List;

/** The body of POST /api/v1/plans/{planId}/platforms. */
record ChoosePlatformRequest(
        @Schema(description = "A platform of the org's catalog") @NotBlank String platformId,
        @Schema(description = "The plan's targets it is chosen for: the people who attend it, never its topic")
        @NotNull List<String> targetIds,
        @Schema(description = "Minutes before the programme starts", example = "30") @NotNull Integer arriveEarlyMinutes,
        @Schema(description = "Minutes after the programme ends", example = "45") @NotNull Integer stayLateMinutes) {
}
