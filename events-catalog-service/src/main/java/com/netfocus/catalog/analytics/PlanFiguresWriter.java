package com.netfocus.catalog.analytics;

import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Writes what a change of a plan's facts changes in its figures: the months and platforms whose figures differ are
 * set in the plan's document, and a month or platform the plan had no figures in before is listed under its subjects.
 * Every write sets values, so writing the same change twice (a crash before the facts were saved, then the
 * redelivery) leaves the same documents.
 */
@Component
class PlanFiguresWriter {

    private final AnalyticsStore store;

    PlanFiguresWriter(AnalyticsStore store) {
        this.store = store;
    }

    void write(PlanFacts before, PlanFacts after) {
        if (!after.isKnown()) {
            return;
        }
        if (!before.isKnown()) {
            store.noteMember(after);
        }
        Map<String, Figures> oldMonths = PlanFigures.monthly(before);
        Map<String, Figures> newMonths = PlanFigures.monthly(after);
        Map<String, Figures> changedMonths = new TreeMap<>();
        oldMonths.keySet().forEach(month -> changedMonths.put(month, Figures.NONE));
        changedMonths.putAll(newMonths);
        changedMonths.entrySet().removeIf(month -> Objects.equals(oldMonths.get(month.getKey()), month.getValue()));

        Map<String, PlatformFigures> oldPlatforms = PlanFigures.perPlatform(before);
        Map<String, PlatformFigures> changedPlatforms = new TreeMap<>(PlanFigures.perPlatform(after));
        changedPlatforms.entrySet()
                .removeIf(platform -> platform.getValue().equals(oldPlatforms.get(platform.getKey())));

        changedMonths.keySet().stream().filter(month -> !oldMonths.containsKey(month))
                .forEach(month -> store.listPlanInMonth(after, month));
        changedPlatforms.keySet().stream().filter(platformId -> !oldPlatforms.containsKey(platformId))
                .forEach(platformId -> store.listPlanAtPlatform(after, platformId));
        store.writePlanFigures(after, changedMonths, changedPlatforms);
    }
}
