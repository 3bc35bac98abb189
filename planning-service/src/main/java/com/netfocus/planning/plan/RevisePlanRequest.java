package com.netfocus.planning.plan;

import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * The body of PATCH /api/v1/plans/{planId}: any of title, end of period and budget (what is left out stays as it is),
 * and why, if the owner says. Business limits (budget over what is planned, end after attendance) are the aggregate's.
 */
record RevisePlanRequest(
        @Size(max = PlanRevisionRules.MAX_TITLE_LENGTH) String title,
        LocalDate periodEnd,
        Double hoursBudget,
        String reason) {
}
