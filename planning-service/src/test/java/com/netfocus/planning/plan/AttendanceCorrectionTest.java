package com.netfocus.planning.plan;

import com.netfocus.contracts.plan.AttendanceCorrected;
import com.netfocus.contracts.plan.AttendanceIds;
import com.netfocus.contracts.plan.AttendanceRetracted;
import com.netfocus.contracts.plan.EventAttended;
import com.netfocus.contracts.plan.FollowUp;
import com.netfocus.contracts.plan.PersonMet;
import com.netfocus.planning.attendance.CorrectAttendance;
import com.netfocus.planning.attendance.RecordAttendance;
import com.netfocus.planning.attendance.RetractAttendance;
import com.netfocus.planning.platform.WithdrawPlatform;
import com.netfocus.planning.view.PlanView;
import com.netfocus.support.problem.ConflictingInputException;
import com.netfocus.support.problem.NotFoundException;
import com.netfocus.support.problem.RejectedInputException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import static com.netfocus.planning.plan.PlanGivens.AFTERWARDS;
import static com.netfocus.planning.plan.PlanGivens.CALLER;
import static com.netfocus.planning.plan.PlanGivens.CHOSEN;
import static com.netfocus.planning.plan.PlanGivens.CREATED;
import static com.netfocus.planning.plan.PlanGivens.DEADLINE;
import static com.netfocus.planning.plan.PlanGivens.OBJECTIVE;
import static com.netfocus.planning.plan.PlanGivens.PLAN;
import static com.netfocus.planning.plan.PlanGivens.PROGRAM_END;
import static com.netfocus.planning.plan.PlanGivens.PROGRAM_START;
import static com.netfocus.planning.plan.PlanGivens.TARGET;
import static com.netfocus.planning.plan.PlanGivens.correction;
import static com.netfocus.planning.plan.PlanGivens.mentions;
import static com.netfocus.planning.plan.PlanGivens.tooLong;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Correcting a logged attendance (the same rules as logging it, at the platform it was logged at; the corrected
 * figures replace the logged ones) and retracting one (its hours and people no longer count; the choice stays).
 * Attendances logged before they had ids are named by their plan and sequence.
 */
class AttendanceCorrectionTest {

    private static final PersonMet ANN = new PersonMet(null, "Ann", "St. Mary", null, null, null, null, "t1", "p-ann");
    private static final PersonMet BOB = new PersonMet(null, "Bob", "St. Mary", null, null, null, null, "t1", "p-bob");
    private static final FollowUp CALL_ANN = new FollowUp("f1", null, "Ann", "t1", DEADLINE, "call", "p-ann");
    private static final EventAttended ATTENDED = new EventAttended(PLAN, "a1", "p1", PROGRAM_START, PROGRAM_END, 0, 0,
            2.0, List.of(ANN), List.of(CALL_ANN), "good");
    private static final Instant EARLY = PROGRAM_START.minusSeconds(3600);
    private static final Instant LATE = PROGRAM_END.plusSeconds(1800);

    private AggregateTestFixture<NetworkingPlan> fixture;

    @BeforeEach
    void setUp() {
        fixture = PlanGivens.fixture();
    }

    @Test
    void theCorrectedVisitReplacesTheLoggedOneAndItsFiguresFollow() {
        fixture.given(CREATED, OBJECTIVE, TARGET, CHOSEN, ATTENDED)
                .when(correction(EARLY, LATE, List.of(ANN, BOB), "better", " came earlier "),
                        CALLER)
                .expectEvents(new AttendanceCorrected(PLAN, "a1", "p1", EARLY, LATE, 60, 30, 3.5, List.of(ANN, BOB),
                        "better", "came earlier"))
                .expectResultMessagePayload(5L)
                .expectState(plan -> {
                    PlanView view = plan.view();
                    assertThat(view.hours().spent()).isEqualTo(3.5);
                    assertThat(view.objectives().get(0).progress().peopleMet()).isEqualTo(2);
                    assertThat(view.attendance()).singleElement().satisfies(attended -> {
                        assertThat(attended.attendanceId()).isEqualTo("a1");
                        assertThat(attended.minutesBeforeProgram()).isEqualTo(60);
                        // follow-ups promised there are managed on their own
                        assertThat(attended.followUps()).containsExactly(CALL_ANN);
                    });
                    assertThat(view.followUps()).hasSize(1);
                });
    }

    @Test
    void aCorrectionKeepsTheRulesOfAVisit() {
        fixture.given(CREATED, OBJECTIVE, TARGET, CHOSEN, ATTENDED)
                .when(correction(LATE, EARLY, List.of(new PersonMet(null, " ", null, null,
                        null, null, null, "t9")), tooLong(), tooLong()), CALLER)
                .expectException(RejectedInputException.class)
                .expectExceptionMessage(mentions("leftAt", "contactsMet[0].name", "contactsMet[0].targetId", "notes",
                        "reason"))
                .expectNoEvents();
        fixture.given(CREATED, OBJECTIVE, TARGET, CHOSEN, ATTENDED)
                .when(correction(null, null, List.of(), null, null), CALLER)
                .expectException(RejectedInputException.class)
                .expectExceptionMessage(mentions("arrivedAt", "leftAt"))
                .expectNoEvents();
    }

