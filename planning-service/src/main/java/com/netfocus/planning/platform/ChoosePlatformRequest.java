package com.netfocus.planning.platform;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.util.List;

/** The body of POST /api/v1/plans/{planId}/platforms. */
record ChoosePlatformRequest(
        @NotBlank String platformId,
        @NotNull List<String> targetIds,
        @NotNull Integer arriveEarlyMinutes,
        @NotNull Integer stayLateMinutes) {
}
