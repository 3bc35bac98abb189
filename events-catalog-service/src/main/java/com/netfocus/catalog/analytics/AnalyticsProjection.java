package com.netfocus.catalog.analytics;

import com.netfocus.support.planevents.PlanSequenceGuard;
import com.netfocus.contracts.plan.PlanEvent;
import com.netfocus.contracts.plan.PlanEventEnvelope;
import com.netfocus.support.planevents.PlanEventProjection;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Keeps the dashboards' figures from plan events. Per event: the plan's facts are read by id, the event applied in
 * memory ({@link PlanFactsUpdate}), the figures of the months and platforms it changed are set in the plan's own
 * document ({@link PlanFiguresWriter}), and the facts are saved last with the event's sequence. A redelivered event
 * (sequence not after the facts') changes nothing; a crash before the facts are saved repeats the same writes, which
 * set the same values again. Gets each plan event after the plan needs and platform activity.
 */
@Component
@Order(3)
class AnalyticsProjection implements PlanEventProjection {

    private final AnalyticsStore store;
    private final PlanFiguresWriter writer;
    private final PlanFactsUpdate update;

    AnalyticsProjection(AnalyticsStore store, PlanFiguresWriter writer, PlatformChoiceForecasts forecasts) {
        this.store = store;
        this.writer = writer;
        this.update = new PlanFactsUpdate(forecasts);
    }

    @Override
    public void apply(PlanEventEnvelope envelope, PlanEvent event) {
        PlanFacts before = store.facts(envelope.planId());
        if (!PlanSequenceGuard.mayApply(before.appliedSequence(), envelope.sequence())) {
            return;
        }
        PlanFacts after = update.apply(before, envelope, event);
        writer.write(before, after);
        store.saveFacts(after);
    }
}
