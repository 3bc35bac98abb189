package com.netfocus.catalog.analytics;

import com.netfocus.support.planevents.PlanSequenceGuard;
import com.netfocus.contracts.plan.PlanEvent;
import com.netfocus.contracts.plan.PlanEventEnvelope;
import com.netfocus.support.planevents.PlanEventProjection;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Keeps the dashboards' figures from plan events. Per event: the plan's facts are read by id, the event applied in
 * memory ({@link PlanFactsUpdate}), the figures of the months and platforms it changed are set for every subject the
 * plan counts for, and the facts are saved last with the event's sequence. A redelivered event (sequence not after
 * the facts') changes nothing; a crash before the facts are saved repeats the same writes, which set the same values
 * again. Gets each plan event after the plan needs and platform activity.
 */
@Component
@Order(3)
class AnalyticsProjection implements PlanEventProjection {

    private final AnalyticsStore store;
    private final PlanFactsUpdate update;

    AnalyticsProjection(AnalyticsStore store, PlatformChoiceForecasts forecasts) {
        this.store = store;
        this.update = new PlanFactsUpdate(forecasts);
    }

    @Override
    public void apply(PlanEventEnvelope envelope, PlanEvent event) {
        PlanFacts before = store.facts(envelope.planId());
        if (!PlanSequenceGuard.mayApply(before.appliedSequence(), envelope.sequence())) {
            return;
        }
        PlanFacts after = update.apply(before, envelope, event);
        if (after.isKnown()) {
            if (!before.isKnown()) {
                store.noteMember(after);
            }
            writeChangedMonths(before, after);
            writeChangedPlatforms(before, after);
        }
        store.saveFacts(after);
    }

    private void writeChangedMonths(PlanFacts before, PlanFacts after) {
        Map<String, Figures> old = PlanFigures.monthly(before);
        Map<String, Figures> now = PlanFigures.monthly(after);
        Set<String> months = new TreeSet<>(old.keySet());
        months.addAll(now.keySet());
        for (String month : months) {
            Figures figures = now.getOrDefault(month, Figures.NONE);
            if (!Objects.equals(old.get(month), figures)) {
                store.writeMonth(after, month, figures, !old.containsKey(month));
            }
        }
    }

    private void writeChangedPlatforms(PlanFacts before, PlanFacts after) {
        Map<String, PlatformFigures> old = PlanFigures.perPlatform(before);
        PlanFigures.perPlatform(after).forEach((platformId, figures) -> {
            if (!figures.equals(old.get(platformId))) {
                store.writePlatform(after, platformId, figures, !old.containsKey(platformId));
            }
        });
    }
}
