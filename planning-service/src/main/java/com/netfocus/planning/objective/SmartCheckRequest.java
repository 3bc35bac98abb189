package com.netfocus.planning.objective;

import java.time.LocalDate;

/**
 * The body of POST /api/v1/smart-check: a draft objective, assessed and stored nowhere. With a planId the plan's
 * period and budget are used; otherwise the ones given, if any.
 */
record SmartCheckRequest(
        String planId,
        String statement,
        String outcome,
        String metric,
        Integer target,
        LocalDate deadline,
        Double hoursBudget,
        LocalDate periodStart,
        LocalDate periodEnd) {
}
