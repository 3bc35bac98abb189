package com.netfocus.planning.plan;

import com.netfocus.contracts.plan.CarriedForward;
import com.netfocus.contracts.plan.ObjectiveAbandoned;
import com.netfocus.contracts.plan.ObjectiveDefined;
import com.netfocus.contracts.plan.PlanClosed;
import com.netfocus.contracts.plan.PlanCreated;
import com.netfocus.contracts.plan.TargetIdentified;
import com.netfocus.contracts.plan.TargetRetired;
import com.netfocus.planning.checks.PlanClosedException;
import com.netfocus.planning.view.PlanStatus;
import com.netfocus.planning.view.PlanView;
import com.netfocus.planning.view.PlanViewRenderer;
import com.netfocus.support.problem.RejectedInputException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static com.netfocus.planning.plan.PlanGivens.CALLER;
import static com.netfocus.planning.plan.PlanGivens.CHOSEN;
import static com.netfocus.planning.plan.PlanGivens.CREATED;
import static com.netfocus.planning.plan.PlanGivens.OBJECTIVE;
import static com.netfocus.planning.plan.PlanGivens.ORG;
import static com.netfocus.planning.plan.PlanGivens.PLAN;
import static com.netfocus.planning.plan.PlanGivens.TARGET;
import static com.netfocus.planning.plan.PlanGivens.TODAY;
import static com.netfocus.planning.plan.PlanGivens.mentions;
import static com.netfocus.planning.plan.PlanGivens.objective;
import static com.netfocus.planning.plan.PlanGivens.state;
import static com.netfocus.planning.plan.PlanGivens.tooLong;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Closing a plan, once; closing it again naming the same next plan (an interrupted carry-forward completed twice)
 * records nothing; the plan carried forward starts with the copies its PlanCreated holds, and those copies must be its
 * own.
 */
class PlanClosureTest {

    private static final String NEXT = "plan-2";
    private static final LocalDate NEXT_START = LocalDate.of(2031, 1, 1);
    private static final LocalDate NEXT_END = LocalDate.of(2031, 12, 31);

    private AggregateTestFixture<NetworkingPlan> fixture;

    @BeforeEach
    void setUp() {
        fixture = PlanGivens.fixture();
    }

    @Test
    void anOpenPlanIsClosedOnceWithTheReasonAndShowsClosed() {
        fixture.given(CREATED, OBJECTIVE)
                .when(new ClosePlan(PLAN, NEXT, " the year is over "), CALLER)
                .expectEvents(new PlanClosed(PLAN, NEXT, "the year is over"))
                .expectResultMessagePayload(2L)
                .expectState(plan -> {
                    assertThat(plan.view().status()).isEqualTo(PlanStatus.CLOSED);
                    assertThat(plan.view().nextPlanId()).isEqualTo(NEXT);
                });
    }

    @Test
    void closingAgainNamingTheSameNextPlanRecordsNothing() {
        fixture.given(CREATED, OBJECTIVE, new PlanClosed(PLAN, NEXT, null))
                .when(new ClosePlan(PLAN, NEXT, null), CALLER)
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(2L);
    }

    @Test
    void closingAgainOtherwiseIsAConflict() {
        fixture.given(CREATED, OBJECTIVE, new PlanClosed(PLAN, null, null))
                .when(new ClosePlan(PLAN, NEXT, null), CALLER)
                .expectException(PlanClosedException.class)
                .expectNoEvents();
    }

    @Test
    void aPlanIsNotCarriedForwardToItselfAndTheReasonKeepsTheTextLimit() {
        fixture.given(CREATED)
                .when(new ClosePlan(PLAN, PLAN, tooLong()), CALLER)
                .expectException(RejectedInputException.class)
                .expectExceptionMessage(mentions("nextPlanId", "reason"))
                .expectNoEvents();
    }

