package com.netfocus.catalog.analytics;

import com.netfocus.contracts.plan.AttendanceCorrected;
import com.netfocus.contracts.plan.AttendanceIds;
import com.netfocus.contracts.plan.AttendancePlausibility;
import com.netfocus.contracts.plan.AttendanceRetracted;
import com.netfocus.contracts.plan.CarriedForward;
import com.netfocus.contracts.plan.EventAttended;
import com.netfocus.contracts.plan.FollowUpCompleted;
import com.netfocus.contracts.plan.FollowUpScheduled;
import com.netfocus.contracts.plan.ObjectiveAchieved;
import com.netfocus.contracts.plan.ObjectiveDefined;
import com.netfocus.contracts.plan.ObjectiveProgressRecorded;
import com.netfocus.contracts.plan.ObjectiveRevised;
import com.netfocus.contracts.plan.OutreachLogged;
import com.netfocus.contracts.plan.PersonMet;
import com.netfocus.contracts.plan.PlanCreated;
import com.netfocus.contracts.plan.PlanEvent;
import com.netfocus.contracts.plan.PlanEventEnvelope;
import com.netfocus.contracts.plan.PlanRevised;
import com.netfocus.contracts.plan.PlatformChosen;
import com.netfocus.contracts.plan.PlatformWithdrawn;
import com.netfocus.contracts.plan.SmartVerdict;
import com.netfocus.contracts.plan.SmartVerdicts;
import com.netfocus.contracts.plan.TargetIdentified;
import com.netfocus.contracts.plan.TargetProfile;
import com.netfocus.contracts.plan.UnreadableEventException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * How one plan event changes a plan's {@link PlanFacts}. Pure: the only outside knowledge, the forecast of a
 * platform choice, comes in as a {@link ChoiceForecasts}, which reads nothing that changes after the choice (the
 * platform's audience and the plan's targets), so a replay from zero gives the same facts. The month of a fact is
 * the event's (UTC), except an attendance's, which is its arrival's.
 */
final class PlanFactsUpdate {

    /** What the catalog says about a chosen platform: its name, kind and the expected target people. */
    record ChoiceForecast(String name, String kind, double forecastTargetPeople) {
    }

    @FunctionalInterface
    interface ChoiceForecasts {
        ChoiceForecast of(String org, PlatformChosen chosen, PlanFacts facts, Instant chosenAt);
    }

    private final ChoiceForecasts forecasts;
    private final AttendancePlausibility plausibility;

    PlanFactsUpdate(ChoiceForecasts forecasts, AttendancePlausibility plausibility) {
        this.forecasts = forecasts;
        this.plausibility = plausibility;
    }

    static String monthOf(Instant instant) {
        return YearMonth.from(instant.atZone(ZoneOffset.UTC)).toString();
    }

    PlanFacts apply(PlanFacts facts, PlanEventEnvelope envelope, PlanEvent event) {
        requireIds(envelope, event);
        Instant at = envelope.occurredAt() == null ? Instant.EPOCH : envelope.occurredAt();
        return withSequence(changed(facts, envelope, event, at), envelope.sequence());
    }

