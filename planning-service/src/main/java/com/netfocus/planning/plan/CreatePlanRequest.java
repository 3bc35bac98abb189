package com.netfocus.planning.plan;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** The body of POST /api/v1/plans. Business limits (period order, budget ceiling) are the aggregate's. */
public record CreatePlanRequest(
        @Schema(description = "What the plan is for") @NotBlank @Size(max = 200) String title,
        @Schema(description = "The first day of the plan") @NotNull LocalDate periodStart,
        @Schema(description = "The last day of the plan, not before periodStart") @NotNull LocalDate periodEnd,
        @Schema(description = "The hours the caller will spend on networking in the period", example = "40")
        @NotNull Double hoursBudget) {
}
