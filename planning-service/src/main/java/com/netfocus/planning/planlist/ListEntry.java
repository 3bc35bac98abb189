package com.netfocus.planning.planlist;

import java.time.LocalDate;

/**
 * A plan's entry in the buckets of its scopes: what a list's filters and order need (status, period, title), so that
 * a list reads its scope's entries and then only the plans of one page.
 */
record ListEntry(String planId, ListStatus status, LocalDate periodStart, LocalDate periodEnd, String title) {

    static ListEntry of(ListedPlan plan) {
        return new ListEntry(plan.planId(), plan.status(), plan.periodStart(), plan.periodEnd(), plan.title());
    }
}
