package com.netfocus.planning.plan;

import com.netfocus.contracts.plan.EventAttended;
import com.netfocus.contracts.plan.FollowUp;
import com.netfocus.contracts.plan.FollowUpCompleted;
import com.netfocus.contracts.plan.FollowUpScheduled;
import com.netfocus.contracts.plan.ObjectiveAbandoned;
import com.netfocus.contracts.plan.ObjectiveAchieved;
import com.netfocus.contracts.plan.ObjectiveProgressRecorded;
import com.netfocus.contracts.plan.ObjectiveRevised;
import com.netfocus.contracts.plan.OutreachLogged;
import com.netfocus.planning.followup.CompleteFollowUp;
import com.netfocus.planning.followup.FollowUpChecks;
import com.netfocus.planning.followup.FollowUpEntry;
import com.netfocus.planning.followup.FollowUpStatus;
import com.netfocus.planning.followup.ScheduleFollowUp;
import com.netfocus.planning.objective.AbandonObjective;
import com.netfocus.planning.objective.AchieveObjective;
import com.netfocus.planning.objective.RecordObjectiveProgress;
import com.netfocus.planning.objective.ReviseObjective;
import com.netfocus.planning.outreach.LogOutreach;
import com.netfocus.planning.settings.OrgSettings;
import com.netfocus.support.problem.FieldError;
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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

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
        OrgSettings settings = settingsOr(command.settings(), rules);
        int limit = settings.maxActiveObjectives();
        new Violations()
                .check(!blank(command.objectiveId()), "objectiveId", "must be given")
                .check(!state.hasObjective(command.objectiveId()), "objectiveId", "already exists in this plan")
                .check(state.activeObjectiveCount() < limit, "objectives",
                        "a plan keeps at most " + limit + " active objectives: networking pays off "
                                + "when it is focused, so finish or drop one before adding another")
                .addAll(wordingViolations(command.outcome(), rules, command.statement(), command.metric()))
                .check(command.assessedOn() != null, "assessedOn", "must be given")
                .throwIfAny();
        SmartVerdicts smart = assess(command.statement(), command.outcome(), command.metric(), command.target(),
                command.deadline(), command.assessedOn(), settings, rules);
        apply(new ObjectiveDefined(planId, command.objectiveId(), command.statement().strip(), command.outcome().strip(),
                        command.metric().strip(), command.target(), command.deadline(), smart));
        return new ObjectiveAccepted(smart, state.version());
    }

    @CommandHandler
    public ObjectiveAccepted handle(ReviseObjective command, PlanRules rules,
                                    @MetaDataValue(value = CallerMetaData.ORG, required = true) String org) {
        ensureVisibleTo(org);
        activeObjective(command.objectiveId(), "revised");
        new Violations()
                .addAll(wordingViolations(command.outcome(), rules, command.statement(), command.metric()))
                .check(command.assessedOn() != null, "assessedOn", "must be given")
                .throwIfAny();
        SmartVerdicts smart = assess(command.statement(), command.outcome(), command.metric(), command.target(),
                command.deadline(), command.assessedOn(), settingsOr(command.settings(), rules), rules);
        apply(new ObjectiveRevised(planId, command.objectiveId(), command.statement().strip(), command.outcome().strip(),
                command.metric().strip(), command.target(), command.deadline(), smart));
        return new ObjectiveAccepted(smart, state.version());
    }

    @CommandHandler
    public long handle(RecordObjectiveProgress command, PlanRules rules,
                       @MetaDataValue(value = CallerMetaData.ORG, required = true) String org) {
        ensureVisibleTo(org);
        activeObjective(command.objectiveId(), "progressed");
        Integer amount = command.amount();
        new Violations()
                .check(amount != null && amount > 0, "amount", "must be a positive number")
                .check(amount == null || amount <= rules.maxProgressAmount(), "amount",
                        "at most " + rules.maxProgressAmount() + " at a time: record progress as it happens")
                .check(fits(command.note(), rules), "note", tooLong(rules))
                .throwIfAny();
        apply(new ObjectiveProgressRecorded(planId, command.objectiveId(), amount, stripped(command.note())));
        return state.version();
    }

    @CommandHandler
    public long handle(AchieveObjective command, PlanRules rules,
                       @MetaDataValue(value = CallerMetaData.ORG, required = true) String org) {
        ensureVisibleTo(org);
        activeObjective(command.objectiveId(), "achieved");
        new Violations().check(fits(command.note(), rules), "note", tooLong(rules)).throwIfAny();
        apply(new ObjectiveAchieved(planId, command.objectiveId(), stripped(command.note())));
        return state.version();
    }

    @CommandHandler
    public long handle(AbandonObjective command, PlanRules rules,
                       @MetaDataValue(value = CallerMetaData.ORG, required = true) String org) {
        ensureVisibleTo(org);
        activeObjective(command.objectiveId(), "abandoned");
        new Violations()
                .check(!blank(command.reason()), "reason", "say why the objective is dropped")
                .check(fits(command.reason(), rules), "reason", tooLong(rules))
                .throwIfAny();
        apply(new ObjectiveAbandoned(planId, command.objectiveId(), command.reason().strip()));
        return state.version();
    }

    @CommandHandler
    public long handle(IdentifyTarget command, PlanRules rules,
                       @MetaDataValue(value = CallerMetaData.ORG, required = true) String org) {
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
                .check(!hasContact || command.contactKnown(), "contactId",
                        "no contact " + command.contactId() + " in your org's contacts")
                .check(hasContact || hasProfile, "profile", "give a contactId (a known person) or a profile")
                .check(!hasProfile || !blank(profile.function()) || !blank(profile.position())
                        || !blank(profile.industry()), "profile", "needs at least one of function, position, industry")
                .check(command.priority() != null && command.priority() >= 1 && command.priority() <= 5,
                        "priority", "must be between 1 (highest) and 5")
                .check(fits(command.rationale(), rules), "rationale", tooLong(rules))
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
        violations.check(fits(command.notes(), rules), "notes", tooLong(rules));
        FollowUpChecks followUpChecks = new FollowUpChecks(state, command.knownContactIds(), rules.maxFollowUpDays(),
                rules.maxTextLength());
        LocalDate eventDay = arrived == null ? null : LocalDate.ofInstant(arrived, ZoneOffset.UTC);
        List<FollowUp> followUps = command.followUps();
        for (int i = 0; i < followUps.size(); i++) {
            FollowUp followUp = followUps.get(i);
            String at = "followUps[" + i + "].";
            followUpChecks.check(violations, at, followUp, eventDay, "the day of the event");
            boolean unique = followUp == null || followUps.stream()
                    .filter(f -> f != null && Objects.equals(f.followUpId(), followUp.followUpId())).count() == 1;
            violations.check(unique, at + "followUpId", "is given twice");
        }
        violations.throwIfAny();
        int before = (int) Math.max(0, Duration.between(arrived, platform.programStartsAt()).toMinutes());
        int after = (int) Math.max(0, Duration.between(platform.programEndsAt(), left).toMinutes());
        apply(new EventAttended(planId, command.platformId(), arrived, left, before, after,
                hoursBetween(arrived, left), people, followUps, command.notes()));
        return state.version();
    }

    @CommandHandler
    public long handle(LogOutreach command, PlanRules rules,
                       @MetaDataValue(value = CallerMetaData.ORG, required = true) String org) {
        ensureVisibleTo(org);
        Instant happened = command.happenedAt();
        Instant periodStarts = state.periodStart().atStartOfDay(ZoneOffset.UTC).toInstant();
        new Violations()
                .check(!blank(command.outreachId()), "outreachId", "must be given")
                .check(!state.hasOutreach(command.outreachId()), "outreachId", "already exists in this plan")
                .check(state.hasTarget(command.targetId()), "targetId",
                        "no target " + command.targetId() + " in this plan: outreach is information gathering "
                                + "with a person a target names")
                .check(command.channel() != null, "channel", "must be one of PHONE, EMAIL, IN_PERSON")
                .check(happened != null, "happenedAt", "must be given")
                .check(command.now() != null, "now", "must be given")
                .check(happened == null || command.now() == null
                                || !happened.isAfter(command.now().plus(rules.futureTolerance())), "happenedAt",
                        "lies in the future: log outreach once it has happened")
                .check(happened == null || !happened.isBefore(periodStarts), "happenedAt",
                        "lies before the plan period, which starts on " + state.periodStart())
                .check(!blank(command.summary()), "summary", "say what was learned")
                .check(fits(command.summary(), rules), "summary", tooLong(rules))
                .throwIfAny();
        apply(new OutreachLogged(planId, command.outreachId(), command.targetId(), command.channel(), happened,
                command.summary().strip()));
        return state.version();
    }

    @CommandHandler
    public long handle(ScheduleFollowUp command, PlanRules rules,
                       @MetaDataValue(value = CallerMetaData.ORG, required = true) String org) {
        ensureVisibleTo(org);
        Violations violations = new Violations().check(command.today() != null, "today", "must be given");
        new FollowUpChecks(state, command.knownContactIds(), rules.maxFollowUpDays(), rules.maxTextLength())
                .check(violations, "", command.followUp(), command.today(), "today");
        violations.throwIfAny();
        apply(new FollowUpScheduled(planId, command.followUp()));
        return state.version();
    }

    @CommandHandler
    public long handle(CompleteFollowUp command, PlanRules rules,
                       @MetaDataValue(value = CallerMetaData.ORG, required = true) String org) {
        ensureVisibleTo(org);
        FollowUpEntry followUp = state.followUp(command.followUpId());
        if (followUp == null) {
            throw new NotFoundException("follow-up", command.followUpId());
        }
        new Violations()
                .check(followUp.status() == FollowUpStatus.OPEN, "followUpId",
                        "was already completed at " + followUp.completedAt())
                .check(!blank(command.outcome()), "outcome", "say how it went")
                .check(fits(command.outcome(), rules), "outcome", tooLong(rules))
                .check(command.completedAt() != null, "completedAt", "must be given")
                .throwIfAny();
        apply(new FollowUpCompleted(planId, command.followUpId(), command.completedAt(), command.outcome().strip()));
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
    void on(ObjectiveRevised event, @SequenceNumber long sequence) {
        state.objectiveRevised(event, sequence);
    }

    @EventSourcingHandler
    void on(ObjectiveProgressRecorded event, @SequenceNumber long sequence) {
        state.objectiveProgressRecorded(event, sequence);
    }

    @EventSourcingHandler
    void on(ObjectiveAchieved event, @SequenceNumber long sequence) {
        state.objectiveAchieved(event, sequence);
    }

    @EventSourcingHandler
    void on(ObjectiveAbandoned event, @SequenceNumber long sequence) {
        state.objectiveAbandoned(event, sequence);
    }

    @EventSourcingHandler
    void on(OutreachLogged event, @SequenceNumber long sequence) {
        state.outreachLogged(event, sequence);
    }

    @EventSourcingHandler
    void on(FollowUpScheduled event, @SequenceNumber long sequence) {
        state.followUpScheduled(event, sequence);
    }

    @EventSourcingHandler
    void on(FollowUpCompleted event, @SequenceNumber long sequence) {
        state.followUpCompleted(event, sequence);
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

    /** The objective named in the path: unknown is a 404, closed is a 422 (only active objectives change). */
    private ObjectiveEntry activeObjective(String objectiveId, String change) {
        ObjectiveEntry objective = state.objective(objectiveId);
        if (objective == null) {
            throw new NotFoundException("objective", objectiveId);
        }
        new Violations().check(objective.active(), "objectiveId", "the objective is " + objective.status()
                + "; only an active objective can be " + change).throwIfAny();
        return objective;
    }

    private SmartVerdicts assess(String statement, String outcome, String metric, Integer target, LocalDate deadline,
                                 LocalDate assessedOn, OrgSettings settings, PlanRules rules) {
        SmartVerdicts smart = new SmartAssessment(rules.smart()).assess(
                new ObjectiveDraft(statement, outcome, metric, target, deadline),
                new PlanFrame(state.periodStart(), state.periodEnd(), state.hoursBudget()), assessedOn,
                settings.peopleMetPerHour());
        new Violations().addAll(SmartRefusals.of(smart, metric)).throwIfAny();
        return smart;
    }

    private static List<FieldError> wordingViolations(String outcome, PlanRules rules, String statement,
                                                      String metric) {
        Violations violations = new Violations()
                .check(!blank(outcome), "outcome", "say what outcome reaching the objective brings")
                .check(fits(statement, rules), "statement", tooLong(rules))
                .check(fits(outcome, rules), "outcome", tooLong(rules))
                .check(fits(metric, rules), "metric", tooLong(rules));
        return violations.errors();
    }

    private static OrgSettings settingsOr(OrgSettings settings, PlanRules rules) {
        return settings != null ? settings
                : new OrgSettings(rules.maxActiveObjectives(), rules.smart().peopleMetPerHour());
    }

    private static boolean fits(String text, PlanRules rules) {
        return text == null || text.length() <= rules.maxTextLength();
    }

    private static String tooLong(PlanRules rules) {
        return "must be at most " + rules.maxTextLength() + " characters";
    }

    private static String stripped(String text) {
        return blank(text) ? null : text.strip();
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
