package com.netfocus.planning.planlist;

import com.netfocus.support.paging.PageOf;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Lists plans from the plan list projection: the scope's entries (one read by a prefix of their ids), filtered and
 * ordered in memory ({@link PlanListFilter}), then the plans of the one page asked for (one read by their ids).
 */
@Component
class PlanList {

    private final PlanListStore store;

    PlanList(PlanListStore store) {
        this.store = store;
    }

    PageOf<PlanListItem> page(ListScope scope, ListStatus status, PlanListFilter filter, int page, int size) {
        List<ListEntry> found = filter.apply(store.entries(scope, status));
        int from = (int) Math.min((long) page * size, found.size());
        int to = Math.min(from + size, found.size());
        List<String> planIds = found.subList(from, to).stream().map(ListEntry::planId).toList();
        return new PageOf<>(store.items(planIds), page, size, found.size());
    }
}
