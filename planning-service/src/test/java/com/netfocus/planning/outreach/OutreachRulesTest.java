package com.netfocus.planning.outreach;

import com.netfocus.contracts.plan.OutreachChannel;
import com.netfocus.contracts.plan.OutreachLogged;
import com.netfocus.planning.TestRules;
import com.netfocus.planning.state.PlanState;
import com.netfocus.support.problem.FieldError;
import org.junit.jupiter.api.Test;

import static com.netfocus.planning.plan.PlanGivens.CREATED;
import static com.netfocus.planning.plan.PlanGivens.NOW;
import static com.netfocus.planning.plan.PlanGivens.OBJECTIVE;
import static com.netfocus.planning.plan.PlanGivens.PLAN;
import static com.netfocus.planning.plan.PlanGivens.TARGET;
import static com.netfocus.planning.plan.PlanGivens.state;
import static org.assertj.core.api.Assertions.assertThat;

/** The outreach rules plan.OutreachRulesTest (the fixture test) does not reach: the id and missing moments. */
class OutreachRulesTest {

    private final OutreachRules rules = new OutreachRules(TestRules.plan());
    private final PlanState plan = state(CREATED, OBJECTIVE, TARGET,
            new OutreachLogged(PLAN, "r1", "t1", OutreachChannel.PHONE, NOW, "budget cycle is in May"));

    @Test
    void outreachNeedsAnUnusedId() {
        assertThat(rules.toLog(plan, log(null)))
                .containsExactly(new FieldError("outreachId", "must be given"));
        assertThat(rules.toLog(plan, log("r1")))
                .containsExactly(new FieldError("outreachId", "already exists in this plan"));
        assertThat(rules.toLog(plan, log("r2"))).isEmpty();
    }

    @Test
    void whenItHappenedAndTheCallersClockMustBeGiven() {
        assertThat(rules.toLog(plan, new LogOutreach(PLAN, "r2", "t1", OutreachChannel.EMAIL, null, "ok", null)))
                .containsExactly(new FieldError("happenedAt", "must be given"), new FieldError("now", "must be given"));
    }

    private static LogOutreach log(String outreachId) {
        return new LogOutreach(PLAN, outreachId, "t1", OutreachChannel.PHONE, NOW, "they buy in spring", NOW);
    }
}
