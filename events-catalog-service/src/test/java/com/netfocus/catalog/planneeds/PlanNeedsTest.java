package com.netfocus.catalog.planneeds;

import com.netfocus.catalog.recommendation.TargetNeed;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the recommendation reads from a plan's needs: profile targets in time, chosen platforms, hours left. */
class PlanNeedsTest {

    private static final PlanNeeds NEEDS = new PlanNeeds("plan-1", "org-1", "team-1", "rep-1", "2030-01-01", "2030-06-30",
            10, 0, 7,
            List.of(new PlanNeeds.NeededObjective("o1", "2030-03-31", false),
                    new PlanNeeds.NeededObjective("o2", null, false),
                    new PlanNeeds.NeededObjective("o3", "2030-03-31", true)),
            List.of(new PlanNeeds.NeededTarget("t1", "o1", null, "Purchasing", "Director", null, 1),
                    new PlanNeeds.NeededTarget("named", "o1", "contact-1", null, null, null, 1),
                    new PlanNeeds.NeededTarget("no-deadline", "o2", null, "Operations", null, null, 2),
                    new PlanNeeds.NeededTarget("closed-objective", "o3", null, "Operations", null, null, 2),
                    new PlanNeeds.NeededTarget("unknown-objective", "o9", null, "Operations", null, null, 2),
                    new PlanNeeds.NeededTarget("bad-priority", "o1", null, "Operations", null, null, 9)),
            List.of(new PlanNeeds.ChosenPlatform("p1", 3), new PlanNeeds.ChosenPlatform("p2", 2.5)), List.of());

    @Test
    void onlyProfileTargetsOfOpenObjectivesWithAKnownDeadlineAreLookedFor() {
        assertThat(NEEDS.profileTargets(ZoneOffset.UTC)).containsExactly(new TargetNeed("t1", "o1", "Purchasing",
                "Director", null, 1, Instant.parse("2030-04-01T00:00:00Z")));
    }

    @Test
    void theDeadlineDayEndsInTheConfiguredZone() {
        assertThat(NEEDS.profileTargets(ZoneId.of("Europe/Amsterdam")).get(0).deadline())
                .isEqualTo(Instant.parse("2030-03-31T22:00:00Z"));
    }

    @Test
    void aRevisionWithoutADeadlineKeepsTheOldOneAndClosingKeepsTheDeadline() {
        PlanNeeds.NeededObjective objective = new PlanNeeds.NeededObjective("o1", "2030-03-31", false);
        assertThat(objective.revised(null)).isEqualTo(objective);
        assertThat(objective.revised("2030-04-30").deadline()).isEqualTo("2030-04-30");
        assertThat(objective.closedNow()).isEqualTo(new PlanNeeds.NeededObjective("o1", "2030-03-31", true));
    }

    @Test
    void theRemainingHoursAreTheBudgetMinusThePlannedHoursAndNeverNegative() {
        assertThat(NEEDS.chosenPlatformIds()).containsExactly("p1", "p2");
        assertThat(NEEDS.plannedHours()).isEqualTo(5.5);
        assertThat(NEEDS.remainingHours()).isEqualTo(4.5);
        PlanNeeds overspent = new PlanNeeds("plan-2", "org-1", "team-1", "rep-1", null, null, 2, 0, 1, List.of(), List.of(),
                List.of(new PlanNeeds.ChosenPlatform("p1", 3)), List.of());
        assertThat(overspent.remainingHours()).isZero();
    }
}
