package com.netfocus.planning.state;

import com.netfocus.contracts.plan.AttendanceCorrected;
import com.netfocus.contracts.plan.AttendanceIds;
import com.netfocus.contracts.plan.AttendanceRetracted;
import com.netfocus.contracts.plan.CarriedForward;
import com.netfocus.contracts.plan.EventAttended;
import com.netfocus.contracts.plan.FollowUp;
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
import com.netfocus.contracts.plan.TargetIdentified;
import com.netfocus.contracts.plan.TargetRetired;
import com.netfocus.support.access.Ownership;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything a plan knows, built only by applying its events in order: what the aggregate and its features' rules
 * decide with, and what a snapshot stores (its fields are the snapshot's shape). The API's view of a plan is rendered
 * from it elsewhere (PlanViewRenderer), so a plan looks the same however it was loaded (now, from a snapshot, or as
 * of a moment).
 */
public class PlanState {

    private String planId;
    private String title;
    private LocalDate periodStart;
    private LocalDate periodEnd;
    private double hoursBudget;
    private String ownerId;
    private String org;
    private String team;
    private long version = -1;
    private Map<String, ObjectiveEntry> objectives = new LinkedHashMap<>();
    private Map<String, TargetIdentified> targets = new LinkedHashMap<>();
    private Map<String, OutreachLogged> outreach = new LinkedHashMap<>();
    private Map<String, PlatformChosen> platforms = new LinkedHashMap<>();
    private List<EventAttended> attendance = new ArrayList<>();
    private Map<String, FollowUpEntry> followUps = new LinkedHashMap<>();
    /** Contacts whose personal data was erased from this plan (their keys are destroyed). */
    private Set<String> erasedContacts = new LinkedHashSet<>();
    /** Targets retired: kept (what was done for them stays), but no new work is planned for them. */
    private Set<String> retiredTargets = new LinkedHashSet<>();
    /** Attendances retracted: no longer in the plan, but known, so that retracting one again is told apart. */
    private Set<String> retractedAttendances = new LinkedHashSet<>();
    /** Closed plans take no more changes. */
    private boolean closed;
    /** The plan this one was carried forward from, and the one it was carried forward to; null when none. */
    private String previousPlanId;
    private String nextPlanId;

    /**
     * Applies one of the plan's events, the next in sequence: the one way the state changes, for the aggregate (from
     * the store, a snapshot's newer events, or a command just accepted) and for the plan as of a moment alike.
     */
    public void apply(PlanEvent event, long sequence) {
        if (event instanceof PlanCreated e) {
            created(e);
        } else if (event instanceof ObjectiveDefined e) {
            objectiveDefined(e);
        } else if (event instanceof ObjectiveRevised e) {
            objectiveRevised(e);
        } else if (event instanceof ObjectiveProgressRecorded e) {
            objectiveProgressRecorded(e);
        } else if (event instanceof ObjectiveAchieved e) {
            objectiveAchieved(e);
        } else if (event instanceof ObjectiveAbandoned e) {
            objectiveAbandoned(e);
        } else if (event instanceof TargetIdentified e) {
            targetIdentified(e);
        } else if (event instanceof OutreachLogged e) {
            outreachLogged(e);
        } else if (event instanceof PlatformChosen e) {
            platformChosen(e);
        } else if (event instanceof EventAttended e) {
            attended(e, sequence);
        } else if (event instanceof FollowUpScheduled e) {
            followUpScheduled(e);
        } else if (event instanceof FollowUpCompleted e) {
            followUpCompleted(e);
        } else if (event instanceof PersonalDataErased e) {
            personalDataErased(e);
        } else {
            applyChange(event, sequence);
        }
        version = sequence;
    }

    /** The changes, corrections and closing of what a plan holds. */
    private void applyChange(PlanEvent event, long sequence) {
        if (event instanceof PlanRevised e) {
            revised(e);
        } else if (event instanceof PlanClosed e) {
            closed = true;
            nextPlanId = e.nextPlanId();
        } else if (event instanceof PlatformWithdrawn e) {
            platforms.remove(e.platformId());
        } else if (event instanceof TargetRetired e) {
            retiredTargets.add(e.targetId());
        } else if (event instanceof AttendanceCorrected e) {
            attendanceCorrected(e);
        } else if (event instanceof AttendanceRetracted e) {
            attendance.removeIf(attended -> e.attendanceId().equals(attended.attendanceId()));
            retractedAttendances.add(e.attendanceId());
        } else if (event instanceof FollowUpRevised e) {
            followUps.computeIfPresent(e.followUpId(), (id, followUp) -> followUp.revised(e.dueOn(), e.action()));
        } else if (event instanceof FollowUpCancelled e) {
            followUps.computeIfPresent(e.followUpId(), (id, followUp) -> followUp.cancelled());
        }
    }

    private void created(PlanCreated event) {
        planId = event.planId();
        title = event.title();
        periodStart = event.periodStart();
        periodEnd = event.periodEnd();
        hoursBudget = event.hoursBudget();
        ownerId = event.ownerId();
        org = event.org();
        team = event.team();
        CarriedForward carried = event.carriedForward();
        if (carried != null) {
            previousPlanId = carried.fromPlanId();
            carried.objectives().forEach(this::objectiveDefined);
            carried.targets().forEach(this::targetIdentified);
        }
    }

    private void revised(PlanRevised event) {
        title = event.title();
        periodEnd = event.periodEnd();
        hoursBudget = event.hoursBudget();
    }

    private void objectiveDefined(ObjectiveDefined event) {
        objectives.put(event.objectiveId(), ObjectiveEntry.active(event.objectiveId(), event.statement(),
                event.outcome(), event.metric(), event.target(), event.deadline(), event.smart()));
    }

    private void objectiveRevised(ObjectiveRevised event) {
        objectives.computeIfPresent(event.objectiveId(), (id, objective) -> objective.revised(event.statement(),
                event.outcome(), event.metric(), event.target(), event.deadline(), event.smart()));
    }

    private void objectiveProgressRecorded(ObjectiveProgressRecorded event) {
        objectives.computeIfPresent(event.objectiveId(), (id, objective) -> objective.progressed(event.amount()));
    }

    private void objectiveAchieved(ObjectiveAchieved event) {
        objectives.computeIfPresent(event.objectiveId(),
                (id, objective) -> objective.closed(ObjectiveStatus.ACHIEVED, event.note()));
    }

    private void objectiveAbandoned(ObjectiveAbandoned event) {
        objectives.computeIfPresent(event.objectiveId(),
                (id, objective) -> objective.closed(ObjectiveStatus.ABANDONED, event.reason()));
    }

    private void targetIdentified(TargetIdentified event) {
        targets.put(event.targetId(), event);
    }

    /**
     * Outreach with a known person reaches every follow-up still open for that person: the rep is in touch, so each
     * is marked for completion by this outreach (the completion is its own event, see {@link FollowUpEntry}).
     */
    private void outreachLogged(OutreachLogged event) {
        outreach.put(event.outreachId(), event);
        TargetIdentified target = targets.get(event.targetId());
        String contactId = target == null ? null : target.contactId();
        if (contactId == null || contactId.isBlank()) {
            return;
        }
        followUps.replaceAll((id, followUp) -> followUp.open() && followUp.outreachId() == null
                && contactId.equals(followUp.contactId()) ? followUp.reachedBy(event.outreachId()) : followUp);
    }

    private void platformChosen(PlatformChosen event) {
        platforms.put(event.platformId(), event);
    }

    /** Kept with its id: its own, or for an attendance logged before ids, the one its place in the stream gives. */
    private void attended(EventAttended event, long sequence) {
        attendance.add(new EventAttended(event.planId(), AttendanceIds.of(event, sequence), event.platformId(),
                event.arrivedAt(), event.leftAt(), event.minutesBeforeProgram(), event.minutesAfterProgram(),
                event.hoursInvested(), event.contactsMet(), event.followUps(), event.notes()));
        event.followUps().forEach(this::scheduled);
    }

    /** The corrected values replace the logged ones; the follow-ups promised there stay as they are. */
    private void attendanceCorrected(AttendanceCorrected event) {
        attendance.replaceAll(attended -> !event.attendanceId().equals(attended.attendanceId()) ? attended
                : new EventAttended(attended.planId(), attended.attendanceId(), attended.platformId(),
                event.arrivedAt(), event.leftAt(), event.minutesBeforeProgram(), event.minutesAfterProgram(),
                event.hoursInvested(), event.contactsMet(), attended.followUps(), event.notes()));
    }

    private void followUpScheduled(FollowUpScheduled event) {
        scheduled(event.followUp());
    }

    private void followUpCompleted(FollowUpCompleted event) {
        followUps.computeIfPresent(event.followUpId(),
                (id, followUp) -> followUp.done(event.completedAt(), event.outcome(), event.outreachId()));
    }

    private void personalDataErased(PersonalDataErased event) {
        erasedContacts.add(event.contactId());
    }

    public boolean hasErased(String contactId) {
        return erasedContacts.contains(contactId);
    }

    /** Whether any person named in this plan (met, promised a follow-up, or targeted) has one of these keys. */
    public boolean references(Collection<String> keyIds) {
        Set<String> referenced = new HashSet<>();
        attendance.forEach(attended -> attended.contactsMet().forEach(person -> referenced.add(person.keyId())));
        followUps.values().forEach(followUp -> referenced.add(followUp.keyId()));
        targets.values().forEach(target -> referenced.add(target.contactId()));
        return keyIds.stream().anyMatch(referenced::contains);
    }

    private void scheduled(FollowUp followUp) {
        followUps.put(followUp.followUpId(), FollowUpEntry.open(followUp));
    }

    public double plannedHours() {
        return platforms.values().stream().mapToDouble(PlatformChosen::plannedHours).sum();
    }

    public boolean exists() {
        return planId != null;
    }

    public String planId() {
        return planId;
    }

    public String org() {
        return org;
    }

    public String title() {
        return title;
    }

    /** Whose the plan is, as its PlanCreated recorded it: what every read and change of it is allowed by. */
    public Ownership ownership() {
        return new Ownership(org, team, ownerId);
    }

    public LocalDate periodStart() {
        return periodStart;
    }

    public LocalDate periodEnd() {
        return periodEnd;
    }

    /** The first moment of the period: its first day's start in UTC, as every moment of the plan is checked. */
    public Instant periodStartsAt() {
        return periodStart.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** The moment the period is over: the start of the day after its last, in UTC. */
    public Instant periodEndsAt() {
        return periodEnd.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    public double hoursBudget() {
        return hoursBudget;
    }

    public long version() {
        return version;
    }

    public int activeObjectiveCount() {
        return (int) objectives.values().stream().filter(ObjectiveEntry::active).count();
    }

    public boolean hasObjective(String objectiveId) {
        return objectiveId != null && objectives.containsKey(objectiveId);
    }

    /** The objective, or null when the plan has none by that id. */
    public ObjectiveEntry objective(String objectiveId) {
        return objectiveId == null ? null : objectives.get(objectiveId);
    }

    public boolean hasTarget(String targetId) {
        return targetId != null && targets.containsKey(targetId);
    }

    /** The target, or null when the plan has none by that id. */
    public TargetIdentified target(String targetId) {
        return targetId == null ? null : targets.get(targetId);
    }

    public boolean isRetired(String targetId) {
        return retiredTargets.contains(targetId);
    }

    public boolean isClosed() {
        return closed;
    }

    public String previousPlanId() {
        return previousPlanId;
    }

    public String nextPlanId() {
        return nextPlanId;
    }

    /** The attendance by its id (see {@link AttendanceIds}), if the plan holds it. */
    public Optional<EventAttended> attendance(String attendanceId) {
        return attendance.stream().filter(attended -> Objects.equals(attended.attendanceId(), attendanceId))
                .findFirst();
    }

    public boolean isRetracted(String attendanceId) {
        return retractedAttendances.contains(attendanceId);
    }

    /** The first attendance logged at the platform (and not retracted), or null when none was. */
    public EventAttended attendanceAt(String platformId) {
        return platformId == null ? null : attendance.stream()
                .filter(attended -> platformId.equals(attended.platformId())).findFirst().orElse(null);
    }

    /** Whether an attendance is logged at the platform. */
    public boolean hasAttended(String platformId) {
        return attendanceAt(platformId) != null;
    }

    /** The last day on which an attendance was logged (arrival or departure, UTC), if any. */
    public Optional<LocalDate> lastAttendanceDay() {
        return attendance.stream()
                .map(attended -> attended.leftAt() != null ? attended.leftAt() : attended.arrivedAt())
                .filter(Objects::nonNull)
                .max(java.util.Comparator.naturalOrder())
                .map(moment -> LocalDate.ofInstant(moment, ZoneOffset.UTC));
    }

    public boolean hasOutreach(String outreachId) {
        return outreachId != null && outreach.containsKey(outreachId);
    }

    public PlatformChosen platform(String platformId) {
        return platformId == null ? null : platforms.get(platformId);
    }

    /** The follow-up, or null when the plan has none by that id. */
    public FollowUpEntry followUp(String followUpId) {
        return followUpId == null ? null : followUps.get(followUpId);
    }

    // What the plan holds, in the order it was recorded; copies, so that a reader cannot change the state.

    public List<ObjectiveEntry> objectives() {
        return List.copyOf(objectives.values());
    }

    /** Every target, retired ones included (what was done for them still counts). */
    public List<TargetIdentified> targets() {
        return List.copyOf(targets.values());
    }

    /** The targets still worked on. */
    public List<TargetIdentified> activeTargets() {
        return targets.values().stream().filter(target -> !retiredTargets.contains(target.targetId())).toList();
    }

    public List<TargetIdentified> retiredTargets() {
        return targets.values().stream().filter(target -> retiredTargets.contains(target.targetId())).toList();
    }

    public List<OutreachLogged> outreach() {
        return List.copyOf(outreach.values());
    }

    public List<PlatformChosen> platforms() {
        return List.copyOf(platforms.values());
    }

    public List<EventAttended> attendance() {
        return List.copyOf(attendance);
    }

    public List<FollowUpEntry> followUps() {
        return List.copyOf(followUps.values());
    }
}
