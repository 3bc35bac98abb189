package com.netfocus.catalog.analytics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The additive figures of one plan in one month, or of many summed: every dashboard number is a sum of these (rates
 * and averages are divided only when answered, see {@link Row}). The four band lists hold, per
 * {@link ArrivalBands} band, the attendances and the people met there by early arrival and by late stay.
 *
 * @param objectivesSmart objectives defined whose stored SMART assessment meets all five criteria (no warnings)
 * @param progressSum     sum over the objectives defined of their progress, each a fraction 0..1
 */
public record Figures(
        long plans,
        long objectivesDefined,
        long objectivesSmart,
        double progressSum,
        long objectivesAchieved,
        double hoursBudgeted,
        double hoursPlanned,
        double hoursSpent,
        long platformsChosen,
        long platformsAttended,
        long peopleMet,
        long targetPeopleMet,
        long followUpsScheduled,
        long followUpsDone,
        List<Long> earlyAttendances,
        List<Long> earlyPeopleMet,
        List<Long> lateAttendances,
        List<Long> latePeopleMet) {

    public static final Figures NONE = new Figures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
            null, null, null, null);

    public Figures {
        earlyAttendances = bands(earlyAttendances);
        earlyPeopleMet = bands(earlyPeopleMet);
        lateAttendances = bands(lateAttendances);
        latePeopleMet = bands(latePeopleMet);
    }

    public Figures plus(Figures other) {
        return new Figures(plans + other.plans, objectivesDefined + other.objectivesDefined,
                objectivesSmart + other.objectivesSmart, progressSum + other.progressSum,
                objectivesAchieved + other.objectivesAchieved, hoursBudgeted + other.hoursBudgeted,
                hoursPlanned + other.hoursPlanned, hoursSpent + other.hoursSpent,
                platformsChosen + other.platformsChosen, platformsAttended + other.platformsAttended,
                peopleMet + other.peopleMet, targetPeopleMet + other.targetPeopleMet,
                followUpsScheduled + other.followUpsScheduled, followUpsDone + other.followUpsDone,
                sum(earlyAttendances, other.earlyAttendances), sum(earlyPeopleMet, other.earlyPeopleMet),
                sum(lateAttendances, other.lateAttendances), sum(latePeopleMet, other.latePeopleMet));
    }

    private static List<Long> bands(List<Long> values) {
        List<Long> padded = new ArrayList<>(Collections.nCopies(ArrivalBands.NAMES.size(), 0L));
        if (values != null) {
            for (int i = 0; i < Math.min(values.size(), padded.size()); i++) {
                padded.set(i, values.get(i) == null ? 0L : values.get(i));
            }
        }
        return List.copyOf(padded);
    }

    private static List<Long> sum(List<Long> a, List<Long> b) {
        List<Long> total = new ArrayList<>(a.size());
        for (int i = 0; i < a.size(); i++) {
            total.add(a.get(i) + b.get(i));
        }
        return total;
    }
}
