package com.netfocus.planning.objective;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;

/**
 * The body of POST /api/v1/smart-check: a draft objective, assessed and stored nowhere. With a planId the plan's
 * period and budget are used; otherwise the ones given, if any.
 */
record SmartCheckRequest(
        @Schema(description = "A plan of the caller's org, whose period and budget the draft is assessed against")
        String planId,
        String statement,
        String outcome,
        String metric,
        @Schema(example = "3") Integer target,
        LocalDate deadline,
        @Schema(description = "Without a planId: the budget to assess against", example = "40") Double hoursBudget,
        LocalDate periodStart,
        LocalDate periodEnd) {
}
