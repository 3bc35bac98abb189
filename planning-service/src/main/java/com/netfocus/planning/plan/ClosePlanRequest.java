package com.netfocus.planning.plan;

import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * The body of POST /api/v1/plans/{planId}/closure (optional: without it the plan is simply closed). With
 * {@code carryForward} true a new plan for {@code periodStart}..{@code periodEnd} with {@code hoursBudget} (and the
 * old title unless another is given) starts with copies of the still-open objectives and their active targets.
 */
record ClosePlanRequest(
        Boolean carryForward,
        @Size(max = PlanRevisionRules.MAX_TITLE_LENGTH) String title,
        LocalDate periodStart,
        LocalDate periodEnd,
        Double hoursBudget,
        String reason) {

    boolean carriesForward() {
        return Boolean.TRUE.equals(carryForward);
    }
}
