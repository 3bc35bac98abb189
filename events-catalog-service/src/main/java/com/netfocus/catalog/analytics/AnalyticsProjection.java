package com.netfocus.catalog.analytics;

import com.netfocus.contracts.plan.PlanEvent;
import com.netfocus.contracts.plan.PlanEventEnvelope;
import com.netfocus.support.planevents.PlanSequenceGuard;
import com.netfocus.support.planevents.HeldBackChanges;
import com.netfocus.support.planevents.PollAwareProjection;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;


/**
 * Keeps the dashboards' figures from plan events. A plan's facts are read by id, its events applied in memory
 * ({@link PlanFactsUpdate}), the figures of the months and platforms they changed set in the plan's own document
 * ({@link PlanFiguresWriter}), and the facts saved last with the last applied sequence. A redelivered event (sequence
 * not after the facts') changes nothing; a crash before the facts are saved repeats the same writes, which set the
 * same values again. Gets each plan event after the plan needs and platform activity.
 *
 * <p>Within a poll of the consumer ({@link PollAwareProjection}), a plan is read once, at the poll's first event of it,
 * and written once, when the poll ends: in a replay or a backlog a poll holds long runs of one plan's events, and
 * the writer, comparing the facts before the first with those after the last, writes what they changed together
 * (a month or platform new to the plan is listed as it would be event by event). Plans are written in the order the
 * poll first named them. Outside a poll (a dead letter's replay) each event is written at once.
 */
@Component
@Order(3)
class AnalyticsProjection implements PollAwareProjection {

    private final AnalyticsStore store;
    private final PlanFiguresWriter writer;
    private final PlanFactsUpdate update;
    private final HeldBackChanges<FactsChange> plans;

    AnalyticsProjection(AnalyticsStore store, PlanFiguresWriter writer, PlatformChoiceForecasts forecasts,
                        AnalyticsProperties properties) {
        this.store = store;
        this.writer = writer;
        this.update = new PlanFactsUpdate(forecasts, properties.attendancePlausibility());
        this.plans = new HeldBackChanges<>(FactsChange::changed, this::write);
    }

    @Override
    public void apply(PlanEventEnvelope envelope, PlanEvent event) {
        plans.apply(envelope.planId(), () -> FactsChange.from(store.facts(envelope.planId())),
                change -> applied(change, envelope, event));
    }

    @Override
    public void pollStarted() {
        plans.pollStarted();
    }

    @Override
    public void pollApplied() {
        plans.pollApplied();
    }

    @Override
    public void pollAbandoned() {
        plans.pollAbandoned();
    }

    @Override
    public boolean holdsBackWrites() {
        return plans.holdsBackWrites();
    }

    /** The change with the event applied to its facts, unless the guard judges the event a redelivery. */
    private FactsChange applied(FactsChange change, PlanEventEnvelope envelope, PlanEvent event) {
        if (!PlanSequenceGuard.mayApply(change.after().appliedSequence(), envelope.sequence())) {
            return change;
        }
        return new FactsChange(change.before(), update.apply(change.after(), envelope, event));
    }

    /** The figures first, the facts last: a crash between them repeats the same writes. */
    private void write(FactsChange change) {
        if (change.changed()) {
            writer.write(change.before(), change.after());
            store.saveFacts(change.after());
        }
    }

    /** A plan's facts as stored ({@code before}) and with the events applied since ({@code after}). */
    private record FactsChange(PlanFacts before, PlanFacts after) {

        static FactsChange from(PlanFacts stored) {
            return new FactsChange(stored, stored);
        }

        /** Whether an event was applied: every applied event makes new facts, a skipped one keeps them. */
        boolean changed() {
            return after != before;
        }
    }
}
