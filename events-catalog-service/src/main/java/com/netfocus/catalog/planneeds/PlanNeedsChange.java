package com.netfocus.catalog.planneeds;

import com.netfocus.contracts.plan.AttendanceCorrected;
import com.netfocus.contracts.plan.AttendanceIds;
import com.netfocus.contracts.plan.AttendanceRetracted;
import com.netfocus.contracts.plan.CarriedForward;
import com.netfocus.contracts.plan.EventAttended;
import com.netfocus.contracts.plan.ObjectiveAbandoned;
import com.netfocus.contracts.plan.ObjectiveAchieved;
import com.netfocus.contracts.plan.ObjectiveDefined;
import com.netfocus.contracts.plan.ObjectiveRevised;
import com.netfocus.contracts.plan.PlanClosed;
import com.netfocus.contracts.plan.PlanCreated;
import com.netfocus.contracts.plan.PlanEvent;
import com.netfocus.contracts.plan.PlanEventEnvelope;
import com.netfocus.contracts.plan.PlanRevised;
import com.netfocus.contracts.plan.PlatformChosen;
import com.netfocus.contracts.plan.PlatformWithdrawn;
import com.netfocus.contracts.plan.TargetIdentified;
import com.netfocus.contracts.plan.TargetProfile;
import com.netfocus.contracts.plan.TargetRetired;
import com.netfocus.contracts.plan.UnreadableEventException;
import com.netfocus.support.planevents.PlanSequenceGuard;
import org.springframework.data.mongodb.core.query.Update;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A plan's needs as stored ({@code stored}; {@code exists} false: the empty needs of a plan not stored yet), the needs with the events applied since ({@code needs}), and the fields
 * those events set, with their values now: what {@link #update()} writes, in one update with the new applied
 * sequence. Only the fields an event sets are written, even to the value they had (a PlanCreated without a team sets
 * {@code team} to null), so that the document is the one the events would have made one update each.
 *
 * <p>Immutable: {@link #applied} returns a new change, so an event that is refused (unreadable) leaves the change it
 * was applied to as it was.
 */
record PlanNeedsChange(PlanNeeds stored, boolean exists, PlanNeeds needs, Map<String, Object> fields) {

    PlanNeedsChange {
        // a field may be set to null: Map.copyOf would refuse it
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** @param exists whether {@code stored} is a stored document (else: the empty needs of a plan not seen yet) */
    static PlanNeedsChange from(PlanNeeds stored, boolean exists) {
        return new PlanNeedsChange(stored, exists, stored, Map.of());
    }

    /** Whether an event was applied since the needs were read: every applied event moves the applied sequence. */
    boolean changed() {
        return needs.appliedSequence() != stored.appliedSequence();
    }

    /**
     * The change with the event applied, unless the guard judges it a redelivery or early (then this change).
     * Every event, whatever its type, advances the applied sequence, so the version shown with the advice is the
     * plan's own position. Throws {@link UnreadableEventException} for an event that lacks what it must name.
     */
    PlanNeedsChange applied(PlanEventEnvelope envelope, PlanEvent event) {
        if (!PlanSequenceGuard.mayApply(needs.appliedSequence(), envelope.sequence())) {
            return this;
        }
        Map<String, Object> set = new LinkedHashMap<>(fields);
        PlanNeeds next = changedBy(envelope, event, set).appliedUpTo(envelope.sequence());
        return new PlanNeedsChange(stored, exists, next, set);
    }

    /** The fields set and the applied sequence, for the compare-and-set on the stored applied sequence. */
    Update update() {
        Update update = new Update();
        fields.forEach(update::set);
        return update.set(PlanNeeds.APPLIED_SEQUENCE, needs.appliedSequence());
    }

    /** The needs with the event's change, the fields it set put into {@code set}. */
    private PlanNeeds changedBy(PlanEventEnvelope envelope, PlanEvent event, Map<String, Object> set) {
        if (event instanceof PlanCreated created) {
            PlanNeeds next = needs.created(created.org() != null ? created.org() : envelope.org(),
                    created.team() != null ? created.team() : envelope.team(), created.ownerId(),
                    created.periodStart() == null ? null : created.periodStart().toString(),
                    created.periodEnd() == null ? null : created.periodEnd().toString(), created.hoursBudget());
            set.put(PlanNeeds.ORG, next.org());
            set.put(PlanNeeds.TEAM, next.team());
            set.put(PlanNeeds.OWNER_ID, next.ownerId());
            set.put(PlanNeeds.PERIOD_START, next.periodStart());
            set.put(PlanNeeds.PERIOD_END, next.periodEnd());
            set.put(PlanNeeds.HOURS_BUDGET, next.hoursBudget());
            return created.carriedForward() == null ? next : carried(envelope, created.carriedForward(), next, set);
        }
        if (event instanceof PlanRevised revised) {
            PlanNeeds next = needs.revised(revised.periodEnd() == null ? needs.periodEnd()
                    : revised.periodEnd().toString(), revised.hoursBudget());
            set.put(PlanNeeds.PERIOD_END, next.periodEnd());
            set.put(PlanNeeds.HOURS_BUDGET, next.hoursBudget());
            return next;
        }
        if (event instanceof TargetRetired retired) {
            PlanNeeds next = needs.withoutTarget(required(envelope, retired.targetId(), "targetId"));
            set.put(PlanNeeds.TARGETS, next.targets());
            return next;
        }
        if (event instanceof PlatformWithdrawn withdrawn) {
            return chosenPlatforms(needs.withoutChosenPlatform(required(envelope, withdrawn.platformId(),
                    "platformId")), set);
        }
        if (event instanceof AttendanceCorrected corrected) {
            return attendance(needs.withAttendance(required(envelope, corrected.attendanceId(), "attendanceId"),
                    corrected.hoursInvested()), set);
        }
        if (event instanceof AttendanceRetracted retracted) {
            return attendance(needs.withAttendance(required(envelope, retracted.attendanceId(), "attendanceId"),
                    null), set);
        }
        if (event instanceof ObjectiveDefined objective) {
            return objectives(needs.withObjective(new PlanNeeds.NeededObjective(
                    required(envelope, objective.objectiveId(), "objectiveId"),
                    objective.deadline() == null ? null : objective.deadline().toString(), false)), set);
        }
        if (event instanceof ObjectiveRevised revised) {
            String deadline = revised.deadline() == null ? null : revised.deadline().toString();
            return objectives(needs.withObjectiveChanged(required(envelope, revised.objectiveId(), "objectiveId"),
                    objective -> objective.revised(deadline)), set);
        }
        if (event instanceof ObjectiveAchieved achieved) {
            return objectives(needs.withObjectiveChanged(required(envelope, achieved.objectiveId(), "objectiveId"),
                    PlanNeeds.NeededObjective::closedNow), set);
        }
        if (event instanceof ObjectiveAbandoned abandoned) {
            return objectives(needs.withObjectiveChanged(required(envelope, abandoned.objectiveId(), "objectiveId"),
                    PlanNeeds.NeededObjective::closedNow), set);
        }
        if (event instanceof TargetIdentified target) {
            PlanNeeds next = needs.withTarget(neededTarget(envelope, target));
            set.put(PlanNeeds.TARGETS, next.targets());
            return next;
        }
        if (event instanceof PlatformChosen chosen) {
            return chosenPlatforms(needs.withChosenPlatform(new PlanNeeds.ChosenPlatform(
                    required(envelope, chosen.platformId(), "platformId"), chosen.plannedHours(),
                    chosen.platformName(), chosen.targetIds(), chosen.programStartsAt(), chosen.programEndsAt())), set);
        }
        if (event instanceof EventAttended attended) {
            return attendance(needs.withAttendance(AttendanceIds.of(attended, envelope.sequence()),
                    attended.hoursInvested()), set);
        }
        if (event instanceof PlanClosed) {
            PlanNeeds next = needs.closedNow();
            set.put(PlanNeeds.CLOSED, true);
            return next;
        }
        // Progress, outreach, follow-ups, and types added to the contract later: nothing the advice or a team's
        // coverage reads, but the plan's version still moves on.
        return needs;
    }

    private static PlanNeeds chosenPlatforms(PlanNeeds next, Map<String, Object> set) {
        set.put(PlanNeeds.CHOSEN_PLATFORMS, next.chosenPlatforms());
        return next;
    }

    /** A plan carried forward starts with the copies of the closed plan's open objectives and their targets. */
    private static PlanNeeds carried(PlanEventEnvelope envelope, CarriedForward carried, PlanNeeds created,
                                     Map<String, Object> set) {
        PlanNeeds next = created;
        for (ObjectiveDefined objective : carried.objectives()) {
            next = next.withObjective(new PlanNeeds.NeededObjective(required(envelope, objective.objectiveId(),
                    "objectiveId"), objective.deadline() == null ? null : objective.deadline().toString(), false));
        }
        for (TargetIdentified target : carried.targets()) {
            next = next.withTarget(neededTarget(envelope, target));
        }
        set.put(PlanNeeds.OBJECTIVES, next.objectives());
        set.put(PlanNeeds.TARGETS, next.targets());
        return next;
    }

    private static PlanNeeds.NeededTarget neededTarget(PlanEventEnvelope envelope, TargetIdentified target) {
        TargetProfile profile = target.profile();
        return new PlanNeeds.NeededTarget(required(envelope, target.targetId(), "targetId"), target.objectiveId(),
                target.contactId(), profile == null ? null : profile.function(),
                profile == null ? null : profile.position(), profile == null ? null : profile.industry(),
                target.priority());
    }

    private static PlanNeeds attendance(PlanNeeds next, Map<String, Object> set) {
        set.put(PlanNeeds.HOURS_SPENT, next.hoursSpent());
        set.put(PlanNeeds.ATTENDANCES, next.attendances());
        return next;
    }

    private static PlanNeeds objectives(PlanNeeds next, Map<String, Object> set) {
        set.put(PlanNeeds.OBJECTIVES, next.objectives());
        return next;
    }

    private static String required(PlanEventEnvelope envelope, String value, String field) {
        if (value == null || value.isBlank()) {
            throw new UnreadableEventException(envelope.type() + " " + envelope.eventId() + " has no " + field, null);
        }
        return value;
    }
}
