package com.netfocus.planning.plan;

import com.netfocus.contracts.plan.ObjectiveAbandoned;
import com.netfocus.contracts.plan.ObjectiveAchieved;
import com.netfocus.contracts.plan.ObjectiveDefined;
import com.netfocus.contracts.plan.ObjectiveProgressRecorded;
import com.netfocus.contracts.plan.ObjectiveRevised;
import com.netfocus.planning.limits.OrgSettings;
import com.netfocus.planning.objective.AbandonObjective;
import com.netfocus.planning.objective.AchieveObjective;
import com.netfocus.planning.objective.DefineObjective;
import com.netfocus.planning.objective.ObjectiveClosed;
import com.netfocus.planning.objective.RecordObjectiveProgress;
import com.netfocus.planning.objective.ReviseObjective;
import com.netfocus.planning.state.ObjectiveStatus;
import com.netfocus.planning.view.ObjectiveView;
import com.netfocus.support.problem.NotFoundException;
import com.netfocus.support.problem.RejectedInputException;
import org.axonframework.messaging.Message;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.matchers.Matchers;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

import static com.netfocus.planning.plan.PlanGivens.CALLER;
import static com.netfocus.planning.plan.PlanGivens.CREATED;
import static com.netfocus.planning.plan.PlanGivens.DEADLINE;
import static com.netfocus.planning.plan.PlanGivens.END;
import static com.netfocus.planning.plan.PlanGivens.OBJECTIVE;
import static com.netfocus.planning.plan.PlanGivens.PLAN;
import static com.netfocus.planning.plan.PlanGivens.TODAY;
import static com.netfocus.planning.plan.PlanGivens.mentions;
import static com.netfocus.planning.plan.PlanGivens.objective;
import static org.assertj.core.api.Assertions.assertThat;

/** The life of an objective after it is defined: revised, progressed, achieved, abandoned; and the active limit. */
class ObjectiveLifecycleTest {

    private static final String STATEMENT = "Learn how hospital CFOs buy billing software";
    private static final ObjectiveAchieved ACHIEVED = new ObjectiveAchieved(PLAN, "o1", "two pilots signed");
    private static final ObjectiveAbandoned ABANDONED = new ObjectiveAbandoned(PLAN, "o1", "the product was dropped");

    private AggregateTestFixture<NetworkingPlan> fixture;

    @BeforeEach
    void setUp() {
        fixture = PlanGivens.fixture();
    }

    private static ReviseObjective revise(String statement, String metric, int target, LocalDate deadline,
                                          OrgSettings settings) {
        return new ReviseObjective(PLAN, "o1", statement, "three pilots", metric, target, deadline, TODAY, settings);
    }

    private static DefineObjective define(String objectiveId, OrgSettings settings) {
        return new DefineObjective(PLAN, objectiveId, STATEMENT, "pilots", "CFOs met", 5, DEADLINE, TODAY, settings);
    }

    private static Matcher<List<Message<?>>> only(Predicate<Object> check) {
        return Matchers.payloadsMatching(Matchers.exactSequenceOf(Matchers.predicate(check), Matchers.andNoMore()));
    }

    @Nested
    class Revise {

        @Test
        void aRevisionIsAssessedAgainAndReplacesTheWording() {
            fixture.given(CREATED, OBJECTIVE)
                    .when(revise(STATEMENT, "CFOs met", 15, DEADLINE.plusDays(30), null), CALLER)
                    .expectEventsMatching(only(payload -> payload instanceof ObjectiveRevised revised
                            && revised.target() == 15 && revised.outcome().equals("three pilots")
                            && revised.smart().specific().ok() && revised.smart().timely().ok()))
                    .expectState(plan -> {
                        ObjectiveView objective = plan.view().objectives().get(0);
                        assertThat(objective.target()).isEqualTo(15);
                        assertThat(objective.deadline()).isEqualTo(DEADLINE.plusDays(30));
                        assertThat(objective.status()).isEqualTo(ObjectiveStatus.ACTIVE);
                        assertThat(plan.view().version()).isEqualTo(2);
                    });
        }

        @Test
        void everyFailedHardCriterionRefusesTheRevision() {
            fixture.given(CREATED, OBJECTIVE)
                    .when(revise("to meet new people", "", 5, END.plusDays(1), null), CALLER)
                    .expectException(RejectedInputException.class)
                    .expectExceptionMessage(mentions("statement", "metric", "deadline"))
                    .expectNoEvents();
        }

        @Test
        void anAbsurdTargetRefusesTheRevision() {
            fixture.given(CREATED, OBJECTIVE)
                    .when(revise(STATEMENT, "CFOs met", 1_000_000_000, DEADLINE, null), CALLER)
                    .expectException(RejectedInputException.class)
                    .expectExceptionMessage(mentions("target", "not credible"))
                    .expectNoEvents();
        }

