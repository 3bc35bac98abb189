package com.netfocus.planning.plan;

import com.netfocus.contracts.plan.EventAttended;
import com.netfocus.contracts.plan.ObjectiveDefined;
import com.netfocus.contracts.plan.PersonMet;
import com.netfocus.contracts.plan.PlanCreated;
import com.netfocus.contracts.plan.PlatformChosen;
import com.netfocus.contracts.plan.TargetIdentified;
import com.netfocus.contracts.plan.TargetProfile;
import com.netfocus.planning.attendance.RecordAttendance;
import com.netfocus.planning.objective.DefineObjective;
import com.netfocus.planning.objective.ObjectiveAccepted;
import com.netfocus.planning.objective.ObjectiveDraft;
import com.netfocus.planning.objective.PlanFrame;
import com.netfocus.planning.objective.SmartAssessment;
import com.netfocus.planning.objective.SmartRefusals;
import com.netfocus.contracts.plan.SmartVerdicts;
import com.netfocus.planning.platform.ChoosePlatform;
import com.netfocus.planning.platform.PlatformAccepted;
import com.netfocus.planning.target.IdentifyTarget;
import com.netfocus.support.problem.NotFoundException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static com.netfocus.planning.plan.Violations.blank;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A networking plan: the chain why (objectives) -> who (targets) -> where (platforms) -> attendance, with an hours
 * budget. Every rule is checked here, against the state rebuilt from the plan's events; a command that breaks one
 * is refused with every reason and changes nothing.
 */
@Aggregate(snapshotTriggerDefinition = "planSnapshotTrigger", cache = "planCache")
public class NetworkingPlan {

    private static final double MINUTES_PER_HOUR = 60.0;

    @AggregateIdentifier
    private String planId;
    private PlanState state;

    protected NetworkingPlan() {
        // for Axon: rebuilt from events or a snapshot
    }

    @CommandHandler
    public NetworkingPlan(CreatePlan command, PlanRules rules) {
        new Violations()
                .check(!blank(command.planId()), "planId", "must be given")
                .check(!blank(command.title()), "title", "must not be blank")
                .check(command.periodStart() != null, "periodStart", "must be given")
                .check(command.periodEnd() != null, "periodEnd", "must be given")
                .check(command.periodStart() == null || command.periodEnd() == null
                        || command.periodStart().isBefore(command.periodEnd()), "periodEnd", "must be after periodStart")
                .check(command.hoursBudget() > 0, "hoursBudget", "must be positive")
                .check(command.hoursBudget() <= rules.maxHoursBudget(), "hoursBudget",
                        "must be at most " + rules.maxHoursBudget() + " hours")
                .check(!blank(command.ownerId()) && !blank(command.org()), "caller", "owner and org must be known")
                .throwIfAny();
        apply(new PlanCreated(command.planId(), command.title().strip(), command.periodStart(), command.periodEnd(),
                command.hoursBudget(), command.ownerId(), command.org(), command.team()));
    }

    @CommandHandler
    public ObjectiveAccepted handle(DefineObjective command, PlanRules rules,
                                    @MetaDataValue(value = CallerMetaData.ORG, required = true) String org) {
        ensureVisibleTo(org);
        new Violations()
                .check(!blank(command.objectiveId()), "objectiveId", "must be given")
                .check(!state.hasObjective(command.objectiveId()), "objectiveId", "already exists in this plan")
                .check(state.objectiveCount() < rules.maxActiveObjectives(), "objectives",
                        "a plan keeps at most " + rules.maxActiveObjectives() + " objectives: networking pays off "
                                + "when it is focused, so finish or drop one before adding another")
                .check(!blank(command.outcome()), "outcome", "say what outcome reaching the objective brings")
                .check(command.assessedOn() != null, "assessedOn", "must be given")
                .throwIfAny();
        SmartVerdicts smart = new SmartAssessment(rules.smart()).assess(
                new ObjectiveDraft(command.statement(), command.outcome(), command.metric(), command.target(),
                        command.deadline()),
                new PlanFrame(state.periodStart(), state.periodEnd(), state.hoursBudget()),
                command.assessedOn());
        new Violations().addAll(SmartRefusals.of(smart, command.metric())).throwIfAny();
        apply(new ObjectiveDefined(planId, command.objectiveId(), command.statement().strip(), command.outcome().strip(),
                        command.metric().strip(), command.target(), command.deadline(), smart));
        return new ObjectiveAccepted(smart, state.version());
    }

    @CommandHandler
    public long handle(IdentifyTarget command, @MetaDataValue(value = CallerMetaData.ORG, required = true) String org) {
        ensureVisibleTo(org);
        TargetProfile profile = command.profile();
        boolean hasContact = !blank(command.contactId());
        boolean hasProfile = profile != null;
        new Violations()
                .check(!blank(command.targetId()), "targetId", "must be given")
                .check(!state.hasTarget(command.targetId()), "targetId", "already exists in this plan")
                .check(state.hasObjective(command.objectiveId()), "objectiveId",
                        "no objective " + command.objectiveId() + " in this plan: the what determines the who")
                .check(!(hasContact && hasProfile), "contactId", "give either a contactId or a profile, not both")
                .check(hasContact || hasProfile, "profile", "give a contactId (a known person) or a profile")
                .check(!hasProfile || !blank(profile.function()) || !blank(profile.position())
                        || !blank(profile.industry()), "profile", "needs at least one of function, position, industry")
                .check(command.priority() != null && command.priority() >= 1 && command.priority() <= 5,
                        "priority", "must be between 1 (highest) and 5")
                .throwIfAny();
        apply(new TargetIdentified(planId, command.targetId(), command.objectiveId(),
                hasContact ? command.contactId() : null, hasProfile ? profile : null, command.priority(),
                command.rationale()));
        return state.version();
    }

