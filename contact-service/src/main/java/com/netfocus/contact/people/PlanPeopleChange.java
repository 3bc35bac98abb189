package com.netfocus.contact.people;

import com.netfocus.contact.contact.ContactOwner;
import com.netfocus.contracts.plan.EventAttended;
import com.netfocus.contracts.plan.PlanCreated;
import com.netfocus.contracts.plan.PlanEvent;
import com.netfocus.contracts.plan.PlanEventEnvelope;
import com.netfocus.contracts.plan.TargetIdentified;
import com.netfocus.support.planevents.PlanSequenceGuard;

import java.util.ArrayList;
import java.util.List;

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
                        boolean created, List<PlanTarget> targets, List<MetAttendance> attendances) {

    PlanPeopleChange {
        targets = List.copyOf(targets);
        attendances = List.copyOf(attendances);
    }

    /** @param stored null: no document yet */
    static PlanPeopleChange from(String planId, PlanPeople stored) {
        return stored == null
                ? new PlanPeopleChange(planId, null, PlanSequenceGuard.NOTHING_APPLIED, null, null, null, false,
                List.of(), List.of())
                : new PlanPeopleChange(planId, stored, stored.appliedSequence(), stored.org(), stored.team(),
                stored.ownerId(), false, List.of(), List.of());
    }

    long storedSequence() {
        return stored == null ? PlanSequenceGuard.NOTHING_APPLIED : stored.appliedSequence();
    }

    boolean changed() {
        return appliedSequence != storedSequence();
    }

    /**
     * The change with the event applied: its owner from PlanCreated, a target from TargetIdentified, an attendance
     * that met people; any other event moves the applied sequence only.
     */
    PlanPeopleChange applied(PlanEventEnvelope envelope, PlanEvent event) {
        if (!PlanSequenceGuard.mayApply(appliedSequence, envelope.sequence())) {
            return this;
        }
        if (event instanceof PlanCreated plan) {
            return new PlanPeopleChange(planId, stored, envelope.sequence(),
                    plan.org() != null ? plan.org() : envelope.org(), plan.team() != null ? plan.team()
                    : envelope.team(), plan.ownerId(), true, targets, attendances);
        }
        List<PlanTarget> nextTargets = targets;
        List<MetAttendance> nextAttendances = attendances;
        if (event instanceof TargetIdentified target) {
            nextTargets = new ArrayList<>(targets);
            nextTargets.add(new PlanTarget(target.targetId(), target.objectiveId(), target.contactId(),
                    target.profile(), target.priority(), target.rationale()));
        } else if (event instanceof EventAttended attended && !attended.contactsMet().isEmpty()) {
            nextAttendances = new ArrayList<>(attendances);
            nextAttendances.add(new MetAttendance(envelope.actor(), ownerOf(envelope), attended));
        }
        return new PlanPeopleChange(planId, stored, envelope.sequence(), org, team, ownerId, created, nextTargets,
                nextAttendances);
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
