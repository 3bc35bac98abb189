package com.netfocus.planning.planlist;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * What a list keeps of its scope's entries: those whose period holds {@code activeOn} (when given) and whose title
 * has, for every word of {@code q} (when given), a word beginning with it (whatever the case; words are split at
 * anything but a letter or a digit), the latest period first, then by plan id. Pure.
 */
record PlanListFilter(LocalDate activeOn, String q) {

    static final Comparator<ListEntry> ORDER = Comparator.comparing(ListEntry::periodStart,
            Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(ListEntry::planId);

    boolean filtersNothing() {
        return activeOn == null && words(q).isEmpty();
    }

    /** Whether plans starting in {@code week} may be active on the day: they start by then. */
    boolean mayHoldMatches(String week) {
        return activeOn == null || week.compareTo(ListScope.weekOf(activeOn)) <= 0;
    }

    List<ListEntry> apply(List<ListEntry> entries) {
        List<String> words = words(q);
        return entries.stream()
                .filter(entry -> activeOn == null || entry.periodStart() != null && entry.periodEnd() != null
                        && !activeOn.isBefore(entry.periodStart()) && !activeOn.isAfter(entry.periodEnd()))
                .filter(entry -> titleHas(entry.title(), words))
                .sorted(ORDER)
                .toList();
    }

    private static boolean titleHas(String title, List<String> words) {
        List<String> titleWords = words(title);
        return words.stream().allMatch(word -> titleWords.stream().anyMatch(titleWord -> titleWord.startsWith(word)));
    }

    private static List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(word -> !word.isEmpty())
                .toList();
    }
}
