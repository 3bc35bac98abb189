package com.netfocus.planning.plan;

import com.netfocus.contracts.plan.FollowUp;
import com.netfocus.contracts.plan.FollowUpCancelled;
import com.netfocus.contracts.plan.FollowUpCompleted;
import com.netfocus.contracts.plan.FollowUpRevised;
import com.netfocus.contracts.plan.FollowUpScheduled;
import com.netfocus.contracts.plan.OutreachChannel;
import com.netfocus.contracts.plan.OutreachLogged;
import com.netfocus.contracts.plan.TargetIdentified;
import com.netfocus.planning.followup.CancelFollowUp;
import com.netfocus.planning.followup.CompleteFollowUp;
import com.netfocus.planning.followup.CompleteReachedFollowUp;
import com.netfocus.planning.followup.ReachedFollowUpCompleted;
import com.netfocus.planning.followup.ReviseFollowUp;
import com.netfocus.planning.state.FollowUpEntry;
import com.netfocus.planning.state.FollowUpStatus;
import com.netfocus.support.problem.NotFoundException;
import com.netfocus.support.problem.RejectedInputException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static com.netfocus.planning.plan.PlanGivens.CALLER;
import static com.netfocus.planning.plan.PlanGivens.CREATED;
import static com.netfocus.planning.plan.PlanGivens.NOW;
import static com.netfocus.planning.plan.PlanGivens.OBJECTIVE;
import static com.netfocus.planning.plan.PlanGivens.PLAN;
import static com.netfocus.planning.plan.PlanGivens.TODAY;
import static com.netfocus.planning.plan.PlanGivens.mentions;
import static com.netfocus.planning.plan.PlanGivens.tooLong;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Moving, rewording and cancelling an open follow-up; and completing the follow-ups an outreach with their person
 * reached, one event each, once.
 */
class FollowUpChangesTest {

    private static final TargetIdentified KNOWN = new TargetIdentified(PLAN, "t2", "o1", "c-7", null, 2, null);
    private static final FollowUpScheduled TO_CONTACT = new FollowUpScheduled(PLAN,
            new FollowUp("f1", "c-7", null, "t2", TODAY.plusDays(7), "send the case study"));
    private static final FollowUpScheduled ALSO_TO_CONTACT = new FollowUpScheduled(PLAN,
            new FollowUp("f2", "c-7", null, null, TODAY.plusDays(9), "invite to the demo"));
    private static final FollowUpScheduled TO_SOMEONE_ELSE = new FollowUpScheduled(PLAN,
            new FollowUp("f3", null, "Ann Lee", null, TODAY.plusDays(9), "call"));
    private static final Instant CALLED = NOW.minusSeconds(3600);
    private static final OutreachLogged CALLED_CONTACT = new OutreachLogged(PLAN, "r1", "t2", OutreachChannel.PHONE,
            CALLED, "budget in Q3");

    private AggregateTestFixture<NetworkingPlan> fixture;

    @BeforeEach
    void setUp() {
        fixture = PlanGivens.fixture();
    }

    @Test
    void anOpenFollowUpIsMovedAndReworded() {
        fixture.given(CREATED, OBJECTIVE, KNOWN, TO_CONTACT)
                .when(new ReviseFollowUp(PLAN, "f1", TODAY.plusDays(30), null, " on holiday ", TODAY), CALLER)
                .expectEvents(new FollowUpRevised(PLAN, "f1", TODAY.plusDays(30), "send the case study", "on holiday"))
                .expectState(plan -> assertThat(plan.view().followUps().get(0).dueOn()).isEqualTo(TODAY.plusDays(30)));
        fixture.given(CREATED, OBJECTIVE, KNOWN, TO_CONTACT)
                .when(new ReviseFollowUp(PLAN, "f1", null, " send the pricing ", null, TODAY), CALLER)
                .expectEvents(new FollowUpRevised(PLAN, "f1", TODAY.plusDays(7), "send the pricing", null));
    }

    @Test
    void aRevisionKeepsTheRulesOfAFollowUp() {
        fixture.given(CREATED, OBJECTIVE, KNOWN, TO_CONTACT)
                .when(new ReviseFollowUp(PLAN, "f1", TODAY.minusDays(1), " ", tooLong(), TODAY), CALLER)
                .expectException(RejectedInputException.class)
                .expectExceptionMessage(mentions("dueOn", "not be before today", "action", "reason"))
                .expectNoEvents();
        fixture.given(CREATED, OBJECTIVE, KNOWN, TO_CONTACT)
                .when(new ReviseFollowUp(PLAN, "f1", TODAY.plusDays(366), null, null, TODAY), CALLER)
                .expectException(RejectedInputException.class)
                .expectExceptionMessage(mentions("dueOn", "within 365 days"))
                .expectNoEvents();
        fixture.given(CREATED, OBJECTIVE, KNOWN, TO_CONTACT)
                .when(new ReviseFollowUp(PLAN, "f1", null, null, "nothing", TODAY), CALLER)
                .expectException(RejectedInputException.class)
                .expectExceptionMessage(mentions("body", "dueOn, action or both"))
                .expectNoEvents();
    }