    @Test
    void thePlanCarriedForwardStartsWithItsCopiesAndNamesTheClosedPlan() {
        CarriedForward carried = copies();
        fixture.givenNoPriorActivity()
                .when(new CreatePlan(NEXT, "Hospitals 2031", NEXT_START, NEXT_END, 12, "rep-1", ORG, "north",
                        TODAY, null, carried), CALLER)
                .expectEvents(new PlanCreated(NEXT, "Hospitals 2031", NEXT_START, NEXT_END, 12, "rep-1", ORG, "north",
                        carried))
                .expectState(plan -> {
                    PlanView view = plan.view();
                    assertThat(view.previousPlanId()).isEqualTo(PLAN);
                    assertThat(view.objectives()).singleElement()
                            .satisfies(objective -> assertThat(objective.objectiveId()).isEqualTo("o1-copy"));
                    assertThat(view.targets()).singleElement()
                            .satisfies(target -> assertThat(target.objectiveId()).isEqualTo("o1-copy"));
                    assertThat(view.version()).isZero();
                });
    }

    @Test
    void copiesThatAreNotThePlansOwnAreRefused() {
        ObjectiveDefined foreign = new ObjectiveDefined(PLAN, "o1-copy", "Learn how hospital CFOs buy", "pilots",
                "CFOs met", 10, NEXT_END, null);
        TargetIdentified orphan = new TargetIdentified(NEXT, "t1-copy", "o-unknown", null, TARGET.profile(), 1, null);
        fixture.givenNoPriorActivity()
                .when(new CreatePlan(NEXT, "Hospitals 2031", NEXT_START, NEXT_END, 12, "rep-1", ORG, "north",
                        TODAY, null, new CarriedForward(NEXT, List.of(foreign), List.of(orphan))), CALLER)
                .expectException(RejectedInputException.class)
                .expectExceptionMessage(mentions("carriedForward.fromPlanId", "carriedForward.objectives",
                        "carriedForward.targets"))
                .expectNoEvents();
    }

    @Test
    void theCopiesAreTheOpenObjectivesAndTheirActiveTargetsWithDeadlinesInTheNewPeriod() {
        PlanView closed = PlanViewRenderer.render(state(CREATED, OBJECTIVE, objective("o2"), TARGET,
                new TargetIdentified(PLAN, "t2", "o1", "c-7", null, 2, null),
                new TargetIdentified(PLAN, "t3", "o2", "c-8", null, 2, null), CHOSEN,
                new TargetRetired(PLAN, "t2", null), new ObjectiveAbandoned(PLAN, "o2", "no budget")));

        CarriedForward copies = CarriedCopies.of(closed, NEXT, NEXT_START, NEXT_END);

        assertThat(copies.fromPlanId()).isEqualTo(PLAN);
        assertThat(copies.objectives()).singleElement().satisfies(objective -> {
            assertThat(objective.planId()).isEqualTo(NEXT);
            assertThat(objective.objectiveId()).isNotEqualTo("o1");
            assertThat(objective.statement()).isEqualTo(OBJECTIVE.statement());
            // due in June 2030, before the new period: due at its end
            assertThat(objective.deadline()).isEqualTo(NEXT_END);
        });
        assertThat(copies.targets()).singleElement().satisfies(target -> {
            assertThat(target.planId()).isEqualTo(NEXT);
            assertThat(target.objectiveId()).isEqualTo(copies.objectives().get(0).objectiveId());
            assertThat(target.profile()).isEqualTo(TARGET.profile());
        });
        assertThat(CarriedCopies.of(closed, NEXT, NEXT_START, NEXT_END)).isEqualTo(copies);
        assertThat(CarriedCopies.of(closed, NEXT, LocalDate.of(2030, 5, 1), NEXT_END).objectives().get(0)
                .deadline()).isEqualTo(OBJECTIVE.deadline());
    }

    private static CarriedForward copies() {
        ObjectiveDefined objective = new ObjectiveDefined(NEXT, "o1-copy", OBJECTIVE.statement(), OBJECTIVE.outcome(),
                OBJECTIVE.metric(), OBJECTIVE.target(), NEXT_END, null);
        TargetIdentified target = new TargetIdentified(NEXT, "t1-copy", "o1-copy", null, TARGET.profile(), 1,
                TARGET.rationale());
        return new CarriedForward(PLAN, List.of(objective), List.of(target));
    }
}
