package com.netfocus.planning.planlist;

import java.time.LocalDate;

/**
 * A plan's entry in one scope of the list: what a list's filters and order need (period, title), so that a list reads
 * only its scope's entries and then the plans of one page.
 */
record ListEntry(String id, String planId, LocalDate periodStart, LocalDate periodEnd, String title) {

    static ListEntry of(ListScope scope, ListedPlan plan) {
        return new ListEntry(scope.entryId(plan), plan.planId(), plan.periodStart(), plan.periodEnd(), plan.title());
    }
}
