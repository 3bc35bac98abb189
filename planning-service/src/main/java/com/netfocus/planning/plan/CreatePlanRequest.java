package com.netfocus.planning.plan;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** The body of POST /api/v1/plans. Business limits (period order, budget ceiling) are the aggregate's. */
public record CreatePlanRequest(
        @NotBlank @Size(max = 200) String title,
        @NotNull LocalDate periodStart,
        @NotNull LocalDate periodEnd,
        @NotNull Double hoursBudget) {
}
