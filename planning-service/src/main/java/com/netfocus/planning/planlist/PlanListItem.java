package com.netfocus.planning.planlist;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One plan in GET /api/v1/plans: its frame, its hours (budgeted, planned by the choices, spent at the attendances),
 * its objectives by status, whether it is open or closed, its version (last event's sequence) and when it last
 * changed.
 */
public record PlanListItem(
        String planId,
        String title,
        String ownerId,
        String team,
        LocalDate periodStart,
        LocalDate periodEnd,
        double hoursBudget,
        double hoursPlanned,
        double hoursSpent,
        ObjectiveCounts objectives,
        ListStatus status,
        long version,
        Instant updatedAt) {
}
