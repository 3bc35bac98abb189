package com.netfocus.planning.objective;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

/** The body of POST /api/v1/plans/{planId}/objectives. Whether it is SMART is the assessment's call (422). */
record DefineObjectiveRequest(
        @NotBlank String statement,
        @NotBlank String outcome,
        @NotBlank String metric,
        @NotNull Integer target,
        @NotNull LocalDate deadline) {
}
