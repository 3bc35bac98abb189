package com.netfocus.catalog.analytics;

import com.netfocus.contracts.plan.PlanEvent;
import com.netfocus.contracts.plan.PlanEventEnvelope;
import com.netfocus.contracts.plan.PlatformChosen;
import com.netfocus.support.planevents.PlanSequenceGuard;
import com.netfocus.support.planevents.PollAwareProjection;
import com.netfocus.support.planevents.PolledEvent;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.ConcurrentModificationException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps the dashboards' figures from plan events. A plan's facts are read by id, its events applied in memory
 * ({@link PlanFactsUpdate}), the figures of the months and platforms they changed set in the plan's own document
 * ({@link PlanFiguresWriter}), and the facts saved last with the last applied sequence. A redelivered event (sequence
 * not after the facts') changes nothing; a crash before the facts are saved repeats the same writes, which set the
 * same values again. Gets each poll after the plan needs and platform activity.
 *
 * <p>Per poll ({@link PollAwareProjection}) a plan is read once and written once, the poll's plans together (one
 * query, then one round trip per collection): the writer, comparing the facts before the poll's first event with
 * those after its last, writes what they changed together (a month or platform new to the plan is listed as it would
 * be event by event), and the facts are saved with a compare-and-set on the applied sequence read. Should another
 * writer have saved them meanwhile, the figures just set are set again from its facts (they may have overwritten
 * newer ones) and the poll is retried.
 */
@Component
@Order(3)
class AnalyticsProjection extends PollAwareProjection<AnalyticsProjection.FactsChange> {

    private final AnalyticsStore store;
    private final PlanFiguresWriter writer;
    private final PlatformChoiceForecasts forecasts;
    private final AnalyticsProperties properties;

    AnalyticsProjection(AnalyticsStore store, PlanFiguresWriter writer, PlatformChoiceForecasts forecasts,
                        AnalyticsProperties properties) {
        this.store = store;
        this.writer = writer;
        this.forecasts = forecasts;
        this.properties = properties;
    }

    @Override
    protected Collection<String> keysOf(PlanEventEnvelope envelope, PlanEvent event) {
        return List.of(envelope.planId());
    }

    @Override
    protected FactsChange read(String planId, List<PolledEvent> events) {
        return readAll(Map.of(planId, events)).get(planId);
    }

    /**
     * Every plan's facts of the poll in one query, and the platforms its choices name in another: the poll's events
     * are applied with the forecasts of those platforms ({@link PlatformChoiceForecasts#ofPlatforms}).
     */
    @Override
    protected Map<String, FactsChange> readAll(Map<String, List<PolledEvent>> eventsOfPlan) {
        Map<String, PlanFacts> stored = store.storedFacts(eventsOfPlan.keySet());
        Set<String> chosenPlatforms = new HashSet<>();
        eventsOfPlan.values().forEach(events -> events.stream().map(PolledEvent::event)
                .filter(event -> event instanceof PlatformChosen)
                .forEach(chosen -> chosenPlatforms.add(((PlatformChosen) chosen).platformId())));
        PlanFactsUpdate update = new PlanFactsUpdate(forecasts.ofPlatforms(chosenPlatforms),
                properties.attendancePlausibility());
        Map<String, FactsChange> changes = new LinkedHashMap<>();
        for (String planId : eventsOfPlan.keySet()) {
            PlanFacts facts = stored.get(planId);
            changes.put(planId, facts == null ? FactsChange.from(PlanFacts.empty(planId), false, update)
                    : FactsChange.from(facts, true, update));
        }
        return changes;
    }

    /** The change with the event applied to its facts, unless the guard judges the event a redelivery. */
    @Override
    protected FactsChange apply(FactsChange change, PlanEventEnvelope envelope, PlanEvent event) {
        if (!PlanSequenceGuard.mayApply(change.after().appliedSequence(), envelope.sequence())) {
            return change;
        }
        return change.then(change.update().apply(change.after(), envelope, event));
    }

    @Override
    protected void write(FactsChange stored, FactsChange applied) {
        writeAll(List.of(new KeyChange<>(applied.after().planId(), stored, applied, null)));
    }

    /**
     * The figures of every plan of the poll first, their facts last, one round trip per collection: a crash between
     * them repeats the same writes. Should another writer have saved one of the plans' facts meanwhile (the batch does
     * not tell which), every plan's figures just set are set again from the facts now stored (they may have
     * overwritten newer ones), and the poll is retried.
     */
    @Override
    protected void writeAll(List<KeyChange<FactsChange>> changes) {
        AnalyticsStore.Writes writes = store.writes();
        Map<String, PlanFiguresWriter.Written> written = new LinkedHashMap<>();
        for (KeyChange<FactsChange> change : changes) {
            FactsChange applied = change.applied();
            if (applied.changed()) {
                written.put(applied.after().planId(), writer.write(applied.before(), applied.after(),
                        applied.seenMonths(), applied.seenPlatforms(), writes));
                writes.saveFacts(applied.after(), applied.stored(), applied.before().appliedSequence());
            }
        }
        try {
            writes.execute();
        } catch (ConcurrentModificationException meanwhile) {
            Map<String, PlanFacts> stored = store.storedFacts(written.keySet());
            AnalyticsStore.Writes again = store.writes();
            written.forEach((planId, figures) -> writer.rewrite(figures, stored.get(planId), again));
            again.execute();
            throw meanwhile;
        }
    }

    /**
     * A plan's facts as stored ({@code before}; {@code stored} false: none yet) and with the events applied since
     * ({@code after}), and the months and platforms the plan had figures in after any of those events: one whose
     * figures a later event of the poll took away again (a withdrawn choice, an attendance retracted or moved by a
     * correction) is written empty and listed, as the events would have left it written one by one; and how the poll's
     * events change facts ({@code update}: with the poll's platforms read once).
     */
    record FactsChange(PlanFacts before, boolean stored, PlanFacts after, Set<String> seenMonths,
                       Set<String> seenPlatforms, PlanFactsUpdate update) {

        FactsChange {
            seenMonths = Set.copyOf(seenMonths);
            seenPlatforms = Set.copyOf(seenPlatforms);
        }

        /** The facts as read, to apply the poll's events to with {@code update} (its platforms read for the poll). */
        static FactsChange from(PlanFacts stored, boolean exists, PlanFactsUpdate update) {
            return new FactsChange(stored, exists, stored, Set.of(), Set.of(), update);
        }

        /** The change with facts after one more event. */
        FactsChange then(PlanFacts next) {
            Set<String> months = new HashSet<>(seenMonths);
            months.addAll(PlanFigures.monthly(next).keySet());
            Set<String> platforms = new HashSet<>(seenPlatforms);
            platforms.addAll(PlanFigures.perPlatform(next).keySet());
            return new FactsChange(before, stored, next, months, platforms, update);
        }

        /** Whether an event was applied: every applied event makes new facts, a skipped one keeps them. */
        boolean changed() {
            return after != before;
        }
    }
}