        @Test
        void unachievableAndUnrealisticRevisionsAreStoredWithWarnings() {
            // 10 h x 2 people/h = 20 reachable; the deadline leaves 5 days
            fixture.given(CREATED, OBJECTIVE)
                    .when(revise(STATEMENT, "CFOs met", 25, TODAY.plusDays(5), null), CALLER)
                    .expectEventsMatching(only(payload -> payload instanceof ObjectiveRevised revised
                            && !revised.smart().achievable().ok() && !revised.smart().realistic().ok()))
                    .expectState(plan -> assertThat(plan.view().objectives().get(0).warnings())
                            .anySatisfy(w -> assertThat(w).startsWith("achievable:"))
                            .anySatisfy(w -> assertThat(w).startsWith("realistic:")));
        }

        @Test
        void theOrgsReferenceRateDecidesAchievable() {
            // 10 h x 3 people/h = 30 reachable: 25 is achievable for this org
            fixture.given(CREATED, OBJECTIVE)
                    .when(revise(STATEMENT, "CFOs met", 25, DEADLINE, new OrgSettings(3, 3.0, 360, 360, 36)), CALLER)
                    .expectEventsMatching(only(payload -> payload instanceof ObjectiveRevised revised
                            && revised.smart().achievable().ok()
                            && revised.smart().achievable().reason().contains("30")));
        }

        @Test
        void anUnknownObjectiveIsNotFound() {
            fixture.given(CREATED, OBJECTIVE)
                    .when(new ReviseObjective(PLAN, "o-x", STATEMENT, "x", "CFOs met", 5, DEADLINE, TODAY, null),
                            CALLER)
                    .expectException(NotFoundException.class)
                    .expectNoEvents();
        }

        @Test
        void theOutcomeIsRequired() {
            fixture.given(CREATED, OBJECTIVE)
                    .when(new ReviseObjective(PLAN, "o1", STATEMENT, " ", "CFOs met", 5, DEADLINE, TODAY, null),
                            CALLER)
                    .expectException(RejectedInputException.class)
                    .expectExceptionMessage(mentions("outcome"))
                    .expectNoEvents();
        }

        @Test
        void anOverlongStatementIsRefused() {
            fixture.given(CREATED, OBJECTIVE)
                    .when(revise("CFOs " + "x".repeat(2000), "CFOs met", 5, DEADLINE, null), CALLER)
                    .expectException(RejectedInputException.class)
                    .expectExceptionMessage(mentions("statement", "at most 2000 characters"))
                    .expectNoEvents();
        }
    }

    @Nested
    class Progress {

        @Test
        void progressIsRecordedAndCounted() {
            fixture.given(CREATED, OBJECTIVE)
                    .when(new RecordObjectiveProgress(PLAN, "o1", 3, " two referrals and a call "), CALLER)
                    .expectEvents(new ObjectiveProgressRecorded(PLAN, "o1", 3, "two referrals and a call"))
                    .expectResultMessagePayload(2L)
                    .expectState(plan -> {
                        assertThat(plan.view().objectives().get(0).progress().manual()).isEqualTo(3);
                        assertThat(plan.view().objectives().get(0).progress().percent()).isEqualTo(30);
                    });
        }

        @Test
        void theAmountMustBePositive() {
            fixture.given(CREATED, OBJECTIVE)
                    .when(new RecordObjectiveProgress(PLAN, "o1", 0, null), CALLER)
                    .expectException(RejectedInputException.class)
                    .expectExceptionMessage(mentions("amount", "positive"))
                    .expectNoEvents();
            fixture.given(CREATED, OBJECTIVE)
                    .when(new RecordObjectiveProgress(PLAN, "o1", null, null), CALLER)
                    .expectException(RejectedInputException.class)
                    .expectExceptionMessage(mentions("amount"));
        }

        @Test
        void theAmountHasAConfiguredMaximum() {
            fixture.given(CREATED, OBJECTIVE)
                    .when(new RecordObjectiveProgress(PLAN, "o1", 101, null), CALLER)
                    .expectException(RejectedInputException.class)
                    .expectExceptionMessage(mentions("amount", "at most 100"))
                    .expectNoEvents();
        }
    }

    @Nested
    class Close {

        @Test
        void anObjectiveIsAchieved() {
            fixture.given(CREATED, OBJECTIVE)
                    .when(new AchieveObjective(PLAN, "o1", "two pilots signed"), CALLER)
                    .expectEvents(ACHIEVED)
                    .expectState(plan -> {
                        assertThat(plan.view().objectives().get(0).status()).isEqualTo(ObjectiveStatus.ACHIEVED);
                        assertThat(plan.view().objectives().get(0).closingNote()).isEqualTo("two pilots signed");
                    });
        }

