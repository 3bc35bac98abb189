package com.netfocus.planning.plan;

import com.netfocus.contracts.plan.EventAttended;
import com.netfocus.contracts.plan.PlanRevised;
import com.netfocus.planning.limits.OrgSettings;
import com.netfocus.support.problem.RejectedInputException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static com.netfocus.planning.plan.PlanGivens.CALLER;
import static com.netfocus.planning.plan.PlanGivens.CHOSEN;
import static com.netfocus.planning.plan.PlanGivens.CREATED;
import static com.netfocus.planning.plan.PlanGivens.END;
import static com.netfocus.planning.plan.PlanGivens.OBJECTIVE;
import static com.netfocus.planning.plan.PlanGivens.PLAN;
import static com.netfocus.planning.plan.PlanGivens.PROGRAM_END;
import static com.netfocus.planning.plan.PlanGivens.PROGRAM_START;
import static com.netfocus.planning.plan.PlanGivens.START;
import static com.netfocus.planning.plan.PlanGivens.TARGET;
import static com.netfocus.planning.plan.PlanGivens.mentions;
import static com.netfocus.planning.plan.PlanGivens.tooLong;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Revising a plan's frame (title, end of period, budget): the event holds the whole frame after the revision, and the
 * budget never falls below the hours planned, nor the end before the start, an attendance or a chosen programme.
 */
class PlanRevisionTest {

    private AggregateTestFixture<NetworkingPlan> fixture;

    @BeforeEach
    void setUp() {
        fixture = PlanGivens.fixture();
    }

    @Test
    void aRevisionRecordsTheWholeFrameAfterItWithTheReason() {
        fixture.given(CREATED)
                .when(new RevisePlan(PLAN, "  Hospitals 2030, north  ", null, 12.5, " more evenings ", null), CALLER)
                .expectEvents(new PlanRevised(PLAN, "Hospitals 2030, north", END, 12.5, "more evenings"))
                .expectResultMessagePayload(1L)
                .expectState(plan -> {
                    assertThat(plan.view().title()).isEqualTo("Hospitals 2030, north");
                    assertThat(plan.view().hours().budgeted()).isEqualTo(12.5);
                });
        fixture.given(CREATED)
                .when(new RevisePlan(PLAN, null, LocalDate.of(2030, 6, 30), null, null, null), CALLER)
                .expectEvents(new PlanRevised(PLAN, "Hospitals 2030", LocalDate.of(2030, 6, 30), 10, null));
    }

    @Test
    void aRevisionChangingNothingIsRefused() {
        fixture.given(CREATED)
                .when(new RevisePlan(PLAN, null, null, null, "just because", null), CALLER)
                .expectException(RejectedInputException.class)
                .expectExceptionMessage(mentions("body", "at least one of title, periodEnd, hoursBudget"))
                .expectNoEvents();
    }

    @Test
    void theBudgetNeverFallsBelowTheHoursPlanned() {
        fixture.given(CREATED, OBJECTIVE, TARGET, CHOSEN)
                .when(new RevisePlan(PLAN, null, null, 3.0, null, null), CALLER)
                .expectException(RejectedInputException.class)
                .expectExceptionMessage(mentions("hoursBudget", "3.50 h already planned"))
                .expectNoEvents();
        fixture.given(CREATED, OBJECTIVE, TARGET, CHOSEN)
                .when(new RevisePlan(PLAN, null, null, 3.5, null, null), CALLER)
                .expectEvents(new PlanRevised(PLAN, "Hospitals 2030", END, 3.5, null));
    }

    @Test
    void theBudgetIsPositiveAndWithinTheMaximum() {
        for (double budget : List.of(0.0, -1.0, 2000.5)) {
            fixture.given(CREATED)
                    .when(new RevisePlan(PLAN, null, null, budget, null, null), CALLER)
                    .expectException(RejectedInputException.class)
                    .expectExceptionMessage(mentions("hoursBudget"))
                    .expectNoEvents();
        }
    }

    @Test
    void theEndComesAfterTheStartAndAfterAttendanceAndChosenProgrammes() {
        fixture.given(CREATED)
                .when(new RevisePlan(PLAN, null, START, null, null, null), CALLER)
                .expectException(RejectedInputException.class)
                .expectExceptionMessage(mentions("periodEnd", "after the start of the period (2030-01-01)"))
                .expectNoEvents();
        fixture.given(CREATED, OBJECTIVE, TARGET, CHOSEN)
                .when(new RevisePlan(PLAN, null, LocalDate.of(2030, 3, 31), null, null, null), CALLER)
                .expectException(RejectedInputException.class)
                .expectExceptionMessage(mentions("periodEnd", "Hospital finance forum", "withdraw it first"))
                .expectNoEvents();
        EventAttended attended = new EventAttended(PLAN, "a1", "p1", PROGRAM_START, PROGRAM_END, 0, 0, 2.0,
                List.of(), List.of(), null);
        fixture.given(CREATED, OBJECTIVE, TARGET, CHOSEN, attended)
                .when(new RevisePlan(PLAN, null, LocalDate.of(2030, 4, 9), null, null, null), CALLER)
                .expectException(RejectedInputException.class)
                .expectExceptionMessage(mentions("periodEnd", "last attendance logged (2030-04-10)"))
                .expectNoEvents();
        fixture.given(CREATED, OBJECTIVE, TARGET, CHOSEN, attended)
                .when(new RevisePlan(PLAN, null, LocalDate.of(2030, 4, 10), null, null, null), CALLER)
                .expectEvents(new PlanRevised(PLAN, "Hospitals 2030", LocalDate.of(2030, 4, 10), 10, null));
    }

    /** The longest plan period, as when the plan was opened (PlanCreationRules): 36 months here, or the org's own. */
    @Test
    void theEndStaysWithinTheOrgsLongestPlanPeriod() {
        fixture.given(CREATED)
                .when(new RevisePlan(PLAN, null, START.plusMonths(36).plusDays(1), null, null, null), CALLER)
                .expectException(RejectedInputException.class)
                .expectExceptionMessage(mentions("periodEnd", "more than 36 months", "end it by 2033-01-01"))
                .expectNoEvents();
        fixture.given(CREATED)
                .when(new RevisePlan(PLAN, null, START.plusMonths(36), null, null, null), CALLER)
                .expectEvents(new PlanRevised(PLAN, "Hospitals 2030", START.plusMonths(36), 10, null));
        fixture.given(CREATED)
                .when(new RevisePlan(PLAN, null, START.plusMonths(13), null, null, new OrgSettings(3, 2.0, 360, 360,
                        12)), CALLER)
                .expectException(RejectedInputException.class)
                .expectExceptionMessage(mentions("periodEnd", "more than 12 months"))
                .expectNoEvents();
    }

    @Test
    void theTitleIsNotBlankAndTheReasonKeepsTheTextLimit() {
        fixture.given(CREATED)
                .when(new RevisePlan(PLAN, "   ", null, null, tooLong(), null), CALLER)
                .expectException(RejectedInputException.class)
                .expectExceptionMessage(mentions("title", "must not be blank", "reason", "at most 2000"))
                .expectNoEvents();
    }
}
