package com.netfocus.planning.plan;

import com.netfocus.contracts.plan.EventAttended;
import com.netfocus.contracts.plan.PlatformWithdrawn;
import com.netfocus.contracts.plan.TargetRetired;
import com.netfocus.planning.platform.WithdrawPlatform;
import com.netfocus.support.problem.RejectedInputException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.netfocus.planning.plan.PlanGivens.CALLER;
import static com.netfocus.planning.plan.PlanGivens.CHOSEN;
import static com.netfocus.planning.plan.PlanGivens.CREATED;
import static com.netfocus.planning.plan.PlanGivens.OBJECTIVE;
import static com.netfocus.planning.plan.PlanGivens.PLAN;
import static com.netfocus.planning.plan.PlanGivens.PROGRAM_END;
import static com.netfocus.planning.plan.PlanGivens.PROGRAM_START;
import static com.netfocus.planning.plan.PlanGivens.TARGET;
import static com.netfocus.planning.plan.PlanGivens.mentions;
import static com.netfocus.planning.plan.PlanGivens.tooLong;
import static org.assertj.core.api.Assertions.assertThat;

/** Withdrawing a chosen platform frees its planned hours, until an attendance is logged at it. */
class ChoiceWithdrawalTest {

    private AggregateTestFixture<NetworkingPlan> fixture;

    @BeforeEach
    void setUp() {
        fixture = PlanGivens.fixture();
    }

    @Test
    void aChoiceNotAttendedIsWithdrawnAndItsHoursAreFree() {
        fixture.given(CREATED, OBJECTIVE, TARGET, CHOSEN)
                .when(new WithdrawPlatform(PLAN, "p1", " clashes with a board meeting "), CALLER)
                .expectEvents(new PlatformWithdrawn(PLAN, "p1", "clashes with a board meeting"))
                .expectResultMessagePayload(4L)
                .expectState(plan -> {
                    assertThat(plan.view().platforms()).isEmpty();
                    assertThat(plan.view().hours().planned()).isZero();
                });
    }

    @Test
    void theFreedHoursCanBePlannedAgain() {
        // 10 h budget: 3.5 h chosen, withdrawn, then a choice of 9 h fits
        fixture.given(CREATED, OBJECTIVE, TARGET, CHOSEN, new PlatformWithdrawn(PLAN, "p1", null))
                .when(PlanGivens.choice("p2", List.of("t1"), PROGRAM_START,
                        PROGRAM_START.plusSeconds(9 * 3600), 0, 0), CALLER)
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aChoiceWithAnAttendanceIsNotWithdrawn() {
        fixture.given(CREATED, OBJECTIVE, TARGET, CHOSEN, new EventAttended(PLAN, "a1", "p1", PROGRAM_START,
                        PROGRAM_END, 0, 0, 2.0, List.of(), List.of(), null))
                .when(new WithdrawPlatform(PLAN, "p1", null), CALLER)
                .expectException(RejectedInputException.class)
                .expectExceptionMessage(mentions("platformId", "retract the attendance first"))
                .expectNoEvents();
    }

    @Test
    void aPlatformNotChosenNowIsNotWithdrawn() {
        fixture.given(CREATED, OBJECTIVE, TARGET, CHOSEN)
                .when(new WithdrawPlatform(PLAN, "p9", null), CALLER)
                .expectException(RejectedInputException.class)
                .expectExceptionMessage(mentions("platformId", "is not chosen in this plan"))
                .expectNoEvents();
        fixture.given(CREATED, OBJECTIVE, TARGET, CHOSEN, new PlatformWithdrawn(PLAN, "p1", null))
                .when(new WithdrawPlatform(PLAN, "p1", null), CALLER)
                .expectException(RejectedInputException.class)
                .expectExceptionMessage(mentions("platformId", "is not chosen in this plan"))
                .expectNoEvents();
    }

    @Test
    void theReasonKeepsTheTextLimit() {
        fixture.given(CREATED, OBJECTIVE, TARGET, CHOSEN)
                .when(new WithdrawPlatform(PLAN, "p1", tooLong()), CALLER)
                .expectException(RejectedInputException.class)
                .expectExceptionMessage(mentions("reason"))
                .expectNoEvents();
    }

    @Test
    void aRetiredTargetTakesNoNewChoice() {
        fixture.given(CREATED, OBJECTIVE, TARGET, new TargetRetired(PLAN, "t1", null))
                .when(PlanGivens.choice("p1", List.of("t1"), 30, 60), CALLER)
                .expectException(RejectedInputException.class)
                .expectExceptionMessage(mentions("targetIds[0]", "retired"))
                .expectNoEvents();
    }
}
