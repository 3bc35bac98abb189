package com.netfocus.catalog.analytics;

import com.netfocus.contracts.plan.PlanEvent;
import com.netfocus.contracts.plan.PlanEventEnvelope;
import com.netfocus.support.planevents.PlanSequenceGuard;
import com.netfocus.support.planevents.PollAwareProjection;
import com.netfocus.support.planevents.PolledEvent;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.ConcurrentModificationException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps the dashboards' figures from plan events. A plan's facts are read by id, its events applied in memory
 * ({@link PlanFactsUpdate}), the figures of the months and platforms they changed set in the plan's own document
 * ({@link PlanFiguresWriter}), and the facts saved last with the last applied sequence. A redelivered event (sequence
 * not after the facts') changes nothing; a crash before the facts are saved repeats the same writes, which set the
 * same values again. Gets each poll after the plan needs and platform activity.
 *
 * <p>Per poll ({@link PollAwareProjection}) a plan is read once and written once: the writer, comparing the facts
 * before the poll's first event with those after its last, writes what they changed together (a month or platform new
 * to the plan is listed as it would be event by event), and the facts are saved with a compare-and-set on the applied
 * sequence read. Should another writer have saved them meanwhile, the figures just set are set again from its facts
 * (they may have overwritten newer ones) and the poll is retried.
 */
@Component
@Order(3)
class AnalyticsProjection extends PollAwareProjection<AnalyticsProjection.FactsChange> {

    private final AnalyticsStore store;
    private final PlanFiguresWriter writer;
    private final PlanFactsUpdate update;

    AnalyticsProjection(AnalyticsStore store, PlanFiguresWriter writer, PlatformChoiceForecasts forecasts,
                        AnalyticsProperties properties) {
        this.store = store;
        this.writer = writer;
        this.update = new PlanFactsUpdate(forecasts, properties.attendancePlausibility());
    }

    @Override
    protected Collection<String> keysOf(PlanEventEnvelope envelope, PlanEvent event) {
        return List.of(envelope.planId());
    }

    @Override
    protected FactsChange read(String planId, List<PolledEvent> events) {
        PlanFacts stored = store.storedFacts(planId);
        return stored == null ? FactsChange.from(PlanFacts.empty(planId), false) : FactsChange.from(stored, true);
    }

    /** The change with the event applied to its facts, unless the guard judges the event a redelivery. */
    @Override
    protected FactsChange apply(FactsChange change, PlanEventEnvelope envelope, PlanEvent event) {
        if (!PlanSequenceGuard.mayApply(change.after().appliedSequence(), envelope.sequence())) {
            return change;
        }
        return change.then(update.apply(change.after(), envelope, event));
    }

    /** The figures first, the facts last: a crash between them repeats the same writes. */
    @Override
    protected void write(FactsChange stored, FactsChange applied) {
        if (!applied.changed()) {
            return;
        }
        PlanFiguresWriter.Written written = writer.write(applied.before(), applied.after(), applied.seenMonths(),
                applied.seenPlatforms());
        try {
            store.saveFacts(applied.after(), applied.stored(), applied.before().appliedSequence());
        } catch (ConcurrentModificationException meanwhile) {
            writer.rewrite(written, store.storedFacts(applied.after().planId()));
            throw meanwhile;
        }
    }

    /**
     * A plan's facts as stored ({@code before}; {@code stored} false: none yet) and with the events applied since
     * ({@code after}), and the months and platforms the plan had figures in after any of those events: one whose
     * figures a later event of the poll took away again (a withdrawn choice, an attendance retracted or moved by a
     * correction) is written empty and listed, as the events would have left it written one by one.
     */
    record FactsChange(PlanFacts before, boolean stored, PlanFacts after, Set<String> seenMonths,
                       Set<String> seenPlatforms) {

        FactsChange {
            seenMonths = Set.copyOf(seenMonths);
            seenPlatforms = Set.copyOf(seenPlatforms);
        }

        static FactsChange from(PlanFacts stored, boolean exists) {
            return new FactsChange(stored, exists, stored, Set.of(), Set.of());
        }

        /** The change with facts after one more event. */
        FactsChange then(PlanFacts next) {
            Set<String> months = new HashSet<>(seenMonths);
            months.addAll(PlanFigures.monthly(next).keySet());
            Set<String> platforms = new HashSet<>(seenPlatforms);
            platforms.addAll(PlanFigures.perPlatform(next).keySet());
            return new FactsChange(before, stored, next, months, platforms);
        }

        /** Whether an event was applied: every applied event makes new facts, a skipped one keeps them. */
        boolean changed() {
            return after != before;
        }
    }
}
