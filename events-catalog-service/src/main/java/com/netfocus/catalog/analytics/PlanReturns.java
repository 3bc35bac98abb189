package com.netfocus.catalog.analytics;

import java.util.List;

/**
 * The return of one plan on the time and money it invested, per objective and in all: hours at the platforms that
 * served the objective (a platform chosen for targets of two objectives counts for both), target people met for it,
 * per hour, the recommendation's forecast of them against those met, what the platforms cost and the cost per target
 * person met (null while nobody was met or no cost is known). Only attended platforms count.
 */
public record PlanReturns(String planId, List<ObjectiveReturn> objectives, ObjectiveReturn total) {

    public PlanReturns {
        objectives = List.copyOf(objectives);
    }

    /** One objective's return ({@code objectiveId} null for the plan's total). */
    public record ObjectiveReturn(String objectiveId, int platformsAttended, double hoursSpent, long targetPeopleMet,
                                 Double targetPeoplePerHour, double forecastTargetPeople, Double cost,
                                 Double costPerTargetPersonMet) {
    }
}
