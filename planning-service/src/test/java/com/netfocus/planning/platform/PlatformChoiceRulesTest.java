package com.netfocus.planning.platform;

import com.netfocus.planning.TestRules;
import com.netfocus.planning.state.PlanState;
import com.netfocus.support.problem.FieldError;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.netfocus.planning.plan.PlanGivens.AUDIENCE;
import static com.netfocus.planning.plan.PlanGivens.CHOSEN;
import static com.netfocus.planning.plan.PlanGivens.CREATED;
import static com.netfocus.planning.plan.PlanGivens.NOW;
import static com.netfocus.planning.plan.PlanGivens.OBJECTIVE;
import static com.netfocus.planning.plan.PlanGivens.PLAN;
import static com.netfocus.planning.plan.PlanGivens.PROGRAM_END;
import static com.netfocus.planning.plan.PlanGivens.PROGRAM_START;
import static com.netfocus.planning.plan.PlanGivens.TARGET;
import static com.netfocus.planning.plan.PlanGivens.state;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform rules NetworkingPlanTest does not reach: the id, programme times in the wrong order, and the budget
 * being judged only once the rest holds.
 */
class PlatformChoiceRulesTest {

    private final PlatformChoiceRules rules = new PlatformChoiceRules(TestRules.plan());
    private final PlanState plan = state(CREATED, OBJECTIVE, TARGET, CHOSEN);

    @Test
    void thePlatformIdMustBeGiven() {
        assertThat(rules.toChoose(plan, new ChoosePlatform(PLAN, " ", "Forum", List.of("t1"), PROGRAM_START,
                PROGRAM_END, 0, 0, AUDIENCE, NOW)))
                .containsExactly(new FieldError("platformId", "must be given"));
    }

    @Test
    void programmeTimesInTheWrongOrderAreNoValidCatalogEntry() {
        assertThat(rules.toChoose(plan, new ChoosePlatform(PLAN, "p2", "Forum", List.of("t1"), PROGRAM_END,
                PROGRAM_START, 0, 0, AUDIENCE, NOW)))
                .singleElement()
                .satisfies(error -> assertThat(error.field()).isEqualTo("platformId"))
                .satisfies(error -> assertThat(error.reason()).contains("valid programme times"));
    }

    @Test
    void theBudgetIsJudgedOnlyOnceTheRestHolds() {
        // 2 h programme + 4 h + 4 h = 10 h would exceed the budget; the missing target is all that is said
        ChoosePlatform overBudget = new ChoosePlatform(PLAN, "p2", "Forum", List.of("ghost"), PROGRAM_START,
                PROGRAM_END, 240, 240, AUDIENCE, NOW);
        assertThat(rules.toChoose(plan, overBudget))
                .containsExactly(new FieldError("targetIds[0]", "no target ghost in this plan"));
        assertThat(PlatformChoiceRules.plannedHours(overBudget)).isEqualTo(10.0);
    }
}
