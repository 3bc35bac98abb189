package com.netfocus.planning.plan;

import com.netfocus.contracts.plan.EventAttended;
import com.netfocus.contracts.plan.FollowUp;
import com.netfocus.contracts.plan.FollowUpCompleted;
import com.netfocus.contracts.plan.FollowUpScheduled;
import com.netfocus.planning.attendance.RecordAttendance;
import com.netfocus.planning.followup.CompleteFollowUp;
import com.netfocus.planning.followup.ScheduleFollowUp;
import com.netfocus.planning.state.FollowUpStatus;
import com.netfocus.support.problem.NotFoundException;
import com.netfocus.support.problem.RejectedInputException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static com.netfocus.planning.plan.PlanGivens.ATTENDANCE;
import static com.netfocus.planning.plan.PlanGivens.CALLER;
import static com.netfocus.planning.plan.PlanGivens.CHOSEN;
import static com.netfocus.planning.plan.PlanGivens.CREATED;
import static com.netfocus.planning.plan.PlanGivens.NOW;
import static com.netfocus.planning.plan.PlanGivens.OBJECTIVE;
import static com.netfocus.planning.plan.PlanGivens.PLAN;
import static com.netfocus.planning.plan.PlanGivens.PROGRAM_END;
import static com.netfocus.planning.plan.PlanGivens.PROGRAM_START;
import static com.netfocus.planning.plan.PlanGivens.TARGET;
import static com.netfocus.planning.plan.PlanGivens.TODAY;
import static com.netfocus.planning.plan.PlanGivens.attendance;
import static com.netfocus.planning.plan.PlanGivens.mentions;
import static org.assertj.core.api.Assertions.assertThat;

/** Follow-ups scheduled on their own or promised at an event, and completed once. */
class FollowUpRulesTest {

    private static final FollowUp TO_CONTACT = new FollowUp("f1", "c-7", null, "t1", TODAY.plusDays(7),
            "send the case study");
    private static final FollowUpScheduled SCHEDULED = new FollowUpScheduled(PLAN, TO_CONTACT);
    private static final LocalDate EVENT_DAY = LocalDate.of(2030, 4, 10);

    private AggregateTestFixture<NetworkingPlan> fixture;

    @BeforeEach
    void setUp() {
        fixture = PlanGivens.fixture();
    }

    private static ScheduleFollowUp schedule(FollowUp followUp) {
        return new ScheduleFollowUp(PLAN, followUp, TODAY, Set.of("c-7"));
    }

    private static FollowUp named(String id, LocalDate dueOn) {
        return new FollowUp(id, null, "Ann Lee", null, dueOn, "call about the pilot");
    }

    @Nested
    class Schedule {

        @Test
        void aFollowUpWithAKnownContactIsScheduledOpen() {
            fixture.given(CREATED, OBJECTIVE, TARGET)
                    .when(schedule(TO_CONTACT), CALLER)
                    .expectEvents(SCHEDULED)
                    .expectResultMessagePayload(3L)
                    .expectState(plan -> assertThat(plan.view().followUps()).singleElement()
                            .satisfies(f -> assertThat(f.status()).isEqualTo(FollowUpStatus.OPEN)));
        }

        @Test
        void aContactUnknownToTheOrgIsRefused() {
            fixture.given(CREATED, OBJECTIVE, TARGET)
                    .when(new ScheduleFollowUp(PLAN, TO_CONTACT, TODAY, Set.of()), CALLER)
                    .expectException(RejectedInputException.class)
                    .expectExceptionMessage(mentions("contactId", "no contact c-7"))
                    .expectNoEvents();
        }

        @Test
        void exactlyOnePersonIsNamed() {
            fixture.given(CREATED)
                    .when(schedule(new FollowUp("f2", null, " ", null, TODAY, "call")), CALLER)
                    .expectException(RejectedInputException.class)
                    .expectExceptionMessage(mentions("personName", "contactId or the person's name"))
                    .expectNoEvents();
            fixture.given(CREATED)
                    .when(schedule(new FollowUp("f2", "c-7", "Ann", null, TODAY, "call")), CALLER)
                    .expectException(RejectedInputException.class)
                    .expectExceptionMessage(mentions("contactId", "not both"))
                    .expectNoEvents();
        }