    private PlanFacts changed(PlanFacts facts, PlanEventEnvelope envelope, PlanEvent event, Instant at) {
        if (event instanceof PlanCreated created) {
            PlanFacts opened = created(facts, envelope, created, at);
            return created.carriedForward() == null ? opened : carried(opened, created.carriedForward(), at);
        }
        if (event instanceof PlanRevised revised) {
            return withFrame(facts, revised.hoursBudget(), revised.periodEnd());
        }
        if (event instanceof ObjectiveDefined defined) {
            return withObjectives(facts, add(facts.objectives(), objectiveFact(defined, at)));
        }
        if (event instanceof ObjectiveRevised revised) {
            return withObjectives(facts, replaceObjective(facts, revised.objectiveId(),
                    o -> new PlanFacts.ObjectiveFact(o.objectiveId(), o.month(), revised.target(),
                            allMet(revised.smart()), revised.deadline() == null ? o.deadline()
                            : date(revised.deadline()), o.manualProgress(), o.achievedMonth())));
        }
        if (event instanceof ObjectiveProgressRecorded progress) {
            return withObjectives(facts, replaceObjective(facts, progress.objectiveId(),
                    o -> new PlanFacts.ObjectiveFact(o.objectiveId(), o.month(), o.target(), o.smart(), o.deadline(),
                            o.manualProgress() + progress.amount(), o.achievedMonth())));
        }
        if (event instanceof ObjectiveAchieved achieved) {
            return withObjectives(facts, replaceObjective(facts, achieved.objectiveId(),
                    o -> new PlanFacts.ObjectiveFact(o.objectiveId(), o.month(), o.target(), o.smart(), o.deadline(),
                            o.manualProgress(), monthOf(at))));
        }
        if (event instanceof TargetIdentified target) {
            return withTargets(facts, target);
        }
        if (event instanceof OutreachLogged outreach) {
            return new PlanFacts(facts.planId(), facts.org(), facts.team(), facts.ownerId(), facts.appliedSequence(),
                    facts.createdMonth(), facts.hoursBudget(), facts.periodStart(), facts.periodEnd(),
                    facts.objectives(), facts.targets(),
                    add(facts.outreachTargetIds(), Objects.requireNonNullElse(outreach.targetId(), "")),
                    facts.choices(), facts.attendances(), facts.followUpScheduledMonths(), facts.followUpDoneMonths());
        }
        if (event instanceof PlatformChosen chosen) {
            return withChoice(facts, envelope, chosen, at);
        }
        if (event instanceof PlatformWithdrawn withdrawn) {
            return withChoices(facts, facts.choices().stream()
                    .filter(choice -> !choice.platformId().equals(withdrawn.platformId())).toList());
        }
        if (event instanceof EventAttended attended) {
            if (!counted(facts, attended.arrivedAt(), attended.leftAt(), envelope)) {
                return facts;
            }
            return withAttendances(facts, add(facts.attendances(), attendanceFact(facts,
                    AttendanceIds.of(attended, envelope.sequence()), attended.platformId(), attended.arrivedAt(),
                    attended.hoursInvested(), attended.contactsMet(), attended.minutesBeforeProgram(),
                    attended.minutesAfterProgram(), attended.followUps().size())));
        }
        if (event instanceof AttendanceCorrected corrected) {
            return withAttendances(facts, correctedAttendances(facts, corrected,
                    counted(facts, corrected.arrivedAt(), corrected.leftAt(), envelope)));
        }
        if (event instanceof AttendanceRetracted retracted) {
            // the follow-ups promised there stay promised: counted in the attendance's month as scheduled ones
            List<String> scheduled = new ArrayList<>(facts.followUpScheduledMonths());
            facts.attendances().stream().filter(fact -> retracted.attendanceId().equals(fact.attendanceId()))
                    .forEach(fact -> scheduled.addAll(Collections.nCopies(fact.followUps(), fact.month())));
            return withFollowUps(withAttendances(facts, facts.attendances().stream()
                    .filter(fact -> !retracted.attendanceId().equals(fact.attendanceId())).toList()), scheduled,
                    facts.followUpDoneMonths());
        }
        if (event instanceof FollowUpScheduled) {
            return withFollowUps(facts, add(facts.followUpScheduledMonths(), monthOf(at)), facts.followUpDoneMonths());
        }
        if (event instanceof FollowUpCompleted) {
            return withFollowUps(facts, facts.followUpScheduledMonths(), add(facts.followUpDoneMonths(), monthOf(at)));
        }
        // ObjectiveAbandoned, a target retired (what was done for it still counts), a follow-up moved or cancelled
        // (it was promised all the same), the closure, and types added later: no figure counts them, but the plan's
        // sequence moves on.
        return facts;
    }

