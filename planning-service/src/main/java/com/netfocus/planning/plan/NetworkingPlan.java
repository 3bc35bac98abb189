package com.netfocus.planning.plan;

import com.netfocus.planning.checks.PlanClosedException;
import com.netfocus.contracts.caller.Caller;
import com.netfocus.contracts.caller.Roles;
import com.netfocus.contracts.plan.AttendanceCorrected;
import com.netfocus.contracts.plan.AttendanceRetracted;
import com.netfocus.contracts.plan.EventAttended;
import com.netfocus.contracts.plan.FollowUpCancelled;
import com.netfocus.contracts.plan.FollowUpCompleted;
import com.netfocus.contracts.plan.FollowUpRevised;
import com.netfocus.contracts.plan.FollowUpScheduled;
import com.netfocus.contracts.plan.ObjectiveAbandoned;
import com.netfocus.contracts.plan.ObjectiveAchieved;
import com.netfocus.contracts.plan.ObjectiveDefined;
import com.netfocus.contracts.plan.ObjectiveProgressRecorded;
import com.netfocus.contracts.plan.ObjectiveRevised;
import com.netfocus.contracts.plan.OutreachLogged;
import com.netfocus.contracts.plan.PersonalDataErased;
import com.netfocus.contracts.plan.PlanClosed;
import com.netfocus.contracts.plan.PlanCreated;
import com.netfocus.contracts.plan.PlanEvent;
import com.netfocus.contracts.plan.PlanRevised;
import com.netfocus.contracts.plan.PlatformChosen;
import com.netfocus.contracts.plan.PlatformWithdrawn;
import com.netfocus.contracts.plan.SmartVerdicts;
import com.netfocus.contracts.plan.TargetIdentified;
import com.netfocus.contracts.plan.TargetRetired;
import com.netfocus.planning.attendance.AttendanceRules;
import com.netfocus.planning.attendance.CorrectAttendance;
import com.netfocus.planning.attendance.RecordAttendance;
import com.netfocus.planning.attendance.RetractAttendance;
import com.netfocus.planning.erasure.ErasePersonalData;
import com.netfocus.planning.erasure.PersonalFieldSealing;
import com.netfocus.planning.followup.CancelFollowUp;
import com.netfocus.planning.followup.CompleteFollowUp;
import com.netfocus.planning.followup.CompleteReachedFollowUp;
import com.netfocus.planning.followup.FollowUpRules;
import com.netfocus.planning.followup.ReachedFollowUpCompleted;
import com.netfocus.planning.followup.ReviseFollowUp;
import com.netfocus.planning.followup.ScheduleFollowUp;
import com.netfocus.planning.limits.OrgSettings;
import com.netfocus.planning.limits.PlanRules;
import com.netfocus.planning.objective.AbandonObjective;
import com.netfocus.planning.objective.AchieveObjective;
import com.netfocus.planning.objective.DefineObjective;
import com.netfocus.planning.objective.ObjectiveAccepted;
import com.netfocus.planning.objective.ObjectiveClosed;
import com.netfocus.planning.objective.ObjectiveRules;
import com.netfocus.planning.objective.ObjectiveWarning;
import com.netfocus.planning.objective.RecordObjectiveProgress;
import com.netfocus.planning.objective.ReviseObjective;
import com.netfocus.planning.outreach.LogOutreach;
import com.netfocus.planning.outreach.OutreachRules;
import com.netfocus.planning.platform.ChoosePlatform;
import com.netfocus.planning.platform.PlatformAccepted;
import com.netfocus.planning.platform.PlatformChoiceRules;
import com.netfocus.planning.platform.TeamOverlap;
import com.netfocus.planning.platform.TeamOverlapRule;
import com.netfocus.planning.platform.WithdrawPlatform;
import com.netfocus.planning.sending.CallerMetaData;
import com.netfocus.planning.state.FollowUpEntry;
import com.netfocus.planning.state.Hours;
import com.netfocus.planning.state.PlanState;
import com.netfocus.planning.target.IdentifyTarget;
import com.netfocus.planning.target.RetireTarget;
import com.netfocus.planning.target.TargetRetirement;
import com.netfocus.planning.target.TargetRules;
import com.netfocus.planning.view.PlanView;
import com.netfocus.planning.view.PlanViewRenderer;
import com.netfocus.support.access.AccessDecision;
import com.netfocus.support.access.ForbiddenException;
import com.netfocus.support.access.Ownership;
import com.netfocus.support.access.ReadAccess;
import com.netfocus.support.problem.NotFoundException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import static com.netfocus.planning.checks.Violations.blank;
import static com.netfocus.planning.checks.Violations.rejectIfAny;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A networking plan: the chain why (objectives) -> who (targets) -> where (platforms) -> attendance, with an hours
 * budget. Each command is checked against the state rebuilt from the plan's events by its feature's rules
 * (ObjectiveRules, TargetRules, ...); a command that breaks one is refused with every reason and changes nothing.
 * What stays here: who may open and who may change a plan (reads are allowed by the shared ReadAccess, in every
 * service alike), that a closed plan takes no more changes, and which event a valid command records.
 */
