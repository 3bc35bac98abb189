package com.netfocus.catalog.analytics;

import org.springframework.data.annotation.Id;

import java.util.List;

import static com.netfocus.support.planevents.PlanSequenceGuard.NOTHING_APPLIED;

/**
 * What the analytics keep of one plan, projected from its events into one document keyed by plan id: the facts
 * every dashboard figure of the plan is computed from ({@link PlanFigures}). Keeping the facts, not only counters,
 * is what lets a late event (progress on an objective defined months ago, a revision that changes its SMART
 * verdicts) correct the month it belongs to. {@code appliedSequence} is the plan's last applied event: the guard
 * that makes a redelivered event change nothing. Months are "yyyy-MM" (UTC); dates ISO text. The plan's period is
 * null in facts stored before it was kept.
 */
public record PlanFacts(
        @Id String planId,
        String org,
        String team,
        String ownerId,
        long appliedSequence,
        String createdMonth,
        double hoursBudget,
        String periodStart,
        String periodEnd,
        List<ObjectiveFact> objectives,
        List<TargetFact> targets,
        List<String> outreachTargetIds,
        List<ChoiceFact> choices,
        List<AttendanceFact> attendances,
        List<String> followUpScheduledMonths,
        List<String> followUpDoneMonths) {

    public PlanFacts {
        objectives = copy(objectives);
        targets = copy(targets);
        outreachTargetIds = copy(outreachTargetIds);
        choices = copy(choices);
        attendances = copy(attendances);
        followUpScheduledMonths = copy(followUpScheduledMonths);
        followUpDoneMonths = copy(followUpDoneMonths);
    }

    /** The field of the applied sequence: the compare-and-set guard of the facts' one write per poll. */
    static final String APPLIED_SEQUENCE = "appliedSequence";

    static PlanFacts empty(String planId) {
        return new PlanFacts(planId, null, null, null, NOTHING_APPLIED, null, 0, null, null, null, null, null, null,
                null, null, null);
    }

    /** Whether PlanCreated was applied: until then the plan has no owner, team or org to count it for. */
    boolean isKnown() {
        return ownerId != null && org != null && createdMonth != null;
    }

    /**
     * An objective: the month it was defined, its number to reach, whether its latest assessment meets all five
     * SMART criteria, its deadline, progress recorded by hand, and the month it was achieved (null while open).
     */
    public record ObjectiveFact(String objectiveId, String month, int target, boolean smart, String deadline,
                                int manualProgress, String achievedMonth) {
    }

    /** A target: a named contact, or a profile with a priority; {@code objectiveId} is the objective it serves. */
    public record TargetFact(String targetId, String objectiveId, String contactId, String function, String position,
                             String industry, int priority) {

        boolean isProfile() {
            return contactId == null || contactId.isBlank();
        }
    }

    /**
     * A platform chosen: when, its planned hours, the targets it serves, the recommendation's expected target
     * people for them at that moment, and the platform's name and kind as the catalog lists it.
     */
    public record ChoiceFact(String platformId, String month, double plannedHours, List<String> targetIds,
                             double forecastTargetPeople, String name, String kind) {

        public ChoiceFact {
            targetIds = copy(targetIds);
        }
    }

    /**
     * An attendance: the month of arrival, hours spent, people met (all, matched to any target, matched to a profile
     * target the choice named), minutes before and after the programme, the targets of the people met, the
     * follow-ups promised there, and its id (so that a correction replaces it and a retraction removes it; null in
     * facts kept before attendances had ids).
     */
    public record AttendanceFact(String platformId, String month, double hoursSpent, int peopleMet,
                                 int targetPeopleMet, int actualTargetPeople, int minutesBefore, int minutesAfter,
                                 List<String> metTargetIds, int followUps, String attendanceId) {

        public AttendanceFact {
            metTargetIds = copy(metTargetIds);
        }
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
