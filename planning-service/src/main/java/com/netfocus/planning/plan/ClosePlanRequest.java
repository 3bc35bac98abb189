package com.netfocus.planning.plan;

import java.time.LocalDate;

/**
 * The body of POST /api/v1/plans/{planId}/closure (optional: without it the plan is simply closed). With
 * {@code carryForward} true a new plan for {@code periodStart}..{@code periodEnd} with {@code hoursBudget}, under the
 * same title (a revision renames it), starts with copies of the still-open objectives and their active targets.
 */
record ClosePlanRequest(
        Boolean carryForward,
        LocalDate periodStart,
        LocalDate periodEnd,
        Double hoursBudget,
        String reason) {

    boolean carriesForward() {
        return Boolean.TRUE.equals(carryForward);
    }
}