@Aggregate(snapshotTriggerDefinition = "planSnapshotTrigger", snapshotFilter = "planSnapshotFilter", cache = "planCache")
public class NetworkingPlan {

    /** Opening a plan needs one of the org's roles; the caller becomes its owner. */
    private static final Set<String> ORG_ROLES = Set.of(Roles.REP, Roles.MANAGER, Roles.ADMIN);

    @AggregateIdentifier
    private String planId;
    private PlanState state;

    protected NetworkingPlan() {
        // for Axon: rebuilt from events or a snapshot
    }

    @CommandHandler
    public NetworkingPlan(CreatePlan command, PlanRules rules, MetaData metaData) {
        ensureMayCreate(CallerMetaData.callerOf(metaData));
        rejectIfAny(new PlanCreationRules(rules).toCreate(command));
        apply(new PlanCreated(command.planId(), command.title().strip(), command.periodStart(), command.periodEnd(),
                command.hoursBudget(), command.ownerId(), command.org(), command.team(), command.carriedForward()));
    }

    /** The revised frame: every field as it is after the revision, changed or not. */
    @CommandHandler
    public long handle(RevisePlan command, PlanRules rules) {
        rejectIfAny(new PlanRevisionRules(rules).toRevise(state, command));
        apply(new PlanRevised(planId, command.title() == null ? state.title() : command.title().strip(),
                command.periodEnd() == null ? state.periodEnd() : command.periodEnd(),
                command.hoursBudget() == null ? state.hoursBudget() : command.hoursBudget(),
                stripped(command.reason())));
        return state.version();
    }

    /**
     * Closes the plan once. Closing a closed plan again naming the same next plan is the completion of a closure
     * already done (an interrupted carry-forward completed twice): nothing more is recorded.
     */
    @CommandHandler
    public long handle(ClosePlan command, PlanRules rules) {
        if (state.isClosed()) {
            if (Objects.equals(state.nextPlanId(), command.nextPlanId())) {
                return state.version();
            }
            throw new PlanClosedException(planId, state.nextPlanId());
        }
        rejectIfAny(new PlanClosureRules(rules).toClose(state, command));
        apply(new PlanClosed(planId, command.nextPlanId(), stripped(command.reason())));
        return state.version();
    }

    @CommandHandler
    public ObjectiveAccepted handle(DefineObjective command, PlanRules rules) {
        ObjectiveRules objectives = new ObjectiveRules(rules);
        OrgSettings settings = rules.orgSettingsOr(command.settings());
        rejectIfAny(objectives.toDefine(state, command, settings));
        SmartVerdicts smart = objectives.assess(state, command.draft(), command.assessedOn(), settings);
        apply(new ObjectiveDefined(planId, command.objectiveId(), command.statement().strip(),
                command.outcome().strip(), command.metric().strip(), command.target(), command.deadline(), smart));
        return new ObjectiveAccepted(smart, state.version());
    }