    private static PlanFacts created(PlanFacts facts, PlanEventEnvelope envelope, PlanCreated created, Instant at) {
        return new PlanFacts(facts.planId(), created.org() != null ? created.org() : envelope.org(),
                created.team() != null ? created.team() : envelope.team(),
                created.ownerId() != null ? created.ownerId() : envelope.actor(), facts.appliedSequence(),
                monthOf(at), created.hoursBudget(), date(created.periodStart()), date(created.periodEnd()),
                facts.objectives(), facts.targets(), facts.outreachTargetIds(),
                facts.choices(), facts.attendances(), facts.followUpScheduledMonths(), facts.followUpDoneMonths());
    }

    /** A plan carried forward starts with the copies of the closed plan's open objectives and their targets. */
    private static PlanFacts carried(PlanFacts facts, CarriedForward carried, Instant at) {
        PlanFacts next = withObjectives(facts, carried.objectives().stream()
                .map(objective -> objectiveFact(objective, at)).toList());
        for (TargetIdentified target : carried.targets()) {
            next = withTargets(next, target);
        }
        return next;
    }

    private static PlanFacts.ObjectiveFact objectiveFact(ObjectiveDefined defined, Instant at) {
        return new PlanFacts.ObjectiveFact(defined.objectiveId(), monthOf(at), defined.target(),
                allMet(defined.smart()), date(defined.deadline()), 0, null);
    }

    private static PlanFacts withTargets(PlanFacts facts, TargetIdentified target) {
        TargetProfile profile = target.profile();
        PlanFacts.TargetFact fact = new PlanFacts.TargetFact(target.targetId(), target.objectiveId(),
                target.contactId(), profile == null ? null : profile.function(),
                profile == null ? null : profile.position(), profile == null ? null : profile.industry(),
                target.priority());
        return new PlanFacts(facts.planId(), facts.org(), facts.team(), facts.ownerId(), facts.appliedSequence(),
                facts.createdMonth(), facts.hoursBudget(), facts.periodStart(), facts.periodEnd(),
                facts.objectives(), add(facts.targets(), fact),
                facts.outreachTargetIds(), facts.choices(), facts.attendances(), facts.followUpScheduledMonths(),
                facts.followUpDoneMonths());
    }

    /** The plan's budget and end as revised (its start never changes). */
    private static PlanFacts withFrame(PlanFacts facts, double hoursBudget, LocalDate periodEnd) {
        return new PlanFacts(facts.planId(), facts.org(), facts.team(), facts.ownerId(), facts.appliedSequence(),
                facts.createdMonth(), hoursBudget, facts.periodStart(), date(periodEnd), facts.objectives(),
                facts.targets(), facts.outreachTargetIds(), facts.choices(), facts.attendances(),
                facts.followUpScheduledMonths(), facts.followUpDoneMonths());
    }

    private PlanFacts withChoice(PlanFacts facts, PlanEventEnvelope envelope, PlatformChosen chosen, Instant at) {
        ChoiceForecast forecast = forecasts.of(facts.org() != null ? facts.org() : envelope.org(), chosen, facts, at);
        PlanFacts.ChoiceFact choice = new PlanFacts.ChoiceFact(chosen.platformId(), monthOf(at), chosen.plannedHours(),
                chosen.targetIds(), forecast.forecastTargetPeople(),
                forecast.name() != null ? forecast.name() : chosen.platformName(), forecast.kind());
        return withChoices(facts, add(facts.choices(), choice));
    }

    private static PlanFacts withChoices(PlanFacts facts, List<PlanFacts.ChoiceFact> choices) {
        return new PlanFacts(facts.planId(), facts.org(), facts.team(), facts.ownerId(), facts.appliedSequence(),
                facts.createdMonth(), facts.hoursBudget(), facts.periodStart(), facts.periodEnd(),
                facts.objectives(), facts.targets(),
                facts.outreachTargetIds(), choices, facts.attendances(), facts.followUpScheduledMonths(),
                facts.followUpDoneMonths());
    }

