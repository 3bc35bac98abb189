package com.netfocus.planning.planlist;

import com.netfocus.support.paging.PageOf;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Lists plans from the plan list projection. Without words or a day to filter by, the scope's directory counts the
 * list and names the buckets the page lies in, and only those are read; with them, every bucket that can hold a match
 * is read (for a day, only those of plans starting by then) and filtered in memory ({@link PlanListFilter}). Then the
 * page's plans are read by their ids.
 */
@Component
class PlanList {

    private final PlanListStore store;

    PlanList(PlanListStore store) {
        this.store = store;
    }

    PageOf<PlanListItem> page(ListScope scope, ListStatus status, PlanListFilter filter, int page, int size) {
        ScopeDirectory directory = store.directory(scope);
        long offset = (long) page * size;
        List<ListEntry> pageEntries;
        long total;
        if (filter.filtersNothing()) {
            ScopeDirectory.Slice slice = directory.slice(status, offset, size);
            List<ListEntry> read = filter.apply(store.entries(scope, slice.weeks(), status));
            int from = (int) Math.min(offset - slice.plansBefore(), read.size());
            pageEntries = read.subList(from, Math.min(from + size, read.size()));
            total = directory.total(status);
        } else {
            List<String> weeks = directory.latestFirst().stream().filter(filter::mayHoldMatches).toList();
            List<ListEntry> found = filter.apply(store.entries(scope, weeks, status));
            int from = (int) Math.min(offset, found.size());
            pageEntries = found.subList(from, Math.min(from + size, found.size()));
            total = found.size();
        }
        return new PageOf<>(store.items(pageEntries.stream().map(ListEntry::planId).toList()), page, size, total);
    }
}
