package com.netfocus.planning.objective;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

/** The body of POST /api/v1/plans/{planId}/objectives. Whether it is SMART is the assessment's call (422). */
record DefineObjectiveRequest(
        @Schema(description = "Specific: who to meet, where, and to what end") @NotBlank String statement,
        @Schema(description = "The outcome it brings") @NotBlank String outcome,
        @Schema(description = "Measurable: what is counted") @NotBlank String metric,
        @Schema(description = "How many of the metric", example = "3") @NotNull Integer target,
        @Schema(description = "Timely: by when, within the plan's period") @NotNull LocalDate deadline) {
}
