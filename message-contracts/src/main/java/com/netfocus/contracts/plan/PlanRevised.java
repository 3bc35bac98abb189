package com.netfocus.contracts.plan;

import java.time.LocalDate;

/**
 * The owner revised the plan's frame. Each field holds the plan's value after the revision (changed or not), so that
 * a consumer needs no earlier event to know the current title, end of period and budget. {@code reason} is what the
 * owner said, or null.
 */
public record PlanRevised(
        String planId,
        String title,
        LocalDate periodEnd,
        double hoursBudget,
        String reason) implements PlanEvent {
}
