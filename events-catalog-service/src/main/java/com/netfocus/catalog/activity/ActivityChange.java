package com.netfocus.catalog.activity;

import com.netfocus.contracts.plan.EventAttended;
import com.netfocus.contracts.plan.PlanEvent;
import com.netfocus.contracts.plan.PlanEventEnvelope;
import com.netfocus.contracts.plan.PlatformChosen;
import org.springframework.data.mongodb.core.query.Update;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A platform's org in the catalog ({@code platformOrg}, null for a platform not in it), its activity as stored
 * ({@code stored}, null when nothing can be counted there: not in the catalog, or no event of its org), and what the
 * events applied since add to it: the counts, per plan (by plan id) the sequence of its last event applied, and how
 * many events were applied. {@link #update()} writes it all in one update, which is the sum of the updates the events
 * would have made one each: the same increments, the same sequences, and the revision raised once per event.
 *
 * <p>Immutable: {@link #applied} returns a new change, or this one when the event counts nothing.
 */
record ActivityChange(String platformOrg, PlatformActivity stored, ActivityCounts added,
                      Map<String, Long> appliedSequences, long events) {

    ActivityChange {
        appliedSequences = Collections.unmodifiableMap(new LinkedHashMap<>(appliedSequences));
    }

    /** @param stored null when no event can be counted at the platform */
    static ActivityChange from(String platformOrg, PlatformActivity stored) {
        return new ActivityChange(platformOrg, stored, ActivityCounts.NONE, Map.of(), 0);
    }

    /** Whether an event of the platform's org may be counted there: the platform is in that org's catalog. */
    static boolean countsAt(String platformOrg, PlanEventEnvelope envelope) {
        return platformOrg != null && platformOrg.equals(envelope.org());
    }

    boolean changed() {
        return events > 0;
    }

    /**
     * The change with the event's increments added (a choice counts once, an attendance once with the people met),
     * unless the platform is not in the catalog of the event's org, or an event of its plan of this or a later
     * sequence was applied here already, stored or in this change (a redelivery): then this change.
     */
    ActivityChange applied(PlanEventEnvelope envelope, PlanEvent event) {
        ActivityCounts increments = event instanceof PlatformChosen ? new ActivityCounts(1, 0, 0)
                : event instanceof EventAttended attended ? new ActivityCounts(0, 1, attended.contactsMet().size())
                : ActivityCounts.NONE;
        if (increments.equals(ActivityCounts.NONE) || stored == null || !countsAt(platformOrg, envelope)) {
            return this;
        }
        String plan = envelope.planId();
        Long applied = appliedSequences.containsKey(plan) ? appliedSequences.get(plan) : storedSequence(plan);
        if (applied != null && applied >= envelope.sequence()) {
            return this;
        }
        Map<String, Long> sequences = new LinkedHashMap<>(appliedSequences);
        sequences.put(plan, envelope.sequence());
        return new ActivityChange(platformOrg, stored, added.plus(increments), sequences, events + 1);
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