        @Test
        void achievingFarBelowTheTargetIsAcceptedWithAWarning() {
            // 1 of 20 recorded: 5 %
            ObjectiveDefined twenty = new ObjectiveDefined(PLAN, "o1", STATEMENT, "two pilots", "CFOs met", 20,
                    DEADLINE, null);
            fixture.given(CREATED, twenty, new ObjectiveProgressRecorded(PLAN, "o1", 1, "one call"))
                    .when(new AchieveObjective(PLAN, "o1", "two pilots signed"), CALLER)
                    .expectEvents(ACHIEVED)
                    .expectResultMessagePayloadMatching(org.hamcrest.Matchers.hasToString(org.hamcrest.Matchers
                            .allOf(org.hamcrest.Matchers.containsString("BELOW_TARGET"),
                                    org.hamcrest.Matchers.containsString("progressPercent=5"),
                                    org.hamcrest.Matchers.containsString("achieved at 5 % of the target (1 of 20"))));
        }

        @Test
        void achievingAtTheTargetWarnsNothing() {
            fixture.given(CREATED, OBJECTIVE, new ObjectiveProgressRecorded(PLAN, "o1", 10, "ten calls"))
                    .when(new AchieveObjective(PLAN, "o1", "two pilots signed"), CALLER)
                    .expectEvents(ACHIEVED)
                    .expectResultMessagePayload(new ObjectiveClosed(3, List.of()));
        }

        @Test
        void anObjectiveIsAbandonedWithAReason() {
            fixture.given(CREATED, OBJECTIVE)
                    .when(new AbandonObjective(PLAN, "o1", "the product was dropped"), CALLER)
                    .expectEvents(ABANDONED)
                    .expectState(plan -> assertThat(plan.view().objectives().get(0).status())
                            .isEqualTo(ObjectiveStatus.ABANDONED));
        }

        @Test
        void abandoningNeedsAReason() {
            fixture.given(CREATED, OBJECTIVE)
                    .when(new AbandonObjective(PLAN, "o1", "  "), CALLER)
                    .expectException(RejectedInputException.class)
                    .expectExceptionMessage(mentions("reason"))
                    .expectNoEvents();
        }

        @Test
        void anAchievedObjectiveNoLongerChanges() {
            List.of(revise(STATEMENT, "CFOs met", 5, DEADLINE, null),
                            new RecordObjectiveProgress(PLAN, "o1", 1, null),
                            new AchieveObjective(PLAN, "o1", null),
                            new AbandonObjective(PLAN, "o1", "no longer needed"))
                    .forEach(command -> fixture.given(CREATED, OBJECTIVE, ACHIEVED)
                            .when(command, CALLER)
                            .expectException(RejectedInputException.class)
                            .expectExceptionMessage(mentions("objectiveId", "ACHIEVED", "only an active objective"))
                            .expectNoEvents());
        }

        @Test
        void anAbandonedObjectiveNoLongerChanges() {
            List.of(revise(STATEMENT, "CFOs met", 5, DEADLINE, null),
                            new RecordObjectiveProgress(PLAN, "o1", 1, null),
                            new AchieveObjective(PLAN, "o1", null),
                            new AbandonObjective(PLAN, "o1", "again"))
                    .forEach(command -> fixture.given(CREATED, OBJECTIVE, ABANDONED)
                            .when(command, CALLER)
                            .expectException(RejectedInputException.class)
                            .expectExceptionMessage(mentions("objectiveId", "ABANDONED"))
                            .expectNoEvents());
        }
    }

    @Nested
    class ActiveLimit {

        @Test
        void closedObjectivesFreeTheirPlace() {
            fixture.given(CREATED, objective("o1"), objective("o2"), objective("o3"),
                            new ObjectiveAchieved(PLAN, "o2", null))
                    .when(define("o4", null), CALLER)
                    .expectEventsMatching(only(payload -> payload instanceof com.netfocus.contracts.plan.ObjectiveDefined
                            defined && defined.objectiveId().equals("o4")));
        }

        @Test
        void theOrgsLimitTravelsInTheCommand() {
            fixture.given(CREATED, OBJECTIVE)
                    .when(define("o2", new OrgSettings(1, 2.0, 360, 360, 36)), CALLER)
                    .expectException(RejectedInputException.class)
                    .expectExceptionMessage(mentions("objectives", "at most 1 active objectives", "focused"))
                    .expectNoEvents();
            fixture.given(CREATED, objective("o1"), objective("o2"), objective("o3"))
                    .when(define("o4", new OrgSettings(4, 2.0, 360, 360, 36)), CALLER)
                    .expectSuccessfulHandlerExecution();
        }
    }
}
