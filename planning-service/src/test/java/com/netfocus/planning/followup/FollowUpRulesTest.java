package com.netfocus.planning.followup;

import com.netfocus.contracts.plan.FollowUp;
import com.netfocus.contracts.plan.FollowUpScheduled;
import com.netfocus.planning.TestRules;
import com.netfocus.planning.state.PlanState;
import com.netfocus.support.problem.FieldError;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static com.netfocus.planning.plan.PlanGivens.CREATED;
import static com.netfocus.planning.plan.PlanGivens.NOW;
import static com.netfocus.planning.plan.PlanGivens.OBJECTIVE;
import static com.netfocus.planning.plan.PlanGivens.PLAN;
import static com.netfocus.planning.plan.PlanGivens.TARGET;
import static com.netfocus.planning.plan.PlanGivens.TODAY;
import static com.netfocus.planning.plan.PlanGivens.state;
import static com.netfocus.planning.plan.PlanGivens.tooLong;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The follow-up rules plan.FollowUpRulesTest (the fixture test) does not reach: missing parts, the text limit on
 * name, action and outcome, and the clock of each command.
 */
class FollowUpRulesTest {

    private final FollowUpRules rules = new FollowUpRules(TestRules.plan());
    private final PlanState plan = state(CREATED, OBJECTIVE, TARGET);

    @Test
    void anEmptyFollowUpOrAMissingClockIsRefused() {
        assertThat(rules.toSchedule(plan, new ScheduleFollowUp(PLAN, null, TODAY, Set.of())))
                .containsExactly(new FieldError("followUp", "must not be empty"));
        assertThat(rules.toSchedule(plan, new ScheduleFollowUp(PLAN, named("f1", "Ann Lee", "call"), null, Set.of())))
                .containsExactly(new FieldError("today", "must be given"));
    }

    @Test
    void idAndDueDateMustBeGiven() {
        FollowUp followUp = new FollowUp(" ", null, "Ann Lee", null, null, "call");
        assertThat(rules.toSchedule(plan, new ScheduleFollowUp(PLAN, followUp, TODAY, Set.of())))
                .containsExactly(new FieldError("followUpId", "must be given"),
                        new FieldError("dueOn", "must be given"));
    }

    @Test
    void nameAndActionKeepTheTextLimit() {
        assertThat(rules.toSchedule(plan, schedule(named("f1", tooLong(), tooLong()))))
                .containsExactly(new FieldError("personName", "must be at most 2000 characters"),
                        new FieldError("action", "must be at most 2000 characters"));
    }

    @Test
    void aBlankNameOrActionIsMissingNotTooLong() {
        String blank = " ".repeat(TestRules.plan().maxTextLength() + 1);
        assertThat(rules.toSchedule(plan, schedule(named("f1", blank, blank))))
                .containsExactly(new FieldError("personName", "give a contactId or the person's name"),
                        new FieldError("action", "say what you will do"));
    }

    @Test
    void aCompletionNeedsItsMomentAndAnOutcomeWithinTheLimit() {
        PlanState withFollowUp = state(CREATED, OBJECTIVE, TARGET,
                new FollowUpScheduled(PLAN, named("f1", "Ann Lee", "call")));
        assertThat(rules.toComplete(withFollowUp, new CompleteFollowUp(PLAN, "f1", tooLong(), null)))
                .containsExactly(new FieldError("outcome", "must be at most 2000 characters"),
                        new FieldError("completedAt", "must be given"));
        assertThat(rules.toComplete(withFollowUp, new CompleteFollowUp(PLAN, "f1", "pilot agreed", NOW))).isEmpty();
    }

    private static ScheduleFollowUp schedule(FollowUp followUp) {
        return new ScheduleFollowUp(PLAN, followUp, TODAY, Set.of());
    }

    private static FollowUp named(String id, String personName, String action) {
        return new FollowUp(id, null, personName, null, TODAY.plusDays(7), action);
    }
}
