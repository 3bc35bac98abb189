package com.netfocus.catalog.analytics;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.netfocus.catalog.planneeds.DisplayNumbers;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One line of a dashboard table, as the API contract names it: figures of one period, or totals ({@code period}
 * absent). {@code smartPassRate} is the share of the objectives defined whose assessment met all five criteria,
 * {@code averageProgress} their mean progress (both 0 when no objective was defined).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "AnalyticsRow")
public record Row(
        String period,
        long plans,
        long objectivesDefined,
        double smartPassRate,
        double averageProgress,
        long objectivesAchieved,
        double hoursBudgeted,
        double hoursPlanned,
        double hoursSpent,
        long platformsChosen,
        long platformsAttended,
        long peopleMet,
        long targetPeopleMet,
        long followUpsScheduled,
        long followUpsDone) {

    static Row of(String period, Figures figures, DisplayNumbers numbers) {
        long objectives = figures.objectivesDefined();
        return new Row(period, figures.plans(), objectives,
                objectives == 0 ? 0 : numbers.round((double) figures.objectivesSmart() / objectives),
                objectives == 0 ? 0 : numbers.round(figures.progressSum() / objectives),
                figures.objectivesAchieved(), numbers.round(figures.hoursBudgeted()),
                numbers.round(figures.hoursPlanned()), numbers.round(figures.hoursSpent()),
                figures.platformsChosen(), figures.platformsAttended(), figures.peopleMet(), figures.targetPeopleMet(),
                figures.followUpsScheduled(), figures.followUpsDone());
    }
}