    @CommandHandler
    public PlatformAccepted handle(ChoosePlatform command, PlanRules rules,
                                   @MetaDataValue(value = CallerMetaData.ORG, required = true) String org) {
        ensureVisibleTo(org);
        Violations violations = new Violations()
                .check(!blank(command.platformId()), "platformId", "must be given")
                .check(state.platform(command.platformId()) == null, "platformId", "is already chosen for this plan")
                .check(!blank(command.platformName()) && command.programStartsAt() != null
                                && command.programEndsAt() != null
                                && command.programStartsAt().isBefore(command.programEndsAt()),
                        "platformId", "is not a platform of your org's catalog (or the catalog gives it no valid programme times)")
                .check(!command.targetIds().isEmpty(), "targetIds",
                        "a platform is chosen for the people it serves: name at least one target")
                .check(inRange(command.arriveEarlyMinutes(), rules.maxEarlyLateMinutes()), "arriveEarlyMinutes",
                        "must be between 0 and " + rules.maxEarlyLateMinutes())
                .check(inRange(command.stayLateMinutes(), rules.maxEarlyLateMinutes()), "stayLateMinutes",
                        "must be between 0 and " + rules.maxEarlyLateMinutes());
        List<String> targetIds = command.targetIds();
        for (int i = 0; i < targetIds.size(); i++) {
            violations.check(state.hasTarget(targetIds.get(i)), "targetIds[" + i + "]",
                    "no target " + targetIds.get(i) + " in this plan");
        }
        violations.throwIfAny();
        double plannedHours = hoursBetween(command.programStartsAt(), command.programEndsAt())
                + (command.arriveEarlyMinutes() + command.stayLateMinutes()) / MINUTES_PER_HOUR;
        double alreadyPlanned = state.plannedHours();
        new Violations().check(alreadyPlanned + plannedHours <= state.hoursBudget(), "hoursBudget",
                "choosing it plans " + hours(plannedHours) + " h; with " + hours(alreadyPlanned)
                        + " h already planned that exceeds the budget of " + hours(state.hoursBudget()) + " h")
                .throwIfAny();
        apply(new PlatformChosen(planId, command.platformId(), command.platformName(), targetIds,
                command.programStartsAt(), command.programEndsAt(), command.arriveEarlyMinutes(),
                command.stayLateMinutes(), plannedHours));
        return new PlatformAccepted(plannedHours, state.version());
    }

    @CommandHandler
    public long handle(RecordAttendance command, PlanRules rules,
                       @MetaDataValue(value = CallerMetaData.ORG, required = true) String org) {
        ensureVisibleTo(org);
        PlatformChosen platform = state.platform(command.platformId());
        Instant arrived = command.arrivedAt();
        Instant left = command.leftAt();
        Violations violations = new Violations()
                .check(platform != null, "platformId", "attendance is logged only at a platform chosen in this plan")
                .check(arrived != null, "arrivedAt", "must be given")
                .check(left != null, "leftAt", "must be given")
                .check(arrived == null || left == null || left.isAfter(arrived), "leftAt", "must be after arrivedAt")
                .check(arrived == null || left == null || hoursBetween(arrived, left) <= rules.maxAttendanceHours(),
                        "leftAt", "a stay longer than " + rules.maxAttendanceHours() + " hours is not credible");
        List<PersonMet> people = command.contactsMet();
        for (int i = 0; i < people.size(); i++) {
            PersonMet person = people.get(i);
            String at = "contactsMet[" + i + "]";
            violations.check(person != null, at, "must not be empty");
            if (person != null) {
                violations.check(!blank(person.contactId()) || !blank(person.name()), at + ".name",
                                "give a contactId or the name of the person met")
                        .check(person.targetId() == null || state.hasTarget(person.targetId()), at + ".targetId",
                                "no target " + person.targetId() + " in this plan");
            }
        }
        violations.throwIfAny();
        int before = (int) Math.max(0, Duration.between(arrived, platform.programStartsAt()).toMinutes());
        int after = (int) Math.max(0, Duration.between(platform.programEndsAt(), left).toMinutes());
        apply(new EventAttended(planId, command.platformId(), arrived, left, before, after,
                hoursBetween(arrived, left), people, List.of(), command.notes()));
        return state.version();
    }

    @EventSourcingHandler
    void on(PlanCreated event, @SequenceNumber long sequence) {
        planId = event.planId();
        state = new PlanState();
        state.created(event, sequence);
    }

    @EventSourcingHandler
    void on(ObjectiveDefined event, @SequenceNumber long sequence) {
        state.objectiveDefined(event, sequence);
    }

    @EventSourcingHandler
    void on(TargetIdentified event, @SequenceNumber long sequence) {
        state.targetIdentified(event, sequence);
    }

    @EventSourcingHandler
    void on(PlatformChosen event, @SequenceNumber long sequence) {
        state.platformChosen(event, sequence);
    }

    @EventSourcingHandler
    void on(EventAttended event, @SequenceNumber long sequence) {
        state.attended(event, sequence);
    }

    public PlanView view() {
        return state.view();
    }

    /** Plans of another org do not exist for the caller: the same answer as for an unknown id. */
    private void ensureVisibleTo(String org) {
        if (!state.org().equals(org)) {
            throw new NotFoundException("plan", planId);
        }
    }

    private static boolean inRange(Integer minutes, int max) {
        return minutes != null && minutes >= 0 && minutes <= max;
    }

    private static double hoursBetween(Instant from, Instant to) {
        return Duration.between(from, to).toSeconds() / 3600.0;
    }

    private static String hours(double value) {
        return String.format(java.util.Locale.ROOT, "%.2f", value);
    }
}
