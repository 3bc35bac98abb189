package com.netfocus.catalog.analytics;

import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes what a change of a plan's facts changes in its figures: the months and platforms whose figures differ are
 * set in the plan's document, and a month or platform the plan had no figures in before is listed under its subjects.
 * Every write sets values, so writing the same change twice (a crash before the facts were saved, then the
 * redelivery) leaves the same documents.
 */
@Component
class PlanFiguresWriter {

    /** The months and platforms a write set, to set again should the facts they came from not be saved. */
    record Written(Set<String> months, Set<String> platforms) {

        static final Written NOTHING = new Written(Set.of(), Set.of());
    }

    /**
     * @param seenMonths    months the plan had figures in after some event since {@code before}: those it has no
     *                      figures in any more are written empty
     * @param seenPlatforms the same of platforms
     * @param writes        where the writes go (the caller sends them)
     * @return what it set
     */
    Written write(PlanFacts before, PlanFacts after, Set<String> seenMonths, Set<String> seenPlatforms,
                  AnalyticsStore.Writes writes) {
        if (!after.isKnown()) {
            return Written.NOTHING;
        }
        Map<String, Figures> oldMonths = PlanFigures.monthly(before);
        Map<String, Figures> newMonths = PlanFigures.monthly(after);
        Map<String, Figures> changedMonths = new TreeMap<>();
        oldMonths.keySet().forEach(month -> changedMonths.put(month, Figures.NONE));
        seenMonths.forEach(month -> changedMonths.put(month, Figures.NONE));
        changedMonths.putAll(newMonths);
        changedMonths.entrySet().removeIf(month -> Objects.equals(oldMonths.get(month.getKey()), month.getValue()));

        Map<String, PlatformFigures> oldPlatforms = PlanFigures.perPlatform(before);
        Map<String, PlatformFigures> changedPlatforms = new TreeMap<>();
        // a platform whose attendances were all retracted counts nothing any more
        oldPlatforms.keySet().forEach(platformId -> changedPlatforms.put(platformId, PlatformFigures.NONE));
        seenPlatforms.forEach(platformId -> changedPlatforms.put(platformId, PlatformFigures.NONE));
        changedPlatforms.putAll(PlanFigures.perPlatform(after));
        changedPlatforms.entrySet()
                .removeIf(platform -> platform.getValue().equals(oldPlatforms.get(platform.getKey())));

        writes.listPlan(after, !before.isKnown(),
                changedMonths.keySet().stream().filter(month -> !oldMonths.containsKey(month)).toList(),
                changedPlatforms.keySet().stream().filter(platformId -> !oldPlatforms.containsKey(platformId))
                        .toList());
        writes.planFigures(after, changedMonths, changedPlatforms);
        return new Written(Set.copyOf(changedMonths.keySet()), Set.copyOf(changedPlatforms.keySet()));
    }

    /**
     * Sets what a write set again, from the facts now stored: after another writer saved the plan's facts between the
     * read and the write, whose figures that write may have overwritten with older ones.
     */
    void rewrite(Written written, PlanFacts stored, AnalyticsStore.Writes writes) {
        if (stored == null || !stored.isKnown()) {
            return;
        }
        Map<String, Figures> monthly = PlanFigures.monthly(stored);
        Map<String, PlatformFigures> perPlatform = PlanFigures.perPlatform(stored);
        Map<String, Figures> months = new TreeMap<>();
        written.months().forEach(month -> months.put(month, monthly.getOrDefault(month, Figures.NONE)));
        Map<String, PlatformFigures> platforms = new TreeMap<>();
        written.platforms().forEach(platformId -> platforms.put(platformId, perPlatform.getOrDefault(platformId,
                PlatformFigures.NONE)));
        writes.planFigures(stored, months, platforms);
    }
}
