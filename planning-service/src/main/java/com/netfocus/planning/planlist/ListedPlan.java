package com.netfocus.planning.planlist;

import com.netfocus.contracts.plan.AttendanceCorrected;
import com.netfocus.contracts.plan.AttendanceIds;
import com.netfocus.contracts.plan.AttendanceRetracted;
import com.netfocus.contracts.plan.EventAttended;
import com.netfocus.contracts.plan.ObjectiveAbandoned;
import com.netfocus.contracts.plan.ObjectiveAchieved;
import com.netfocus.contracts.plan.ObjectiveDefined;
import com.netfocus.contracts.plan.PlanClosed;
import com.netfocus.contracts.plan.PlanCreated;
import com.netfocus.contracts.plan.PlanEvent;
import com.netfocus.contracts.plan.PlanRevised;
import com.netfocus.contracts.plan.PlatformChosen;
import com.netfocus.contracts.plan.PlatformWithdrawn;
import com.netfocus.support.planevents.PlanSequenceGuard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One plan as the list keeps it, built from the plan's events alone: its frame, the hours each choice plans and each
 * attendance spent (so that a withdrawal, a correction or a retraction replaces or removes exactly its own), each
 * objective's status, whether it is closed, the last sequence applied, and the sequence its list entry is as of
 * ({@code entryVersion}: of the last event that changed its title, period or status, whenever it was applied).
 * Immutable and pure: {@link #applied} returns the plan with one more event, or itself for an event already applied (a
 * redelivery) or one that cannot be applied yet (a plan's later event before its first).
 */
public record ListedPlan(
        String planId,
        String org,
        String team,
        String ownerId,
        String title,
        LocalDate periodStart,
        LocalDate periodEnd,
        double hoursBudget,
        Map<String, Double> plannedHours,
        Map<String, Double> spentHours,
        Map<String, String> objectiveStatuses,
        boolean closed,
        long version,
        Instant updatedAt,
        long entryVersion) {

    static final String ACTIVE = "ACTIVE";
    static final String ACHIEVED = "ACHIEVED";
    static final String ABANDONED = "ABANDONED";

    /** A plan whose entry is as of its last event. */
    public ListedPlan(String planId, String org, String team, String ownerId, String title, LocalDate periodStart,
                      LocalDate periodEnd, double hoursBudget, Map<String, Double> plannedHours,
                      Map<String, Double> spentHours, Map<String, String> objectiveStatuses, boolean closed,
                      long version, Instant updatedAt) {
        this(planId, org, team, ownerId, title, periodStart, periodEnd, hoursBudget, plannedHours, spentHours,
                objectiveStatuses, closed, version, updatedAt, version);
    }

    public ListedPlan {
        plannedHours = Collections.unmodifiableMap(new LinkedHashMap<>(plannedHours));
        spentHours = Collections.unmodifiableMap(new LinkedHashMap<>(spentHours));
        objectiveStatuses = Collections.unmodifiableMap(new LinkedHashMap<>(objectiveStatuses));
    }

    /** A plan nothing of which is applied yet. */
    public static ListedPlan none(String planId) {
        return new ListedPlan(planId, null, null, null, null, null, null, 0, Map.of(), Map.of(), Map.of(), false,
                PlanSequenceGuard.NOTHING_APPLIED, null);
    }

    public boolean exists() {
        return version > PlanSequenceGuard.NOTHING_APPLIED;
    }

    /** This plan with the event at {@code sequence}, which occurred at {@code occurredAt}, applied. */
    public ListedPlan applied(PlanEvent event, long sequence, Instant occurredAt) {
        if (!PlanSequenceGuard.mayApply(version, sequence)) {
            return this;
        }
        Builder next = new Builder(this);
        next.version = sequence;
        next.updatedAt = occurredAt;
        if (event instanceof PlanCreated created) {
            next.created(created);
        } else if (event instanceof PlanRevised revised) {
            next.title = revised.title();
            next.periodEnd = revised.periodEnd();
            next.hoursBudget = revised.hoursBudget();
        } else if (event instanceof PlanClosed) {
            next.closed = true;
        } else if (event instanceof ObjectiveDefined defined) {
            next.objectives(map -> map.put(defined.objectiveId(), ACTIVE));
        } else if (event instanceof ObjectiveAchieved achieved) {
            next.objectives(map -> map.replace(achieved.objectiveId(), ACHIEVED));
        } else if (event instanceof ObjectiveAbandoned abandoned) {
            next.objectives(map -> map.replace(abandoned.objectiveId(), ABANDONED));
        } else if (event instanceof PlatformChosen chosen) {
            next.planned(map -> map.put(chosen.platformId(), chosen.plannedHours()));
        } else if (event instanceof PlatformWithdrawn withdrawn) {
            next.planned(map -> map.remove(withdrawn.platformId()));
        } else if (event instanceof EventAttended attended) {
            next.spent(map -> map.put(AttendanceIds.of(attended, sequence), attended.hoursInvested()));
        } else if (event instanceof AttendanceCorrected corrected) {
            next.spent(map -> map.replace(corrected.attendanceId(), corrected.hoursInvested()));
        } else if (event instanceof AttendanceRetracted retracted) {
            next.spent(map -> map.remove(retracted.attendanceId()));
        }
        ListedPlan applied = next.build();
        return ListEntry.of(applied).equals(ListEntry.of(this)) ? applied : applied.withEntryVersion(sequence);
    }

    private ListedPlan withEntryVersion(long sequence) {
        return new ListedPlan(planId, org, team, ownerId, title, periodStart, periodEnd, hoursBudget, plannedHours,
                spentHours, objectiveStatuses, closed, version, updatedAt, sequence);
    }

    public PlanListItem item() {
        return new PlanListItem(planId, title, ownerId, team, periodStart, periodEnd, hoursBudget, sum(plannedHours),
                sum(spentHours), new ObjectiveCounts(count(ACTIVE), count(ACHIEVED), count(ABANDONED)), status(),
                version, updatedAt);
    }

    public ListStatus status() {
        return closed ? ListStatus.CLOSED : ListStatus.OPEN;
    }

    private int count(String status) {
        return (int) objectiveStatuses.values().stream().filter(status::equals).count();
    }

    private static double sum(Map<String, Double> hours) {
        return hours.values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /** The fields of the next plan, set one event at a time. */
    private static final class Builder {

        private final String planId;
        private String org;
        private String team;
        private String ownerId;
        private String title;
        private LocalDate periodStart;
        private LocalDate periodEnd;
        private double hoursBudget;
        private final Map<String, Double> plannedHours;
        private final Map<String, Double> spentHours;
        private final Map<String, String> objectiveStatuses;
        private boolean closed;
        private long version;
        private Instant updatedAt;
        private final long entryVersion;

        private Builder(ListedPlan plan) {
            planId = plan.planId;
            org = plan.org;
            team = plan.team;
            ownerId = plan.ownerId;
            title = plan.title;
            periodStart = plan.periodStart;
            periodEnd = plan.periodEnd;
            hoursBudget = plan.hoursBudget;
            plannedHours = new LinkedHashMap<>(plan.plannedHours);
            spentHours = new LinkedHashMap<>(plan.spentHours);
            objectiveStatuses = new LinkedHashMap<>(plan.objectiveStatuses);
            closed = plan.closed;
            entryVersion = plan.entryVersion;
        }

        private void created(PlanCreated created) {
            org = created.org();
            team = created.team();
            ownerId = created.ownerId();
            title = created.title();
            periodStart = created.periodStart();
            periodEnd = created.periodEnd();
            hoursBudget = created.hoursBudget();
            if (created.carriedForward() != null) {
                created.carriedForward().objectives().forEach(copy -> objectiveStatuses.put(copy.objectiveId(), ACTIVE));
            }
        }

        private void objectives(Consumer<Map<String, String>> change) {
            change.accept(objectiveStatuses);
        }

        private void planned(Consumer<Map<String, Double>> change) {
            change.accept(plannedHours);
        }

        private void spent(Consumer<Map<String, Double>> change) {
            change.accept(spentHours);
        }

        private ListedPlan build() {
            return new ListedPlan(planId, org, team, ownerId, title, periodStart, periodEnd, hoursBudget, plannedHours,
                    spentHours, objectiveStatuses, closed, version, updatedAt, entryVersion);
        }
    }
}
