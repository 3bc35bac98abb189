package com.netfocus.planning.plan;

import com.netfocus.planning.TestRules;
import com.netfocus.support.problem.FieldError;
import org.junit.jupiter.api.Test;

import static com.netfocus.planning.plan.PlanGivens.END;
import static com.netfocus.planning.plan.PlanGivens.ORG;
import static com.netfocus.planning.plan.PlanGivens.START;
import static com.netfocus.planning.plan.PlanGivens.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

/** The rules NetworkingPlanTest does not reach: missing id, period, day and caller (the REST layer always sets them). */
class PlanCreationRulesTest {

    private final PlanCreationRules rules = new PlanCreationRules(TestRules.plan());

    @Test
    void aValidPlanBreaksNoRule() {
        assertThat(rules.toCreate(new CreatePlan("p", "Hospitals", START, END, 10, "rep-1", ORG, null, TODAY, null))).isEmpty();
    }

    @Test
    void idPeriodAndCallerMustBeGiven() {
        assertThat(rules.toCreate(new CreatePlan(" ", "Hospitals", null, null, 10, "rep-1", " ", "north", null,
                null)))
                .containsExactly(new FieldError("planId", "must be given"),
                        new FieldError("periodStart", "must be given"),
                        new FieldError("periodEnd", "must be given"),
                        new FieldError("today", "must be given"),
                        new FieldError("caller", "owner and org must be known"));
    }
}
