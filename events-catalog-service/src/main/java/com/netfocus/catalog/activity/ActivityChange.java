package com.netfocus.catalog.activity;

import com.netfocus.contracts.plan.AttendanceCorrected;
import com.netfocus.contracts.plan.AttendanceIds;
import com.netfocus.contracts.plan.AttendanceRetracted;
import com.netfocus.contracts.plan.EventAttended;
import com.netfocus.contracts.plan.PlanEvent;
import com.netfocus.contracts.plan.PlanEventEnvelope;
import com.netfocus.contracts.plan.PlatformChosen;
import com.netfocus.contracts.plan.PlatformWithdrawn;
import org.springframework.data.mongodb.core.query.Update;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A platform's org in the catalog ({@code platformOrg}, null for a platform not in it), its activity as stored
 * ({@code stored}, null when nothing can be counted there: not in the catalog, or no event of its org), and what the
 * events applied since add to it: the counts (a withdrawal or a retraction lowers them, a correction moves the people
 * met by its difference), per plan (by plan id) the sequence of its last event applied, the people met per attendance
 * set since ({@code attendancePeople}; a retracted one met none), and how many events were applied. {@link #update()} writes it
 * all in one update, which is the sum of the updates the events would have made one each: the same increments, the
 * same sequences and attendances, and the revision raised once per event.
 *
 * <p>Immutable: {@link #applied} returns a new change, or this one when the event counts nothing.
 */
record ActivityChange(String platformOrg, PlatformActivity stored, ActivityCounts added,
                      Map<String, Long> appliedSequences, Map<String, Long> attendancePeople, long events) {

    ActivityChange {
        appliedSequences = Collections.unmodifiableMap(new LinkedHashMap<>(appliedSequences));
        attendancePeople = Collections.unmodifiableMap(new LinkedHashMap<>(attendancePeople));
    }

    /** @param stored null when no event can be counted at the platform */
    static ActivityChange from(String platformOrg, PlatformActivity stored) {
        return new ActivityChange(platformOrg, stored, ActivityCounts.NONE, Map.of(), Map.of(), 0);
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
        if (!counts(event) || stored == null || !countsAt(platformOrg, envelope)) {
            return this;
        }
        String plan = envelope.planId();
        Long applied = appliedSequences.containsKey(plan) ? appliedSequences.get(plan) : storedSequence(plan);
        if (applied != null && applied >= envelope.sequence()) {
            return this;
        }
        Map<String, Long> sequences = new LinkedHashMap<>(appliedSequences);
        sequences.put(plan, envelope.sequence());
        Map<String, Long> people = new LinkedHashMap<>(attendancePeople);
        ActivityCounts increments = increments(envelope, event, people);
        return new ActivityChange(platformOrg, stored, added.plus(increments), sequences, people, events + 1);
    }

    private static boolean counts(PlanEvent event) {
        return event instanceof PlatformChosen || event instanceof PlatformWithdrawn || event instanceof EventAttended
                || event instanceof AttendanceCorrected || event instanceof AttendanceRetracted;
    }

    /**
     * What the event adds to the counts; the people met at an attendance are remembered in {@code people}. An
     * attendance counted before attendances were remembered is corrected by its new people only, and retracted as
     * one attendance with no people.
     */
    private ActivityCounts increments(PlanEventEnvelope envelope, PlanEvent event, Map<String, Long> people) {
        if (event instanceof PlatformChosen) {
            return new ActivityCounts(1, 0, 0);
        }
        if (event instanceof PlatformWithdrawn) {
            return new ActivityCounts(-1, 0, 0);
        }
        if (event instanceof EventAttended attended) {
            people.put(AttendanceIds.of(attended, envelope.sequence()), (long) attended.contactsMet().size());
            return new ActivityCounts(0, 1, attended.contactsMet().size());
        }
        if (event instanceof AttendanceCorrected corrected) {
            long before = peopleAt(corrected.attendanceId());
            people.put(corrected.attendanceId(), (long) corrected.contactsMet().size());
            return new ActivityCounts(0, 0, corrected.contactsMet().size() - before);
        }
        AttendanceRetracted retracted = (AttendanceRetracted) event;
        long before = peopleAt(retracted.attendanceId());
        // none met there any more: set, not removed, so that a poll writes what its events would have one by one
        people.put(retracted.attendanceId(), 0L);
        return new ActivityCounts(0, -1, -before);
    }

    /** The people met at the attendance as counted so far: in this change, else as stored, else none. */
    private long peopleAt(String attendanceId) {
        if (attendancePeople.containsKey(attendanceId)) {
            return attendancePeople.get(attendanceId);
        }
        Map<String, Long> storedPeople = stored.attendancePeople();
        Long people = storedPeople == null ? null : storedPeople.get(AppliedSequenceKey.keyFor(attendanceId));
        return people == null ? 0 : people;
    }

    /**
     * The increments, the plans' sequences and the revision raised by the number of events, for the compare-and-set
     * on the revision read. A count is raised only if an event raised it (an attendance raises the people met too,
     * by none if it met nobody), as the events' own updates would have.
     */
    Update update() {
        Update update = new Update();
        if (added.timesChosen() != 0) {
            update.inc(PlatformActivity.TIMES_CHOSEN, added.timesChosen());
        }
        if (added.attendances() != 0 || !attendancePeople.isEmpty()) {
            update.inc(PlatformActivity.ATTENDANCES, added.attendances()).inc(PlatformActivity.PEOPLE_MET,
                    added.peopleMet());
        }
        appliedSequences.forEach((plan, sequence) ->
                update.set(AppliedSequenceKey.fieldFor(plan), sequence));
        attendancePeople.forEach((attendance, people) ->
                update.set(AppliedSequenceKey.attendanceFieldFor(attendance), people));
        return update.inc(PlatformActivity.REVISION, events);
    }

    private Long storedSequence(String planId) {
        return stored.appliedSequences() == null ? null
                : stored.appliedSequences().get(AppliedSequenceKey.keyFor(planId));
    }
}
