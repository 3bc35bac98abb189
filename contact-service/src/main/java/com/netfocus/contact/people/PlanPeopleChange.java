package com.netfocus.contact.people;

import com.netfocus.contact.contact.ContactOwner;
import com.netfocus.contracts.plan.AttendanceCorrected;
import com.netfocus.contracts.plan.AttendanceIds;
import com.netfocus.contracts.plan.AttendanceRetracted;
import com.netfocus.contracts.plan.EventAttended;
import com.netfocus.contracts.plan.PlanCreated;
import com.netfocus.contracts.plan.PlanEvent;
import com.netfocus.contracts.plan.PlanEventEnvelope;
import com.netfocus.contracts.plan.TargetIdentified;
import com.netfocus.contracts.plan.TargetRetired;
import com.netfocus.support.planevents.PlanSequenceGuard;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A plan's people as stored ({@code stored}, null before its first event) and what the events applied since add to
 * it: whose the plan is (from PlanCreated, {@code created}), the targets identified, the attendances with people met,
 * and the applied sequence. Every event moves the sequence (the version a client waits for); only those of
 * {@link PlanPeopleStore#write} the events set are written, appended to what is stored, so that the document is the
 * one the events would have made one update each.
 *
 * <p>Immutable: {@link #applied} returns a new change, or this one when the guard judges the event a redelivery.
 */
record PlanPeopleChange(String planId, PlanPeople stored, long appliedSequence, String org, String team, String ownerId,
                        boolean created, List<PlanTarget> targets, List<MetAttendance> attendances,
                        Set<String> removedTargets, Set<String> removedAttendances) {

    PlanPeopleChange {
        targets = List.copyOf(targets);
        attendances = List.copyOf(attendances);
        removedTargets = Set.copyOf(removedTargets);
        removedAttendances = Set.copyOf(removedAttendances);
    }

    /** @param stored null: no document yet */
    static PlanPeopleChange from(String planId, PlanPeople stored) {
        return stored == null
                ? new PlanPeopleChange(planId, null, PlanSequenceGuard.NOTHING_APPLIED, null, null, null, false,
                List.of(), List.of(), Set.of(), Set.of())
                : new PlanPeopleChange(planId, stored, stored.appliedSequence(), stored.org(), stored.team(),
                stored.ownerId(), false, List.of(), List.of(), Set.of(), Set.of());
    }

    long storedSequence() {
        return stored == null ? PlanSequenceGuard.NOTHING_APPLIED : stored.appliedSequence();
    }

    boolean changed() {
        return appliedSequence != storedSequence();
    }

    /**
     * The change with the event applied: its owner (and the targets it carries forward) from PlanCreated, a target
     * from TargetIdentified (or out again when it is retired), an attendance that met people (replaced when corrected,
     * out again when retracted); any other event moves the applied sequence only. What a poll adds and takes out again
     * is simply not added; what it takes out of the stored document is named for the write to take out.
     */
    PlanPeopleChange applied(PlanEventEnvelope envelope, PlanEvent event) {
        if (!PlanSequenceGuard.mayApply(appliedSequence, envelope.sequence())) {
            return this;
        }
        if (event instanceof PlanCreated plan) {
            List<PlanTarget> carried = new ArrayList<>(targets);
            if (plan.carriedForward() != null) {
                plan.carriedForward().targets().forEach(target -> carried.add(targetOf(target)));
            }
            return new PlanPeopleChange(planId, stored, envelope.sequence(),
                    plan.org() != null ? plan.org() : envelope.org(), plan.team() != null ? plan.team()
                    : envelope.team(), plan.ownerId(), true, carried, attendances, removedTargets,
                    removedAttendances);
        }
        List<PlanTarget> nextTargets = new ArrayList<>(targets);
        List<MetAttendance> nextAttendances = new ArrayList<>(attendances);
        Set<String> nextRemovedTargets = new LinkedHashSet<>(removedTargets);
        Set<String> nextRemovedAttendances = new LinkedHashSet<>(removedAttendances);
        if (event instanceof TargetIdentified target) {
            nextTargets.add(targetOf(target));
        } else if (event instanceof TargetRetired retired) {
            if (!nextTargets.removeIf(target -> target.targetId().equals(retired.targetId()))) {
                nextRemovedTargets.add(retired.targetId());
            }
        } else if (event instanceof EventAttended attended && !attended.contactsMet().isEmpty()) {
            nextAttendances.add(new MetAttendance(AttendanceIds.of(attended, envelope.sequence()), envelope.actor(),
                    ownerOf(envelope), attended, true));
        } else if (event instanceof AttendanceCorrected corrected) {
            takeOut(corrected.attendanceId(), nextAttendances, nextRemovedAttendances);
            if (!corrected.contactsMet().isEmpty()) {
                nextAttendances.add(new MetAttendance(corrected.attendanceId(), envelope.actor(), ownerOf(envelope),
                        new EventAttended(corrected.planId(), corrected.attendanceId(), corrected.platformId(),
                                corrected.arrivedAt(), corrected.leftAt(), corrected.minutesBeforeProgram(),
                                corrected.minutesAfterProgram(), corrected.hoursInvested(), corrected.contactsMet(),
                                List.of(), corrected.notes()), true));
            }
        } else if (event instanceof AttendanceRetracted retracted) {
            takeOut(retracted.attendanceId(), nextAttendances, nextRemovedAttendances);
        }
        return new PlanPeopleChange(planId, stored, envelope.sequence(), org, team, ownerId, created, nextTargets,
                nextAttendances, nextRemovedTargets, nextRemovedAttendances);
    }

    /**
     * An attendance of this poll is no longer listed (its people still become contacts); one stored is named for the
     * write to take out.
     */
    private static void takeOut(String attendanceId, List<MetAttendance> attendances, Set<String> removed) {
        attendances.replaceAll(attendance -> attendance.attendanceId().equals(attendanceId) ? attendance.unlisted()
                : attendance);
        removed.add(attendanceId);
    }

    private static PlanTarget targetOf(TargetIdentified target) {
        return new PlanTarget(target.targetId(), target.objectiveId(), target.contactId(), target.profile(),
                target.priority(), target.rationale());
    }

    /**
     * People met become contacts of the plan's owner (from PlanCreated, which per plan always comes first); should
     * it be missing (a topic whose oldest records expired), of the user who logged the attendance.
     */
    private ContactOwner ownerOf(PlanEventEnvelope envelope) {
        return ownerId != null ? new ContactOwner(org != null ? org : envelope.org(), ownerId, team)
                : new ContactOwner(envelope.org(), envelope.actor(), envelope.team());
    }
}
