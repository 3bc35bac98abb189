package com.netfocus.planning.objective;

import com.netfocus.planning.TestRules;
import com.netfocus.planning.limits.OrgSettings;
import com.netfocus.planning.state.PlanState;
import com.netfocus.support.problem.FieldError;
import org.junit.jupiter.api.Test;

import static com.netfocus.planning.plan.PlanGivens.CREATED;
import static com.netfocus.planning.plan.PlanGivens.DEADLINE;
import static com.netfocus.planning.plan.PlanGivens.OBJECTIVE;
import static com.netfocus.planning.plan.PlanGivens.PLAN;
import static com.netfocus.planning.plan.PlanGivens.TODAY;
import static com.netfocus.planning.plan.PlanGivens.state;
import static com.netfocus.planning.plan.PlanGivens.tooLong;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The objective rules the fixture tests (NetworkingPlanTest, ObjectiveLifecycleTest) do not reach: ids and
 * assessment day, and the text limit on every field other than the statement.
 */
class ObjectiveRulesTest {

    private static final String STATEMENT = "meet hospital CFOs";
    private static final OrgSettings SETTINGS = TestRules.plan().defaultOrgSettings();

    private final ObjectiveRules rules = new ObjectiveRules(TestRules.plan());
    private final PlanState plan = state(CREATED, OBJECTIVE);

    @Test
    void aNewObjectiveNeedsAnUnusedIdAndAnAssessmentDay() {
        assertThat(rules.toDefine(plan, define(" ", "two pilots", "CFOs met", TODAY), SETTINGS))
                .containsExactly(new FieldError("objectiveId", "must be given"));
        assertThat(rules.toDefine(plan, define("o1", "two pilots", "CFOs met", null), SETTINGS))
                .containsExactly(new FieldError("objectiveId", "already exists in this plan"),
                        new FieldError("assessedOn", "must be given"));
        assertThat(rules.toDefine(plan, define("o2", "two pilots", "CFOs met", TODAY), SETTINGS)).isEmpty();
    }

    @Test
    void outcomeAndMetricKeepTheTextLimitWhenDefinedOrRevised() {
        String text = tooLong();
        assertThat(rules.toDefine(plan, define("o2", text, text, TODAY), SETTINGS))
                .containsExactly(new FieldError("outcome", "must be at most 2000 characters"),
                        new FieldError("metric", "must be at most 2000 characters"));
        assertThat(rules.toRevise(new ReviseObjective(PLAN, "o1", STATEMENT, text, "CFOs met", 5, DEADLINE, null,
                null)))
                .containsExactly(new FieldError("outcome", "must be at most 2000 characters"),
                        new FieldError("assessedOn", "must be given"));
    }

    @Test
    void notesAndReasonsKeepTheTextLimit() {
        String text = tooLong();
        assertThat(rules.toRecordProgress(new RecordObjectiveProgress(PLAN, "o1", 1, text)))
                .containsExactly(new FieldError("note", "must be at most 2000 characters"));
        assertThat(rules.toAchieve(new AchieveObjective(PLAN, "o1", text)))
                .containsExactly(new FieldError("note", "must be at most 2000 characters"));
        assertThat(rules.toAchieve(new AchieveObjective(PLAN, "o1", null))).isEmpty();
        assertThat(rules.toAbandon(new AbandonObjective(PLAN, "o1", text)))
                .containsExactly(new FieldError("reason", "must be at most 2000 characters"));
    }

    private static DefineObjective define(String objectiveId, String outcome, String metric,
                                          java.time.LocalDate assessedOn) {
        return new DefineObjective(PLAN, objectiveId, STATEMENT, outcome, metric, 5, DEADLINE, assessedOn, null);
    }
}