    /** The rules of a visit logged (AttendanceRules), the same for the visit as corrected. */
    @Test
    void aCorrectedVisitHasHappenedAroundTheProgrammeWithPeopleOfTheOrg() {
        fixture.given(CREATED, OBJECTIVE, TARGET, CHOSEN, ATTENDED)
                .when(correction(EARLY, AFTERWARDS.plus(Duration.ofHours(2)), List.of(), null, "stayed on"), CALLER)
                .expectException(RejectedInputException.class)
                .expectExceptionMessage(mentions("leftAt", "lies in the future"))
                .expectNoEvents();
        fixture.given(CREATED, OBJECTIVE, TARGET, CHOSEN, ATTENDED)
                .when(correction(PROGRAM_START.minus(Duration.ofHours(7)), LATE, List.of(), null, null), CALLER)
                .expectException(RejectedInputException.class)
                .expectExceptionMessage(mentions("arrivedAt", "before the programme"))
                .expectNoEvents();
        PersonMet known = new PersonMet("c-7", null, null, null, null, null, null, "t1");
        fixture.given(CREATED, OBJECTIVE, TARGET, CHOSEN, ATTENDED)
                .when(correction(EARLY, LATE, List.of(known), null, null), CALLER)
                .expectException(RejectedInputException.class)
                .expectExceptionMessage(mentions("contactsMet[0].contactId", "no contact c-7"))
                .expectNoEvents();
        fixture.given(CREATED, OBJECTIVE, TARGET, CHOSEN, ATTENDED)
                .when(correction(EARLY, LATE, List.of(known), null, null, Set.of("c-7")), CALLER)
                .expectSuccessfulHandlerExecution();
        fixture.given(CREATED, OBJECTIVE, TARGET, CHOSEN, ATTENDED)
                .when(correction(EARLY, LATE, Collections.nCopies(201, ANN), null, null), CALLER)
                .expectException(RejectedInputException.class)
                .expectExceptionMessage(mentions("contactsMet", "200"))
                .expectNoEvents();
    }

    @Test
    void aRetractedAttendanceMakesWayForTheVisitLoggedAgain() {
        fixture.given(CREATED, OBJECTIVE, TARGET, CHOSEN, ATTENDED)
                .when(PlanGivens.attendance(EARLY, LATE, List.of(), null), CALLER)
                .expectException(ConflictingInputException.class)
                .expectNoEvents();
        fixture.given(CREATED, OBJECTIVE, TARGET, CHOSEN, ATTENDED, new AttendanceRetracted(PLAN, "a1", null))
                .when(new RecordAttendance(PLAN, "a2", "p1", EARLY, LATE, List.of(),
                        List.of(), null, Set.of(), AFTERWARDS, null), CALLER)
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void anUnknownAttendanceIsNotFound() {
        fixture.given(CREATED, OBJECTIVE, TARGET, CHOSEN, ATTENDED)
                .when(new CorrectAttendance(PLAN, "a9", EARLY, LATE, List.of(), null, null, Set.of(), AFTERWARDS, null), CALLER)
                .expectException(NotFoundException.class)
                .expectNoEvents();
        fixture.given(CREATED, OBJECTIVE, TARGET, CHOSEN, ATTENDED)
                .when(new RetractAttendance(PLAN, "a9", null), CALLER)
                .expectException(NotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void anAttendanceLoggedBeforeIdsIsNamedByItsPlanAndSequence() {
        EventAttended withoutId = new EventAttended(PLAN, "p1", PROGRAM_START, PROGRAM_END, 0, 0, 2.0, List.of(ANN),
                List.of(), null);
        String derived = AttendanceIds.of(withoutId, 4);
        fixture.given(CREATED, OBJECTIVE, TARGET, CHOSEN, withoutId)
                .when(new RetractAttendance(PLAN, derived, "logged twice"), CALLER)
                .expectEvents(new AttendanceRetracted(PLAN, derived, "logged twice", "p1"));
    }

    @Test
    void aRetractedAttendanceNoLongerCountsAndItsChoiceStays() {
        fixture.given(CREATED, OBJECTIVE, TARGET, CHOSEN, ATTENDED)
                .when(new RetractAttendance(PLAN, "a1", null), CALLER)
                .expectEvents(new AttendanceRetracted(PLAN, "a1", null, "p1"))
                .expectState(plan -> {
                    PlanView view = plan.view();
                    assertThat(view.attendance()).isEmpty();
                    assertThat(view.hours().spent()).isZero();
                    assertThat(view.objectives().get(0).progress().peopleMet()).isZero();
                    assertThat(view.platforms()).hasSize(1);
                });
        // and with no attendance left at it, the choice can be withdrawn
        fixture.given(CREATED, OBJECTIVE, TARGET, CHOSEN, ATTENDED, new AttendanceRetracted(PLAN, "a1", null))
                .when(new WithdrawPlatform(PLAN, "p1", null), CALLER)
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aRetractedAttendanceIsNotCorrectedOrRetractedAgain() {
        for (Object change : List.of(new RetractAttendance(PLAN, "a1", null),
                correction(EARLY, LATE, List.of(), null, null))) {
            fixture.given(CREATED, OBJECTIVE, TARGET, CHOSEN, ATTENDED, new AttendanceRetracted(PLAN, "a1", null))
                    .when(change, CALLER)
                    .expectException(RejectedInputException.class)
                    .expectExceptionMessage(mentions("attendanceId", "was retracted"))
                    .expectNoEvents();
        }
    }
}