    @CommandHandler
    public ObjectiveAccepted handle(ReviseObjective command, PlanRules rules) {
        ObjectiveRules objectives = new ObjectiveRules(rules);
        ObjectiveRules.ensureActive(state, command.objectiveId(), "revised");
        rejectIfAny(objectives.toRevise(command));
        SmartVerdicts smart = objectives.assess(state, command.draft(), command.assessedOn(),
                rules.orgSettingsOr(command.settings()));
        apply(new ObjectiveRevised(planId, command.objectiveId(), command.statement().strip(),
                command.outcome().strip(), command.metric().strip(), command.target(), command.deadline(), smart));
        return new ObjectiveAccepted(smart, state.version());
    }

    @CommandHandler
    public long handle(RecordObjectiveProgress command, PlanRules rules) {
        ObjectiveRules.ensureActive(state, command.objectiveId(), "progressed");
        rejectIfAny(new ObjectiveRules(rules).toRecordProgress(command));
        apply(new ObjectiveProgressRecorded(planId, command.objectiveId(), command.amount(), stripped(command.note())));
        return state.version();
    }

    @CommandHandler
    public ObjectiveClosed handle(AchieveObjective command, PlanRules rules) {
        ObjectiveRules objectives = new ObjectiveRules(rules);
        ObjectiveRules.ensureActive(state, command.objectiveId(), "achieved");
        rejectIfAny(objectives.toAchieve(command));
        List<ObjectiveWarning> warnings = objectives.warningsToAchieve(state, command.objectiveId());
        apply(new ObjectiveAchieved(planId, command.objectiveId(), stripped(command.note())));
        return new ObjectiveClosed(state.version(), warnings);
    }

    @CommandHandler
    public long handle(AbandonObjective command, PlanRules rules) {
        ObjectiveRules.ensureActive(state, command.objectiveId(), "abandoned");
        rejectIfAny(new ObjectiveRules(rules).toAbandon(command));
        apply(new ObjectiveAbandoned(planId, command.objectiveId(), command.reason().strip()));
        return state.version();
    }

    @CommandHandler
    public long handle(IdentifyTarget command, PlanRules rules) {
        rejectIfAny(new TargetRules(rules).toIdentify(state, command));
        apply(new TargetIdentified(planId, command.targetId(), command.objectiveId(),
                command.namesContact() ? command.contactId() : null, command.profile(), command.priority(),
                command.rationale()));
        return state.version();
    }

    @CommandHandler
    public TargetRetirement handle(RetireTarget command, PlanRules rules) {
        rejectIfAny(new TargetRules(rules).toRetire(state, command));
        List<String> servingOnlyIt = TargetRules.choicesServingOnly(state, command.targetId());
        apply(new TargetRetired(planId, command.targetId(), stripped(command.reason())));
        return new TargetRetirement(servingOnlyIt, state.version());
    }

    @CommandHandler
    public PlatformAccepted handle(ChoosePlatform command, PlanRules rules) {
        rejectIfAny(new PlatformChoiceRules(rules).toChoose(state, command));
        double plannedHours = PlatformChoiceRules.plannedHours(command);
        List<TeamOverlap> warnings = TeamOverlapRule.overlap(state, command).stream().toList();
        apply(new PlatformChosen(planId, command.platformId(), command.platformName(), command.targetIds(),
                command.programStartsAt(), command.programEndsAt(), command.arriveEarlyMinutes(),
                command.stayLateMinutes(), plannedHours));
        return new PlatformAccepted(plannedHours, state.version(), warnings);
    }

    @CommandHandler
    public long handle(WithdrawPlatform command, PlanRules rules) {
        rejectIfAny(new PlatformChoiceRules(rules).toWithdraw(state, command));
        apply(new PlatformWithdrawn(planId, command.platformId(), stripped(command.reason())));
        return state.version();
    }

