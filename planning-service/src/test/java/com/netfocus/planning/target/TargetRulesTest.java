package com.netfocus.planning.target;

import com.netfocus.planning.TestRules;
import com.netfocus.planning.state.PlanState;
import com.netfocus.support.problem.FieldError;
import org.junit.jupiter.api.Test;

import static com.netfocus.planning.plan.PlanGivens.CREATED;
import static com.netfocus.planning.plan.PlanGivens.OBJECTIVE;
import static com.netfocus.planning.plan.PlanGivens.PLAN;
import static com.netfocus.planning.plan.PlanGivens.TARGET;
import static com.netfocus.planning.plan.PlanGivens.state;
import static com.netfocus.planning.plan.PlanGivens.tooLong;
import static org.assertj.core.api.Assertions.assertThat;

/** The target rules NetworkingPlanTest does not reach: the id and the rationale's length. */
class TargetRulesTest {

    private final TargetRules rules = new TargetRules(TestRules.plan());
    private final PlanState plan = state(CREATED, OBJECTIVE, TARGET);

    @Test
    void aTargetNeedsAnUnusedId() {
        assertThat(rules.toIdentify(plan, new IdentifyTarget(PLAN, null, "o1", "c-7", null, 1, null, true)))
                .containsExactly(new FieldError("targetId", "must be given"));
        assertThat(rules.toIdentify(plan, new IdentifyTarget(PLAN, "t1", "o1", "c-7", null, 1, null, true)))
                .containsExactly(new FieldError("targetId", "already exists in this plan"));
    }

    @Test
    void theRationaleKeepsTheTextLimit() {
        assertThat(rules.toIdentify(plan, new IdentifyTarget(PLAN, "t2", "o1", "c-7", null, 1, tooLong(), true)))
                .containsExactly(new FieldError("rationale", "must be at most 2000 characters"));
    }
}
