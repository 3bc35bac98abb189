package com.netfocus.planning.plan;

import java.util.List;
import java.util.OptionalLong;

/** The events of one range of a plan's history, and how many events the plan has in all. */
public record HistoryPage(List<HistoryEntry> items, long total) {

    /** Where the next range starts, when the history goes on beyond this one. */
    public OptionalLong nextFromSequence() {
        if (items.isEmpty()) {
            return OptionalLong.empty();
        }
        long next = items.get(items.size() - 1).sequence() + 1;
        return next < total ? OptionalLong.of(next) : OptionalLong.empty();
    }
}