    @CommandHandler
    public long handle(RecordAttendance command, PlanRules rules, PersonalFieldSealing sealing) {
        AttendanceRules.ensureFirstAt(state, command);
        rejectIfAny(new AttendanceRules(rules).toRecord(state, command));
        PlatformChosen platform = state.platform(command.platformId());
        // the rules read the plain fields; the event (store, snapshots, Kafka) holds them sealed
        apply(new EventAttended(planId, command.attendanceId(), command.platformId(), command.arrivedAt(),
                command.leftAt(), Hours.minutesFromTo(command.arrivedAt(), platform.programStartsAt()),
                Hours.minutesFromTo(platform.programEndsAt(), command.leftAt()),
                Hours.between(command.arrivedAt(), command.leftAt()), sealing.people(command.contactsMet()),
                sealing.followUps(command.followUps()), command.notes()));
        return state.version();
    }

    /** The corrected visit, measured against the programme of the platform it was logged at. */
    @CommandHandler
    public long handle(CorrectAttendance command, PlanRules rules, PersonalFieldSealing sealing) {
        rejectIfAny(new AttendanceRules(rules).toCorrect(state, command));
        EventAttended logged = state.attendance(command.attendanceId()).orElseThrow();
        PlatformChosen platform = state.platform(logged.platformId());
        apply(new AttendanceCorrected(planId, command.attendanceId(), logged.platformId(), command.arrivedAt(),
                command.leftAt(), Hours.minutesFromTo(command.arrivedAt(), platform.programStartsAt()),
                Hours.minutesFromTo(platform.programEndsAt(), command.leftAt()),
                Hours.between(command.arrivedAt(), command.leftAt()), sealing.people(command.contactsMet()),
                command.notes(), stripped(command.reason())));
        return state.version();
    }

    @CommandHandler
    public long handle(RetractAttendance command, PlanRules rules) {
        rejectIfAny(new AttendanceRules(rules).toRetract(state, command));
        apply(new AttendanceRetracted(planId, command.attendanceId(), stripped(command.reason()),
                state.attendance(command.attendanceId()).orElseThrow().platformId()));
        return state.version();
    }

    @CommandHandler
    public long handle(LogOutreach command, PlanRules rules) {
        rejectIfAny(new OutreachRules(rules).toLog(state, command));
        apply(new OutreachLogged(planId, command.outreachId(), command.targetId(), command.channel(),
                command.happenedAt(), command.summary().strip()));
        return state.version();
    }

    @CommandHandler
    public long handle(ScheduleFollowUp command, PlanRules rules, PersonalFieldSealing sealing) {
        rejectIfAny(new FollowUpRules(rules).toSchedule(state, command));
        apply(new FollowUpScheduled(planId, sealing.followUps(List.of(command.followUp())).get(0)));
        return state.version();
    }

    @CommandHandler
    public long handle(CompleteFollowUp command, PlanRules rules) {
        rejectIfAny(new FollowUpRules(rules).toComplete(state, command));
        apply(new FollowUpCompleted(planId, command.followUpId(), command.completedAt(), command.outcome().strip()));
        return state.version();
    }

    /** The dates and wording after the revision, changed or not. */
    @CommandHandler
    public long handle(ReviseFollowUp command, PlanRules rules) {
        rejectIfAny(new FollowUpRules(rules).toRevise(state, command));
        FollowUpEntry followUp = state.followUp(command.followUpId());
        apply(new FollowUpRevised(planId, command.followUpId(),
                command.dueOn() == null ? followUp.dueOn() : command.dueOn(),
                command.action() == null ? followUp.action() : command.action().strip(),
                stripped(command.reason())));
        return state.version();
    }

    @CommandHandler
    public long handle(CancelFollowUp command, PlanRules rules) {
        rejectIfAny(new FollowUpRules(rules).toCancel(state, command));
        apply(new FollowUpCancelled(planId, command.followUpId(), stripped(command.reason())));
        return state.version();
    }

