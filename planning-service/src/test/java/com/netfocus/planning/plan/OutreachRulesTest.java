package com.netfocus.planning.plan;

import com.netfocus.contracts.plan.OutreachChannel;
import com.netfocus.contracts.plan.OutreachLogged;
import com.netfocus.planning.outreach.LogOutreach;
import com.netfocus.support.problem.RejectedInputException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static com.netfocus.planning.plan.PlanGivens.CALLER;
import static com.netfocus.planning.plan.PlanGivens.CREATED;
import static com.netfocus.planning.plan.PlanGivens.NOW;
import static com.netfocus.planning.plan.PlanGivens.OBJECTIVE;
import static com.netfocus.planning.plan.PlanGivens.PLAN;
import static com.netfocus.planning.plan.PlanGivens.TARGET;
import static com.netfocus.planning.plan.PlanGivens.mentions;
import static org.assertj.core.api.Assertions.assertThat;

/** Outreach to a target: logged once it happened, inside the plan, with what was learned. */
class OutreachRulesTest {

    private static final Instant MORNING = Instant.parse("2030-02-01T09:30:00Z");

    private AggregateTestFixture<NetworkingPlan> fixture;

    @BeforeEach
    void setUp() {
        fixture = PlanGivens.fixture();
    }

    private static LogOutreach log(String targetId, OutreachChannel channel, Instant happenedAt, String summary) {
        return new LogOutreach(PLAN, "r1", targetId, channel, happenedAt, summary, NOW);
    }

    @Test
    void outreachIsLoggedAndCountsTowardTheObjective() {
        fixture.given(CREATED, OBJECTIVE, TARGET)
                .when(log("t1", OutreachChannel.PHONE, MORNING, " CFOs buy after a pilot "), CALLER)
                .expectEvents(new OutreachLogged(PLAN, "r1", "t1", OutreachChannel.PHONE, MORNING,
                        "CFOs buy after a pilot"))
                .expectResultMessagePayload(3L)
                .expectState(plan -> {
                    assertThat(plan.view().outreach()).hasSize(1);
                    assertThat(plan.view().objectives().get(0).progress().outreach()).isEqualTo(1);
                });
    }

    @Test
    void theTargetMustExist() {
        fixture.given(CREATED, OBJECTIVE, TARGET)
                .when(log("ghost", OutreachChannel.EMAIL, MORNING, "x"), CALLER)
                .expectException(RejectedInputException.class)
                .expectExceptionMessage(mentions("targetId", "no target ghost"))
                .expectNoEvents();
    }

    @Test
    void theChannelIsRequired() {
        fixture.given(CREATED, OBJECTIVE, TARGET)
                .when(log("t1", null, MORNING, "x"), CALLER)
                .expectException(RejectedInputException.class)
                .expectExceptionMessage(mentions("channel", "PHONE, EMAIL, IN_PERSON"))
                .expectNoEvents();
    }

    @Test
    void outreachInTheFutureIsRefusedBeyondTheTolerance() {
        fixture.given(CREATED, OBJECTIVE, TARGET)
                .when(log("t1", OutreachChannel.IN_PERSON, NOW.plus(Duration.ofMinutes(6)), "x"), CALLER)
                .expectException(RejectedInputException.class)
                .expectExceptionMessage(mentions("happenedAt", "future"))
                .expectNoEvents();
        fixture.given(CREATED, OBJECTIVE, TARGET)
                .when(log("t1", OutreachChannel.IN_PERSON, NOW.plus(Duration.ofMinutes(4)), "x"), CALLER)
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void outreachBeforeThePlanPeriodIsRefused() {
        fixture.given(CREATED, OBJECTIVE, TARGET)
                .when(log("t1", OutreachChannel.PHONE, Instant.parse("2029-12-31T23:59:00Z"), "x"), CALLER)
                .expectException(RejectedInputException.class)
                .expectExceptionMessage(mentions("happenedAt", "before the plan period", "2030-01-01"))
                .expectNoEvents();
    }

    @Test
    void theSummaryIsRequiredAndBounded() {
        fixture.given(CREATED, OBJECTIVE, TARGET)
                .when(log("t1", OutreachChannel.PHONE, MORNING, " "), CALLER)
                .expectException(RejectedInputException.class)
                .expectExceptionMessage(mentions("summary", "what was learned"))
                .expectNoEvents();
        fixture.given(CREATED, OBJECTIVE, TARGET)
                .when(log("t1", OutreachChannel.PHONE, MORNING, "y".repeat(2001)), CALLER)
                .expectException(RejectedInputException.class)
                .expectExceptionMessage(mentions("summary", "at most 2000"))
                .expectNoEvents();
    }
}