        @Test
        void theDueDateLiesFromTodayToTheConfiguredHorizon() {
            fixture.given(CREATED)
                    .when(schedule(named("f2", TODAY.minusDays(1))), CALLER)
                    .expectException(RejectedInputException.class)
                    .expectExceptionMessage(mentions("dueOn", "not be before today"))
                    .expectNoEvents();
            fixture.given(CREATED)
                    .when(schedule(named("f2", TODAY.plusDays(366))), CALLER)
                    .expectException(RejectedInputException.class)
                    .expectExceptionMessage(mentions("dueOn", "within 365 days"))
                    .expectNoEvents();
            fixture.given(CREATED)
                    .when(schedule(named("f2", TODAY)), CALLER)
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void aGivenTargetMustExist() {
            fixture.given(CREATED, OBJECTIVE, TARGET)
                    .when(schedule(new FollowUp("f2", null, "Ann", "ghost", TODAY, "call")), CALLER)
                    .expectException(RejectedInputException.class)
                    .expectExceptionMessage(mentions("targetId", "no target ghost"))
                    .expectNoEvents();
        }

        @Test
        void theActionIsRequired() {
            fixture.given(CREATED)
                    .when(schedule(new FollowUp("f2", null, "Ann", null, TODAY, "")), CALLER)
                    .expectException(RejectedInputException.class)
                    .expectExceptionMessage(mentions("action"))
                    .expectNoEvents();
        }

        @Test
        void anIdIsUsedOnce() {
            fixture.given(CREATED, OBJECTIVE, TARGET, SCHEDULED)
                    .when(schedule(named("f1", TODAY)), CALLER)
                    .expectException(RejectedInputException.class)
                    .expectExceptionMessage(mentions("followUpId", "already exists"))
                    .expectNoEvents();
        }
    }

    @Nested
    class Complete {

        @Test
        void anOpenFollowUpIsCompletedOnce() {
            fixture.given(CREATED, OBJECTIVE, TARGET, SCHEDULED)
                    .when(new CompleteFollowUp(PLAN, "f1", " she wants a demo ", NOW), CALLER)
                    .expectEvents(new FollowUpCompleted(PLAN, "f1", NOW, "she wants a demo"))
                    .expectState(plan -> assertThat(plan.view().followUps()).singleElement().satisfies(f -> {
                        assertThat(f.status()).isEqualTo(FollowUpStatus.DONE);
                        assertThat(f.completedAt()).isEqualTo(NOW);
                    }));
            fixture.given(CREATED, OBJECTIVE, TARGET, SCHEDULED, new FollowUpCompleted(PLAN, "f1", NOW, "done"))
                    .when(new CompleteFollowUp(PLAN, "f1", "again", NOW), CALLER)
                    .expectException(RejectedInputException.class)
                    .expectExceptionMessage(mentions("followUpId", "already completed"))
                    .expectNoEvents();
        }

        @Test
        void anUnknownFollowUpIsNotFound() {
            fixture.given(CREATED, OBJECTIVE, TARGET, SCHEDULED)
                    .when(new CompleteFollowUp(PLAN, "f-x", "done", NOW), CALLER)
                    .expectException(NotFoundException.class)
                    .expectNoEvents();
        }

        @Test
        void theOutcomeIsRequired() {
            fixture.given(CREATED, OBJECTIVE, TARGET, SCHEDULED)
                    .when(new CompleteFollowUp(PLAN, "f1", " ", NOW), CALLER)
                    .expectException(RejectedInputException.class)
                    .expectExceptionMessage(mentions("outcome"))
                    .expectNoEvents();
        }
    }

    @Nested
    class AtAnEvent {

        private RecordAttendance attend(List<FollowUp> followUps, Set<String> knownContactIds) {
            return attendance(PROGRAM_START, PROGRAM_END, List.of(), followUps, null, knownContactIds);
        }

        @Test
        void followUpsPromisedAtAnEventTravelInsideTheAttendance() {
            FollowUp promised = new FollowUp("f5", "c-7", null, "t1", EVENT_DAY.plusDays(3), "send pricing");
            fixture.given(CREATED, OBJECTIVE, TARGET, CHOSEN)
                    .when(attend(List.of(promised), Set.of("c-7")), CALLER)
                    .expectEvents(new EventAttended(PLAN, ATTENDANCE, "p1", PROGRAM_START, PROGRAM_END, 0, 0, 2.0, List.of(),
                            List.of(promised), null))
                    .expectState(plan -> assertThat(plan.view().followUps()).singleElement()
                            .satisfies(f -> assertThat(f.followUpId()).isEqualTo("f5")));
        }

        @Test
        void aFollowUpPromisedAtAnEventCanBeCompletedLater() {
            FollowUp promised = named("f5", EVENT_DAY.plusDays(3));
            Instant later = Instant.parse("2030-04-12T10:00:00Z");
            fixture.given(CREATED, OBJECTIVE, TARGET, CHOSEN, new EventAttended(PLAN, ATTENDANCE, "p1", PROGRAM_START, PROGRAM_END,
                            0, 0, 2.0, List.of(), List.of(promised), null))
                    .when(new CompleteFollowUp(PLAN, "f5", "called", later), CALLER)
                    .expectEvents(new FollowUpCompleted(PLAN, "f5", later, "called"));
        }

        @Test
        void eachFollowUpIsCheckedAndNamedByItsPlace() {
            fixture.given(CREATED, OBJECTIVE, TARGET, CHOSEN)
                    .when(attend(List.of(named("f5", EVENT_DAY), named("f6", EVENT_DAY.minusDays(1)),
                            new FollowUp("f7", "c-unknown", null, null, EVENT_DAY, "call"), named("f5", EVENT_DAY)),
                            Set.of()), CALLER)
                    .expectException(RejectedInputException.class)
                    .expectExceptionMessage(mentions("followUps[1].dueOn", "the day of the event",
                            "followUps[2].contactId", "followUps[3].followUpId", "given twice"))
                    .expectNoEvents();
        }
    }
}