    /**
     * Whether an attendance, as logged or as corrected, can be counted: stored before planning refused implausible
     * ones, it may lie in the future of the moment it was logged, outside its plan's period or in an absurd year; such
     * an attendance is left out of every figure (the reconciliation lists it), so that no month or hour of it is shown.
     */
    private boolean counted(PlanFacts facts, Instant arrivedAt, Instant leftAt, PlanEventEnvelope envelope) {
        return plausibility.doubt(arrivedAt, leftAt, envelope.occurredAt(),
                facts.periodStart() == null ? null : LocalDate.parse(facts.periodStart()),
                facts.periodEnd() == null ? null : LocalDate.parse(facts.periodEnd())).isEmpty();
    }

    /**
     * The attendances with one corrected: its fact replaced by the visit as corrected, or taken out when that cannot
     * be counted. An attendance left out when it was logged is counted from a correction that can be, without the
     * follow-ups promised there (they were left out with it and are changed on their own), unless the plan holds
     * facts kept before attendances had ids at its platform: one of them is that attendance, kept as logged until a
     * replay.
     */
    private static List<PlanFacts.AttendanceFact> correctedAttendances(PlanFacts facts, AttendanceCorrected corrected,
                                                                       boolean counted) {
        boolean known = facts.attendances().stream()
                .anyMatch(fact -> corrected.attendanceId().equals(fact.attendanceId()));
        if (!known) {
            boolean keptWithoutId = facts.attendances().stream().anyMatch(fact -> fact.attendanceId() == null
                    && Objects.equals(fact.platformId(), corrected.platformId()));
            return !counted || keptWithoutId || blank(corrected.platformId()) ? facts.attendances()
                    : add(facts.attendances(), correctedFact(facts, corrected, corrected.platformId(), 0));
        }
        List<PlanFacts.AttendanceFact> attendances = new ArrayList<>();
        for (PlanFacts.AttendanceFact fact : facts.attendances()) {
            if (!corrected.attendanceId().equals(fact.attendanceId())) {
                attendances.add(fact);
            } else if (counted) {
                attendances.add(correctedFact(facts, corrected, fact.platformId(), fact.followUps()));
            }
        }
        return attendances;
    }

    private static PlanFacts.AttendanceFact correctedFact(PlanFacts facts, AttendanceCorrected corrected,
                                                          String platformId, int followUps) {
        return attendanceFact(facts, corrected.attendanceId(), platformId, corrected.arrivedAt(),
                corrected.hoursInvested(), corrected.contactsMet(), corrected.minutesBeforeProgram(),
                corrected.minutesAfterProgram(), followUps);
    }

    /** An attendance's fact, from the visit as logged or as corrected. */
    private static PlanFacts.AttendanceFact attendanceFact(PlanFacts facts, String attendanceId, String platformId,
                                                           Instant arrivedAt, double hours, List<PersonMet> contactsMet,
                                                           int minutesBefore, int minutesAfter, int followUps) {
        Set<String> profileTargetsOfChoice = facts.choices().stream()
                .filter(choice -> choice.platformId().equals(platformId))
                .findFirst()
                .map(choice -> facts.targets().stream()
                        .filter(PlanFacts.TargetFact::isProfile)
                        .map(PlanFacts.TargetFact::targetId)
                        .filter(choice.targetIds()::contains)
                        .collect(Collectors.toSet()))
                .orElse(Set.of());
        List<String> metTargetIds = contactsMet.stream()
                .filter(Objects::nonNull)
                .map(PersonMet::targetId)
                .filter(id -> id != null && !id.isBlank())
                .toList();
        int actual = (int) metTargetIds.stream().filter(profileTargetsOfChoice::contains).count();
        return new PlanFacts.AttendanceFact(platformId, monthOf(arrivedAt == null ? Instant.EPOCH : arrivedAt), hours,
                contactsMet.size(), metTargetIds.size(), actual, minutesBefore, minutesAfter, metTargetIds, followUps,
                attendanceId);
    }

