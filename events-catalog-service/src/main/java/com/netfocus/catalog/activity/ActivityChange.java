package com.netfocus.catalog.activity;

import com.netfocus.contracts.plan.PlanEventEnvelope;
import org.springframework.data.mongodb.core.query.Update;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A platform's activity as stored ({@code stored}) and what the events applied since add to it: the counts, per plan
 * (by plan id) the sequence of its last event applied, and how many events were applied.
 * {@link #update()} writes it all in one update, which is the sum of the updates the events would have made one each:
 * the same increments, the same sequences, and the revision raised once per event.
 *
 * <p>Immutable: {@link #applied} returns a new change.
 */
record ActivityChange(PlatformActivity stored, ActivityCounts added, Map<String, Long> appliedSequences,
                      long events) {

    ActivityChange {
        appliedSequences = Collections.unmodifiableMap(new LinkedHashMap<>(appliedSequences));
    }

    static ActivityChange from(PlatformActivity stored) {
        return new ActivityChange(stored, ActivityCounts.NONE, Map.of(), 0);
    }

    boolean changed() {
        return events > 0;
    }

    /**
     * The change with the event's increments added, unless an event of its plan of this or a later sequence was
     * applied here already, stored or in this change (then this change: a redelivery changes nothing).
     */
    ActivityChange applied(PlanEventEnvelope envelope, ActivityCounts increments) {
        String plan = envelope.planId();
        Long applied = appliedSequences.containsKey(plan) ? appliedSequences.get(plan) : storedSequence(plan);
        if (applied != null && applied >= envelope.sequence()) {
            return this;
        }
        Map<String, Long> sequences = new LinkedHashMap<>(appliedSequences);
        sequences.put(plan, envelope.sequence());
        return new ActivityChange(stored, added.plus(increments), sequences, events + 1);
    }

    /**
     * The increments, the plans' sequences and the revision raised by the number of events, for the compare-and-set
     * on the revision read. A count is raised only if an event raised it (an attendance raises the people met too,
     * by none if it met nobody), as the events' own updates would have.
     */
    Update update() {
        Update update = new Update();
        if (added.timesChosen() > 0) {
            update.inc(PlatformActivity.TIMES_CHOSEN, added.timesChosen());
        }
        if (added.attendances() > 0) {
            update.inc(PlatformActivity.ATTENDANCES, added.attendances()).inc(PlatformActivity.PEOPLE_MET,
                    added.peopleMet());
        }
        appliedSequences.forEach((plan, sequence) ->
                update.set(AppliedSequenceKey.fieldFor(plan), sequence));
        return update.inc(PlatformActivity.REVISION, events);
    }

    private Long storedSequence(String planId) {
        return stored.appliedSequences() == null ? null
                : stored.appliedSequences().get(AppliedSequenceKey.keyFor(planId));
    }
}
