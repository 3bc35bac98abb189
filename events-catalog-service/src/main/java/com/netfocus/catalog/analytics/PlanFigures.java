package com.netfocus.catalog.analytics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A plan's dashboard figures computed from its {@link PlanFacts}: per month, and per platform for the ROI
 * leaderboard. Pure, so the same facts always give the same figures, live or replayed.
 *
 * <p>Progress of an objective follows the plan's own view (planning-service's ObjectiveProgress): people met at
 * events on its targets, plus outreach on its targets, plus progress recorded by hand, as a fraction of its number,
 * at most 1. It counts in the month the objective was defined, like its SMART verdicts.
 */
final class PlanFigures {

    private PlanFigures() {
    }

    /** Figures per month ("yyyy-MM"), only months with something in them; nothing before PlanCreated. */
    static Map<String, Figures> monthly(PlanFacts facts) {
        Map<String, Figures> months = new TreeMap<>();
        if (!facts.isKnown()) {
            return months;
        }
        add(months, facts.createdMonth(), figures().plans(1).hoursBudgeted(facts.hoursBudget()));
        for (PlanFacts.ObjectiveFact objective : facts.objectives()) {
            add(months, objective.month(), figures().objectivesDefined(1).objectivesSmart(objective.smart() ? 1 : 0)
                    .progressSum(progress(facts, objective)));
            if (objective.achievedMonth() != null) {
                add(months, objective.achievedMonth(), figures().objectivesAchieved(1));
            }
        }
        for (PlanFacts.ChoiceFact choice : facts.choices()) {
            add(months, choice.month(), figures().platformsChosen(1).hoursPlanned(choice.plannedHours()));
        }
        for (PlanFacts.AttendanceFact attendance : facts.attendances()) {
            add(months, attendance.month(), figures().platformsAttended(1).hoursSpent(attendance.hoursSpent())
                    .peopleMet(attendance.peopleMet()).targetPeopleMet(attendance.targetPeopleMet())
                    .followUpsScheduled(attendance.followUps())
                    .early(ArrivalBands.bandOf(attendance.minutesBefore()), attendance.peopleMet())
                    .late(ArrivalBands.bandOf(attendance.minutesAfter()), attendance.peopleMet()));
        }
        facts.followUpScheduledMonths().forEach(month -> add(months, month, figures().followUpsScheduled(1)));
        facts.followUpDoneMonths().forEach(month -> add(months, month, figures().followUpsDone(1)));
        return months;
    }

    /** The plan's attendances per platform, with the forecast of each attendance's choice. */
    static Map<String, PlatformFigures> perPlatform(PlanFacts facts) {
        Map<String, PlatformFigures> platforms = new TreeMap<>();
        if (!facts.isKnown()) {
            return platforms;
        }
        Map<String, PlanFacts.ChoiceFact> choices = new HashMap<>();
        facts.choices().forEach(choice -> choices.putIfAbsent(choice.platformId(), choice));
        for (PlanFacts.AttendanceFact attendance : facts.attendances()) {
            PlanFacts.ChoiceFact choice = choices.get(attendance.platformId());
            PlatformFigures one = new PlatformFigures(choice == null ? null : choice.name(),
                    choice == null ? null : choice.kind(), 1, attendance.hoursSpent(), attendance.peopleMet(),
                    attendance.targetPeopleMet(), choice == null ? 0 : choice.forecastTargetPeople(),
                    attendance.actualTargetPeople());
            platforms.merge(attendance.platformId(), one, PlatformFigures::plus);
        }
        return platforms;
    }

    static double progress(PlanFacts facts, PlanFacts.ObjectiveFact objective) {
        if (objective.target() <= 0) {
            return 0;
        }
        Set<String> targetIds = facts.targets().stream()
                .filter(target -> objective.objectiveId().equals(target.objectiveId()))
                .map(PlanFacts.TargetFact::targetId)
                .collect(Collectors.toSet());
        long met = facts.attendances().stream().map(PlanFacts.AttendanceFact::metTargetIds).flatMap(List::stream)
                .filter(targetIds::contains).count();
        long outreach = facts.outreachTargetIds().stream().filter(targetIds::contains).count();
        double total = met + outreach + objective.manualProgress();
        return Math.max(0, Math.min(1, total / objective.target()));
    }

    private static void add(Map<String, Figures> months, String month, FiguresBuilder figures) {
        months.merge(month, figures.build(), Figures::plus);
    }

    private static FiguresBuilder figures() {
        return new FiguresBuilder();
    }

    /** One fact's contribution, named field by field so that each line above says what it counts. */
    private static final class FiguresBuilder {
        private long plans;
        private long objectivesDefined;
        private long objectivesSmart;
        private double progressSum;
        private long objectivesAchieved;
        private double hoursBudgeted;
        private double hoursPlanned;
        private double hoursSpent;
        private long platformsChosen;
        private long platformsAttended;
        private long peopleMet;
        private long targetPeopleMet;
        private long followUpsScheduled;
        private long followUpsDone;
        private final Long[] earlyAttendances = zeros();
        private final Long[] earlyPeopleMet = zeros();
        private final Long[] lateAttendances = zeros();
        private final Long[] latePeopleMet = zeros();

        private static Long[] zeros() {
            Long[] zeros = new Long[ArrivalBands.NAMES.size()];
            java.util.Arrays.fill(zeros, 0L);
            return zeros;
        }

        FiguresBuilder plans(long value) { plans = value; return this; }
        FiguresBuilder objectivesDefined(long value) { objectivesDefined = value; return this; }
        FiguresBuilder objectivesSmart(long value) { objectivesSmart = value; return this; }
        FiguresBuilder progressSum(double value) { progressSum = value; return this; }
        FiguresBuilder objectivesAchieved(long value) { objectivesAchieved = value; return this; }
        FiguresBuilder hoursBudgeted(double value) { hoursBudgeted = value; return this; }
        FiguresBuilder hoursPlanned(double value) { hoursPlanned = value; return this; }
        FiguresBuilder hoursSpent(double value) { hoursSpent = value; return this; }
        FiguresBuilder platformsChosen(long value) { platformsChosen = value; return this; }
        FiguresBuilder platformsAttended(long value) { platformsAttended = value; return this; }
        FiguresBuilder peopleMet(long value) { peopleMet = value; return this; }
        FiguresBuilder targetPeopleMet(long value) { targetPeopleMet = value; return this; }
        FiguresBuilder followUpsScheduled(long value) { followUpsScheduled = value; return this; }
        FiguresBuilder followUpsDone(long value) { followUpsDone = value; return this; }

        FiguresBuilder early(int band, long people) {
            earlyAttendances[band] = 1L;
            earlyPeopleMet[band] = people;
            return this;
        }

        FiguresBuilder late(int band, long people) {
            lateAttendances[band] = 1L;
            latePeopleMet[band] = people;
            return this;
        }

        Figures build() {
            return new Figures(plans, objectivesDefined, objectivesSmart, progressSum, objectivesAchieved,
                    hoursBudgeted, hoursPlanned, hoursSpent, platformsChosen, platformsAttended, peopleMet,
                    targetPeopleMet, followUpsScheduled, followUpsDone, List.of(earlyAttendances),
                    List.of(earlyPeopleMet), List.of(lateAttendances), List.of(latePeopleMet));
        }
    }
}