    /**
     * Completes one follow-up the outreach reached, at the moment of the outreach, and answers which; none left:
     * nothing recorded, null. Idempotent, so that completing the same outreach's follow-ups again adds nothing.
     */
    @CommandHandler
    public ReachedFollowUpCompleted handle(CompleteReachedFollowUp command) {
        OutreachLogged outreach = state.outreach().stream()
                .filter(logged -> logged.outreachId().equals(command.outreachId())).findFirst().orElse(null);
        FollowUpEntry reached = state.followUps().stream()
                .filter(followUp -> followUp.awaitsCompletionBy(command.outreachId())).findFirst().orElse(null);
        if (outreach == null || reached == null) {
            return null;
        }
        apply(new FollowUpCompleted(planId, reached.followUpId(), outreach.happenedAt(),
                "in touch by " + outreach.channel().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " on "
                        + LocalDate.ofInstant(outreach.happenedAt(), ZoneOffset.UTC), command.outreachId()));
        return new ReachedFollowUpCompleted(reached.followUpId(), state.version());
    }

    /**
     * Records an erasure once per contact, and only in a plan that referenced one of the person's keys: a redelivered
     * ContactErased, or a stray entry of the person-to-plans lookup, adds nothing.
     */
    @CommandHandler
    public long handle(ErasePersonalData command) {
        if (!state.hasErased(command.contactId()) && state.references(command.keyIds())) {
            apply(new PersonalDataErased(planId, command.contactId(), command.erasedAt()));
        }
        return state.version();
    }

    /**
     * Every event of the plan, whether loaded or just applied, goes to the state in one way; the first one
     * (PlanCreated) names the plan.
     */
    @EventSourcingHandler
    void on(PlanEvent event, @SequenceNumber long sequence) {
        if (event instanceof PlanCreated) {
            planId = event.planId();
            state = new PlanState();
        }
        state.apply(event, sequence);
    }

    public PlanView view() {
        return PlanViewRenderer.render(state);
    }

    public Ownership ownership() {
        return state.ownership();
    }

    public long version() {
        return state.version();
    }

    /**
     * Runs before every command on an existing plan, so that no handler can forget it: only the plan's owner changes
     * it, whatever their roles; managers and admins oversee, they do not plan for a rep. A caller who may not even
     * know the plan (another org) does not find it, the same answer as for reads; anyone else of the org is
     * forbidden. A closed plan refuses every change (409). A refused command applies nothing.
     */
    @CommandHandlerInterceptor
    Object authorize(CommandMessage<?> command, InterceptorChain chain) throws Exception {
        if (command.getPayload() instanceof ErasePersonalData erasure) {
            // planning's own consequence of a contact's erasure, not a user's change: only the org must match; it
            // reaches closed plans too
            if (!erasure.org().equals(state.ownership().org())) {
                throw new NotFoundException("plan", planId);
            }
            return chain.proceed();
        }
        ensureChangeableBy(CallerMetaData.callerOf(command.getMetaData()));
        // closing again is judged by its handler: the completion of a closure already done changes nothing
        if (state.isClosed() && !(command.getPayload() instanceof ClosePlan)) {
            throw new PlanClosedException(planId, state.nextPlanId());
        }
        return chain.proceed();
    }

    private void ensureChangeableBy(Caller caller) {
        Ownership owned = state.ownership();
        if (ReadAccess.decide(owned, caller) == AccessDecision.NOT_FOUND) {
            throw new NotFoundException("plan", planId);
        }
        if (owned.ownerId() == null || !owned.ownerId().equals(caller.userId())) {
            throw new ForbiddenException("only the owner of plan " + planId + " may change it");
        }
    }

    private static void ensureMayCreate(Caller caller) {
        if (caller.roles().stream().noneMatch(ORG_ROLES::contains)) {
            throw new ForbiddenException("opening a plan needs one of the roles " + String.join(", ",
                    Roles.REP, Roles.MANAGER, Roles.ADMIN));
        }
    }

    private static String stripped(String text) {
        return blank(text) ? null : text.strip();
    }
}
