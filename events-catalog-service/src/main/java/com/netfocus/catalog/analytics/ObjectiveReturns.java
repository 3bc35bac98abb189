package com.netfocus.catalog.analytics;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Counts a plan's return per objective from its facts (pure): for each objective, the attendances at platforms whose
 * choice named a target of it; their hours, the people met who count for one of its targets, the forecast of those
 * targets at those platforms ({@code forecast}: platform id and target ids to expected people), and the platforms'
 * cost ({@code costs}, per attendance; a platform without a known cost leaves the cost unknown).
 */
final class ObjectiveReturns {

    private ObjectiveReturns() {
    }

    static PlanReturns of(PlanFacts facts, Map<String, Double> costs,
                          BiFunction<String, List<String>, Double> forecast) {
        List<PlanReturns.ObjectiveReturn> objectives = new ArrayList<>();
        for (PlanFacts.ObjectiveFact objective : facts.objectives()) {
            Set<String> targets = new HashSet<>();
            facts.targets().stream().filter(target -> objective.objectiveId().equals(target.objectiveId()))
                    .forEach(target -> targets.add(target.targetId()));
            objectives.add(returnOf(objective.objectiveId(), facts, targets, costs, forecast));
        }
        Set<String> every = new HashSet<>();
        facts.targets().forEach(target -> every.add(target.targetId()));
        return new PlanReturns(facts.planId(), objectives, returnOf(null, facts, every, costs, forecast));
    }

    private static PlanReturns.ObjectiveReturn returnOf(String objectiveId, PlanFacts facts, Set<String> targets,
                                                       Map<String, Double> costs,
                                                       BiFunction<String, List<String>, Double> forecast) {
        int attended = 0;
        double hours = 0;
        long met = 0;
        double forecastPeople = 0;
        double cost = 0;
        boolean costKnown = true;
        for (PlanFacts.AttendanceFact attendance : facts.attendances()) {
            PlanFacts.ChoiceFact choice = facts.choices().stream()
                    .filter(candidate -> candidate.platformId().equals(attendance.platformId())).findFirst()
                    .orElse(null);
            List<String> served = choice == null ? List.of()
                    : choice.targetIds().stream().filter(targets::contains).toList();
            if (served.isEmpty()) {
                continue;
            }
            attended++;
            hours += attendance.hoursSpent();
            met += attendance.metTargetIds().stream().filter(targets::contains).count();
            forecastPeople += forecast.apply(attendance.platformId(), served);
            Double platformCost = costs.get(attendance.platformId());
            if (platformCost == null) {
                costKnown = false;
            } else {
                cost += platformCost;
            }
        }
        Double knownCost = costKnown && attended > 0 ? cost : null;
        return new PlanReturns.ObjectiveReturn(objectiveId, attended, hours, met, hours > 0 ? met / hours : null,
                forecastPeople, knownCost, OrgPlatforms.costPerTargetPersonMet(knownCost, met));
    }
}
