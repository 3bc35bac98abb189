package com.netfocus.reconciliation;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;

/** Writes a set of sequences as ranges ("0-41, 43, 45-50"), so that a report stays one line per difference. */
final class Ranges {

    private Ranges() {
    }

    static String of(SortedSet<Long> sequences) {
        if (sequences.isEmpty()) {
            return "none";
        }
        List<String> parts = new ArrayList<>();
        long start = sequences.first();
        long previous = start;
        for (long sequence : sequences.tailSet(start + 1)) {
            if (sequence != previous + 1) {
                parts.add(range(start, previous));
                start = sequence;
            }
            previous = sequence;
        }
        parts.add(range(start, previous));
        return String.join(", ", parts);
    }

    private static String range(long from, long to) {
        return from == to ? String.valueOf(from) : from + "-" + to;
    }
}
