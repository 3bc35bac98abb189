package com.netfocus.catalog.planneeds;

import com.netfocus.catalog.recommendation.TargetNeed;
import com.netfocus.support.access.Ownership;
import com.netfocus.support.planevents.PlanSequenceGuard;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * What one plan needs from the catalog, projected from its events into one document so that the events of a poll
 * (or one event) change it with one atomic update: its org, team and owner (whom the advice may be shown to), period and hours budget, its objectives' deadlines,
 * its targets (retired ones gone), the platforms chosen and not withdrawn (with their planned hours, targets and
 * programme), the hours spent attending (per attendance, so that a correction or retraction replaces them), and
 * whether the plan is closed.
 * {@code appliedSequence} is the sequence of the plan's last event applied here: the guard that makes a
 * redelivered event change nothing, and the version a client reads to see how fresh the advice is.
 *
 * <p>Dates are kept as ISO text: the store's date type is an instant, and converting a calendar date to one
 * would tie it to the zone of whichever JVM wrote it.
 */
@Document(PlanNeeds.COLLECTION)
public record PlanNeeds(
        @Id String planId,
        String org,
        String team,
        String ownerId,
        String periodStart,
        String periodEnd,
        double hoursBudget,
        double hoursSpent,
        long appliedSequence,
        List<NeededObjective> objectives,
        List<NeededTarget> targets,
        List<ChosenPlatform> chosenPlatforms,
        List<AttendedHours> attendances,
        boolean closed) {

    public static final String COLLECTION = "plan_needs";
    static final String ORG = "org";
    static final String TEAM = "team";
    static final String OWNER_ID = "ownerId";
    static final String PERIOD_START = "periodStart";
    static final String PERIOD_END = "periodEnd";
    static final String HOURS_BUDGET = "hoursBudget";
    static final String HOURS_SPENT = "hoursSpent";
    public static final String APPLIED_SEQUENCE = "appliedSequence";
    static final String OBJECTIVES = "objectives";
    static final String TARGETS = "targets";
    static final String CHOSEN_PLATFORMS = "chosenPlatforms";
    static final String ATTENDANCES = "attendances";
    static final String CLOSED = "closed";

    /** Whose the plan is, for {@link com.netfocus.support.access.ReadAccess}. */
    public Ownership ownership() {
        return new Ownership(org, team, ownerId);
    }

    /** Whether the plan's first event (PlanCreated, sequence 0) is applied: before that its owner is not known. */
    boolean isKnown() {
        return appliedSequence > PlanSequenceGuard.NOTHING_APPLIED;
    }

    @PersistenceCreator
    public PlanNeeds {
        objectives = objectives == null ? List.of() : List.copyOf(objectives);
        targets = targets == null ? List.of() : List.copyOf(targets);
        chosenPlatforms = chosenPlatforms == null ? List.of() : List.copyOf(chosenPlatforms);
        attendances = attendances == null ? List.of() : List.copyOf(attendances);
    }

    /** The needs of a plan not closed. */
    public PlanNeeds(String planId, String org, String team, String ownerId, String periodStart, String periodEnd,
                     double hoursBudget, double hoursSpent, long appliedSequence, List<NeededObjective> objectives,
                     List<NeededTarget> targets, List<ChosenPlatform> chosenPlatforms,
                     List<AttendedHours> attendances) {
        this(planId, org, team, ownerId, periodStart, periodEnd, hoursBudget, hoursSpent, appliedSequence, objectives,
                targets, chosenPlatforms, attendances, false);
    }

    /** The plan's identity and frame, as its PlanCreated states them. */
    PlanNeeds created(String org, String team, String ownerId, String periodStart, String periodEnd,
                      double hoursBudget) {
        return new PlanNeeds(planId, org, team, ownerId, periodStart, periodEnd, hoursBudget, hoursSpent,
                appliedSequence, objectives, targets, chosenPlatforms, attendances, closed);
    }

    /** The frame after a PlanRevised: each value is the plan's after the revision. */
    PlanNeeds revised(String newPeriodEnd, double newHoursBudget) {
        return new PlanNeeds(planId, org, team, ownerId, periodStart, newPeriodEnd, newHoursBudget, hoursSpent,
                appliedSequence, objectives, targets, chosenPlatforms, attendances, closed);
    }

    PlanNeeds closedNow() {
        return new PlanNeeds(planId, org, team, ownerId, periodStart, periodEnd, hoursBudget, hoursSpent,
                appliedSequence, objectives, targets, chosenPlatforms, attendances, true);
    }

    PlanNeeds withObjective(NeededObjective objective) {
        return withObjectives(appended(objectives, objective));
    }

    /** The objectives with one of them changed; an objective not known here stays unknown. */
    PlanNeeds withObjectiveChanged(String objectiveId, UnaryOperator<NeededObjective> change) {
        return withObjectives(objectives.stream()
                .map(objective -> objective.objectiveId().equals(objectiveId) ? change.apply(objective) : objective)
                .toList());
    }

    PlanNeeds withTarget(NeededTarget target) {
        return withTargets(appended(targets, target));
    }

    /** A retired target needs no platform any more: it leaves the needs. */
    PlanNeeds withoutTarget(String targetId) {
        return withTargets(targets.stream().filter(target -> !target.targetId().equals(targetId)).toList());
    }

    PlanNeeds withChosenPlatform(ChosenPlatform chosen) {
        return withChosenPlatforms(appended(chosenPlatforms, chosen));
    }

    /** A withdrawn choice plans no hours and serves nobody any more. */
    PlanNeeds withoutChosenPlatform(String platformId) {
        return withChosenPlatforms(chosenPlatforms.stream()
                .filter(chosen -> !chosen.platformId().equals(platformId)).toList());
    }

    /**
     * The hours of an attendance, logged or corrected (replacing what it counted before), or retracted ({@code hours}
     * null). An attendance the needs do not know (one applied before attendances were kept) adds its new hours only.
     */
    PlanNeeds withAttendance(String attendanceId, Double hours) {
        double before = attendances.stream().filter(attended -> attended.attendanceId().equals(attendanceId))
                .mapToDouble(AttendedHours::hours).sum();
        List<AttendedHours> kept = new ArrayList<>(attendances.stream()
                .filter(attended -> !attended.attendanceId().equals(attendanceId)).toList());
        if (hours != null) {
            kept.add(new AttendedHours(attendanceId, hours));
        }
        return new PlanNeeds(planId, org, team, ownerId, periodStart, periodEnd, hoursBudget,
                hoursSpent - before + (hours == null ? 0 : hours), appliedSequence, objectives, targets,
                chosenPlatforms, kept, closed);
    }

    /** The plan's event of {@code sequence} applied: the plan's version. */
    PlanNeeds appliedUpTo(long sequence) {
        return new PlanNeeds(planId, org, team, ownerId, periodStart, periodEnd, hoursBudget, hoursSpent, sequence,
                objectives, targets, chosenPlatforms, attendances, closed);
    }

    private PlanNeeds withObjectives(List<NeededObjective> changed) {
        return new PlanNeeds(planId, org, team, ownerId, periodStart, periodEnd, hoursBudget, hoursSpent,
                appliedSequence, changed, targets, chosenPlatforms, attendances, closed);
    }

    private PlanNeeds withTargets(List<NeededTarget> changed) {
        return new PlanNeeds(planId, org, team, ownerId, periodStart, periodEnd, hoursBudget, hoursSpent,
                appliedSequence, objectives, changed, chosenPlatforms, attendances, closed);
    }

    private PlanNeeds withChosenPlatforms(List<ChosenPlatform> changed) {
        return new PlanNeeds(planId, org, team, ownerId, periodStart, periodEnd, hoursBudget, hoursSpent,
                appliedSequence, objectives, targets, changed, attendances, closed);
    }

    private static <T> List<T> appended(List<T> list, T entry) {
        List<T> longer = new ArrayList<>(list.size() + 1);
        longer.addAll(list);
        longer.add(entry);
        return longer;
    }

    /**
     * An objective as far as the catalog cares: its deadline, the last day a platform may serve it, and whether
     * it is closed (achieved or abandoned), after which no platform is sought for its targets. Stored as
     * "closed" rather than "active" so that a document written before the flag existed reads as open.
     */
    public record NeededObjective(String objectiveId, String deadline, boolean closed) {

        /** A revision without a deadline keeps the one the objective had. */
        NeededObjective revised(String newDeadline) {
            return new NeededObjective(objectiveId, newDeadline == null ? deadline : newDeadline, closed);
        }

        NeededObjective closedNow() {
            return new NeededObjective(objectiveId, deadline, true);
        }
    }

    /** A target of the plan: a named contact, or a profile (function, position, industry) with a priority. */
    public record NeededTarget(String targetId, String objectiveId, String contactId, String function,
                               String position, String industry, int priority) {

        public boolean isProfile() {
            return contactId == null || contactId.isBlank();
        }
    }

    /**
     * A platform the plan chose: the hours it planned for it (programme plus early and late minutes), and, in
     * choices projected since they were kept, its name, the targets it was chosen for and its programme.
     */
    public record ChosenPlatform(String platformId, double plannedHours, String platformName, List<String> targetIds,
                                 Instant programStartsAt, Instant programEndsAt) {

        public ChosenPlatform {
            targetIds = targetIds == null ? List.of() : List.copyOf(targetIds);
        }

        public ChosenPlatform(String platformId, double plannedHours) {
            this(platformId, plannedHours, null, List.of(), null, null);
        }
    }

    /** An attendance and the hours it spent, so that a correction or retraction replaces exactly its own. */
    public record AttendedHours(String attendanceId, double hours) {
    }

    /**
     * The profile targets the recommendation can look for, each due by its objective's deadline (the end of
     * that day in {@code zone}). Named contacts are approached directly, not through platforms; a target
     * whose objective (or its deadline) is not known here cannot be timed; and a closed objective needs nobody
     * any more: none of these is recommended for.
     */
    public List<TargetNeed> profileTargets(ZoneId zone) {
        Map<String, LocalDate> deadlines = new HashMap<>();
        for (NeededObjective objective : objectives) {
            if (objective.deadline() != null && !objective.closed()) {
                deadlines.put(objective.objectiveId(), LocalDate.parse(objective.deadline()));
            }
        }
        return targets.stream()
                .filter(NeededTarget::isProfile)
                .filter(target -> deadlines.containsKey(target.objectiveId()))
                .filter(target -> target.priority() >= TargetNeed.HIGHEST_PRIORITY
                        && target.priority() <= TargetNeed.LOWEST_PRIORITY)
                .map(target -> new TargetNeed(target.targetId(), target.objectiveId(), target.function(),
                        target.position(), target.industry(), target.priority(),
                        TargetNeed.endOfDay(deadlines.get(target.objectiveId()), zone)))
                .toList();
    }

    public Set<String> chosenPlatformIds() {
        Set<String> ids = new LinkedHashSet<>();
        chosenPlatforms.forEach(chosen -> ids.add(chosen.platformId()));
        return ids;
    }

    public double plannedHours() {
        return chosenPlatforms.stream().mapToDouble(ChosenPlatform::plannedHours).sum();
    }

    /** The budget not yet planned for; never below zero, as an overspent plan simply has nothing left. */
    public double remainingHours() {
        return Math.max(0, hoursBudget - plannedHours());
    }
}