    @Test
    void anOpenFollowUpIsCancelledOnceAndThenChangesNoMore() {
        fixture.given(CREATED, OBJECTIVE, KNOWN, TO_CONTACT)
                .when(new CancelFollowUp(PLAN, "f1", "they left the company"), CALLER)
                .expectEvents(new FollowUpCancelled(PLAN, "f1", "they left the company"))
                .expectState(plan -> assertThat(plan.view().followUps().get(0).status())
                        .isEqualTo(FollowUpStatus.CANCELLED));
        for (Object change : java.util.List.of(new CancelFollowUp(PLAN, "f1", null),
                new ReviseFollowUp(PLAN, "f1", TODAY.plusDays(3), null, null, TODAY),
                new CompleteFollowUp(PLAN, "f1", "done", NOW))) {
            fixture.given(CREATED, OBJECTIVE, KNOWN, TO_CONTACT, new FollowUpCancelled(PLAN, "f1", null))
                    .when(change, CALLER)
                    .expectException(RejectedInputException.class)
                    .expectExceptionMessage(mentions("followUpId", "was cancelled"))
                    .expectNoEvents();
        }
        fixture.given(CREATED, OBJECTIVE, KNOWN, TO_CONTACT, new FollowUpCompleted(PLAN, "f1", NOW, "sent"))
                .when(new CancelFollowUp(PLAN, "f1", null), CALLER)
                .expectException(RejectedInputException.class)
                .expectExceptionMessage(mentions("followUpId", "already completed"))
                .expectNoEvents();
        fixture.given(CREATED, OBJECTIVE, KNOWN, TO_CONTACT)
                .when(new CancelFollowUp(PLAN, "f9", null), CALLER)
                .expectException(NotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void outreachWithThePersonReachesTheirOpenFollowUpsOnly() {
        fixture.given(CREATED, OBJECTIVE, KNOWN, TO_CONTACT, ALSO_TO_CONTACT, TO_SOMEONE_ELSE,
                        new FollowUpCancelled(PLAN, "f2", null), CALLED_CONTACT)
                .when(new CompleteReachedFollowUp(PLAN, "r9"), CALLER)
                .expectNoEvents()
                .expectState(plan -> assertThat(plan.view().followUps()).extracting(FollowUpEntry::outreachId)
                        .containsExactly("r1", null, null));
    }

    @Test
    void theReachedFollowUpsAreCompletedOneEventAtATimeAtTheMomentOfTheOutreachThenNothingMore() {
        OutreachLogged emailed = new OutreachLogged(PLAN, "r1", "t2", OutreachChannel.EMAIL, CALLED, "sent slides");
        fixture.given(CREATED, OBJECTIVE, KNOWN, TO_CONTACT, ALSO_TO_CONTACT, emailed)
                .when(new CompleteReachedFollowUp(PLAN, "r1"), CALLER)
                .expectEvents(new FollowUpCompleted(PLAN, "f1", CALLED, "in touch by email on 2030-02-01", "r1"))
                .expectResultMessagePayload(new ReachedFollowUpCompleted("f1", 6));
        fixture.given(CREATED, OBJECTIVE, KNOWN, TO_CONTACT, ALSO_TO_CONTACT, emailed,
                        new FollowUpCompleted(PLAN, "f1", CALLED, "in touch", "r1"))
                .when(new CompleteReachedFollowUp(PLAN, "r1"), CALLER)
                .expectEvents(new FollowUpCompleted(PLAN, "f2", CALLED, "in touch by email on 2030-02-01", "r1"));
        fixture.given(CREATED, OBJECTIVE, KNOWN, TO_CONTACT, ALSO_TO_CONTACT, emailed,
                        new FollowUpCompleted(PLAN, "f1", CALLED, "in touch", "r1"),
                        new FollowUpCompleted(PLAN, "f2", CALLED, "in touch", "r1"))
                .when(new CompleteReachedFollowUp(PLAN, "r1"), CALLER)
                .expectNoEvents()
                .expectResultMessagePayload(null);
    }

    @Test
    void aFollowUpPromisedAfterTheOutreachIsNotReachedByIt() {
        fixture.given(CREATED, OBJECTIVE, KNOWN, CALLED_CONTACT, TO_CONTACT)
                .when(new CompleteReachedFollowUp(PLAN, "r1"), CALLER)
                .expectNoEvents();
    }
}