    private static PlanFacts withAttendances(PlanFacts facts, List<PlanFacts.AttendanceFact> attendances) {
        return new PlanFacts(facts.planId(), facts.org(), facts.team(), facts.ownerId(), facts.appliedSequence(),
                facts.createdMonth(), facts.hoursBudget(), facts.periodStart(), facts.periodEnd(),
                facts.objectives(), facts.targets(),
                facts.outreachTargetIds(), facts.choices(), attendances, facts.followUpScheduledMonths(),
                facts.followUpDoneMonths());
    }

    private static PlanFacts withObjectives(PlanFacts facts, List<PlanFacts.ObjectiveFact> objectives) {
        return new PlanFacts(facts.planId(), facts.org(), facts.team(), facts.ownerId(), facts.appliedSequence(),
                facts.createdMonth(), facts.hoursBudget(), facts.periodStart(), facts.periodEnd(),
                objectives, facts.targets(), facts.outreachTargetIds(),
                facts.choices(), facts.attendances(), facts.followUpScheduledMonths(), facts.followUpDoneMonths());
    }

    private static PlanFacts withFollowUps(PlanFacts facts, List<String> scheduled, List<String> done) {
        return new PlanFacts(facts.planId(), facts.org(), facts.team(), facts.ownerId(), facts.appliedSequence(),
                facts.createdMonth(), facts.hoursBudget(), facts.periodStart(), facts.periodEnd(),
                facts.objectives(), facts.targets(),
                facts.outreachTargetIds(), facts.choices(), facts.attendances(), scheduled, done);
    }

    private static PlanFacts withSequence(PlanFacts facts, long sequence) {
        return new PlanFacts(facts.planId(), facts.org(), facts.team(), facts.ownerId(), sequence,
                facts.createdMonth(), facts.hoursBudget(), facts.periodStart(), facts.periodEnd(),
                facts.objectives(), facts.targets(),
                facts.outreachTargetIds(), facts.choices(), facts.attendances(), facts.followUpScheduledMonths(),
                facts.followUpDoneMonths());
    }

    /** An event without the id its fact is kept by cannot be applied, now or ever: it is skipped as unreadable. */
    private static void requireIds(PlanEventEnvelope envelope, PlanEvent event) {
        String missing = null;
        if (event instanceof ObjectiveDefined e && blank(e.objectiveId())
                || event instanceof ObjectiveRevised r && blank(r.objectiveId())
                || event instanceof ObjectiveProgressRecorded p && blank(p.objectiveId())
                || event instanceof ObjectiveAchieved a && blank(a.objectiveId())) {
            missing = "objectiveId";
        } else if (event instanceof TargetIdentified t && blank(t.targetId())) {
            missing = "targetId";
        } else if (event instanceof PlatformChosen c && (blank(c.platformId()) || c.targetIds() == null)
                || event instanceof EventAttended a && blank(a.platformId())
                || event instanceof PlatformWithdrawn w && blank(w.platformId())) {
            missing = "platformId";
        } else if (event instanceof AttendanceCorrected c && blank(c.attendanceId())
                || event instanceof AttendanceRetracted r && blank(r.attendanceId())) {
            missing = "attendanceId";
        }
        if (missing != null) {
            throw new UnreadableEventException(envelope.type() + " " + envelope.eventId() + " has no " + missing, null);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** The objectives with one of them changed; an objective not known here stays unknown. */
    private static List<PlanFacts.ObjectiveFact> replaceObjective(PlanFacts facts, String objectiveId,
                                                                  UnaryOperator<PlanFacts.ObjectiveFact> change) {
        return facts.objectives().stream()
                .map(objective -> objective.objectiveId().equals(objectiveId) ? change.apply(objective) : objective)
                .toList();
    }

    /** All five criteria met: the hard ones always are once stored, so this says "and no warning". */
    private static boolean allMet(SmartVerdicts smart) {
        return smart != null && met(smart.specific()) && met(smart.measurable()) && met(smart.achievable())
                && met(smart.realistic()) && met(smart.timely());
    }

    private static boolean met(SmartVerdict verdict) {
        return verdict != null && verdict.ok();
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static <T> List<T> add(List<T> list, T item) {
        List<T> longer = new ArrayList<>(list);
        longer.add(item);
        return longer;
    }
}
