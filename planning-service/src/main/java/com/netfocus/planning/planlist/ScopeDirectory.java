package com.netfocus.planning.planlist;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A scope's buckets, by week, with how many open and closed plans each holds: what a list needs to count a scope and
 * to find the buckets one page lies in without reading the others. Pure.
 */
record ScopeDirectory(Map<String, BucketCounts> weeks) {

    ScopeDirectory {
        weeks = new TreeMap<>(weeks);
    }

    /** How many plans of a bucket are open and closed. */
    record BucketCounts(long open, long closed) {

        long of(ListStatus status) {
            return status == null ? open + closed : status == ListStatus.OPEN ? open : closed;
        }
    }

    long total(ListStatus status) {
        return weeks.values().stream().mapToLong(counts -> counts.of(status)).sum();
    }

    /** Every week, the latest first (the list's order). */
    List<String> latestFirst() {
        return weeks.keySet().stream().sorted(Comparator.reverseOrder()).toList();
    }

    /**
     * The weeks holding the plans from {@code offset} to {@code offset + size} of the list (latest week first), and
     * how many plans of {@code status} come before the first of them.
     */
    Slice slice(ListStatus status, long offset, int size) {
        long before = 0;
        List<String> latestFirst = latestFirst();
        int first = 0;
        while (first < latestFirst.size() && before + weeks.get(latestFirst.get(first)).of(status) <= offset) {
            before += weeks.get(latestFirst.get(first)).of(status);
            first++;
        }
        long covered = before;
        int last = first;
        while (last < latestFirst.size() && covered < offset + size) {
            covered += weeks.get(latestFirst.get(last)).of(status);
            last++;
        }
        return new Slice(latestFirst.subList(first, last), before);
    }

    /** Weeks to read, and how many plans of the list come before their first. */
    record Slice(List<String> weeks, long plansBefore) {
    }
}
