package com.netfocus.catalog.analytics;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** A plan's return per objective and per money, counted by hand. */
class ObjectiveReturnsTest {

    @Test
    void eachObjectiveCountsTheAttendedPlatformsThatServedItTheirHoursPeopleForecastAndCost() {
        // o1 has t1, o2 has t2. The breakfast was chosen for t1 and t2, the forum for t1; the lunch never attended.
        PlanFacts facts = new PlanFacts("plan-1", "org-1", "north", "ana", 9, "2031-01", 20, "2031-01-01",
                "2031-12-31",
                List.of(objective("o1"), objective("o2")),
                List.of(new PlanFacts.TargetFact("t1", "o1", null, "CFO", null, null, 1),
                        new PlanFacts.TargetFact("t2", "o2", null, "CTO", null, null, 2)),
                List.of(),
                List.of(choice("breakfast", "t1", "t2"), choice("forum", "t1"), choice("lunch", "t2")),
                List.of(attendance("breakfast", 2.5, "t1", "t1", "t2"), attendance("forum", 4, "t1")),
                List.of(), List.of());
        // forecasts: breakfast 10 of t1 and 4 of t2; forum 6 of t1
        Map<String, Double> people = Map.of("breakfast/t1", 10.0, "breakfast/t2", 4.0, "forum/t1", 6.0);

        PlanReturns returns = ObjectiveReturns.of(facts, Map.of("breakfast", 45.0, "forum", 120.0),
                (platformId, targetIds) -> targetIds.stream()
                        .mapToDouble(targetId -> people.getOrDefault(platformId + "/" + targetId, 0.0)).sum());

        PlanReturns.ObjectiveReturn o1 = returns.objectives().get(0);
        // breakfast and forum: 6.5 h, 3 CFOs met (2 + 1), 3 / 6.5 per hour, forecast 10 + 6, cost 165, 55 per person
        assertThat(o1.platformsAttended()).isEqualTo(2);
        assertThat(o1.hoursSpent()).isEqualTo(6.5);
        assertThat(o1.targetPeopleMet()).isEqualTo(3);
        assertThat(o1.targetPeoplePerHour()).isCloseTo(3 / 6.5, within(1e-9));
        assertThat(o1.forecastTargetPeople()).isEqualTo(16.0);
        assertThat(o1.cost()).isEqualTo(165.0);
        assertThat(o1.costPerTargetPersonMet()).isEqualTo(55.0);
        // o2: the breakfast only (the lunch was not attended): 2.5 h, 1 CTO, forecast 4, cost 45 per person
        PlanReturns.ObjectiveReturn o2 = returns.objectives().get(1);
        assertThat(o2.platformsAttended()).isEqualTo(1);
        assertThat(o2.hoursSpent()).isEqualTo(2.5);
        assertThat(o2.targetPeopleMet()).isEqualTo(1);
        assertThat(o2.forecastTargetPeople()).isEqualTo(4.0);
        assertThat(o2.costPerTargetPersonMet()).isEqualTo(45.0);
        // in all: each attendance once, 4 target people, 165 for them
        assertThat(returns.total().hoursSpent()).isEqualTo(6.5);
        assertThat(returns.total().targetPeopleMet()).isEqualTo(4);
        assertThat(returns.total().forecastTargetPeople()).isEqualTo(20.0);
        assertThat(returns.total().costPerTargetPersonMet()).isEqualTo(41.25);
    }

    @Test
    void aPlatformWithoutAKnownCostLeavesTheCostUnknownAndNobodyMetNoCostPerPerson() {
        PlanFacts facts = new PlanFacts("plan-1", "org-1", "north", "ana", 5, "2031-01", 20, "2031-01-01",
                "2031-12-31",
                List.of(objective("o1")), List.of(new PlanFacts.TargetFact("t1", "o1", null, "CFO", null, null, 1)),
                List.of(), List.of(choice("breakfast", "t1")), List.of(attendance("breakfast", 2)), List.of(),
                List.of());

        PlanReturns unknownCost = ObjectiveReturns.of(facts, Map.of(), (platformId, targetIds) -> 5.0);
        PlanReturns free = ObjectiveReturns.of(facts, Map.of("breakfast", 0.0), (platformId, targetIds) -> 5.0);

        assertThat(unknownCost.objectives().get(0).cost()).isNull();
        assertThat(free.objectives().get(0).cost()).isZero();
        assertThat(free.objectives().get(0).costPerTargetPersonMet()).isNull();
        assertThat(free.objectives().get(0).targetPeoplePerHour()).isZero();
    }

    private static PlanFacts.ObjectiveFact objective(String objectiveId) {
        return new PlanFacts.ObjectiveFact(objectiveId, "2031-01", 4, true, "2031-12-31", 0, null);
    }

    private static PlanFacts.ChoiceFact choice(String platformId, String... targetIds) {
        return new PlanFacts.ChoiceFact(platformId, "2031-02", 3, List.of(targetIds), 0, platformId, "MEETUP");
    }

    private static PlanFacts.AttendanceFact attendance(String platformId, double hours, String... metTargetIds) {
        return new PlanFacts.AttendanceFact(platformId, "2031-03", hours, metTargetIds.length + 1,
                metTargetIds.length, metTargetIds.length, 30, 30, List.of(metTargetIds), 0, "att-" + platformId);
    }
}
