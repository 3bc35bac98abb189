package com.netfocus.planning.attendance;

import com.netfocus.contracts.plan.FollowUp;
import com.netfocus.contracts.plan.PersonMet;
import com.netfocus.planning.TestRules;
import com.netfocus.planning.state.PlanState;
import com.netfocus.support.problem.FieldError;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static com.netfocus.planning.plan.PlanGivens.CHOSEN;
import static com.netfocus.planning.plan.PlanGivens.CREATED;
import static com.netfocus.planning.plan.PlanGivens.OBJECTIVE;
import static com.netfocus.planning.plan.PlanGivens.PLAN;
import static com.netfocus.planning.plan.PlanGivens.PROGRAM_END;
import static com.netfocus.planning.plan.PlanGivens.PROGRAM_START;
import static com.netfocus.planning.plan.PlanGivens.TARGET;
import static com.netfocus.planning.plan.PlanGivens.attendance;
import static com.netfocus.planning.plan.PlanGivens.state;
import static com.netfocus.planning.plan.PlanGivens.tooLong;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The attendance rules the fixture tests (NetworkingPlanTest, FollowUpRulesTest) do not reach: missing times, id and
 * clock, empty entries, the notes' length and a follow-up id given twice.
 */
class AttendanceRulesTest {

    private static final LocalDate EVENT_DAY = LocalDate.of(2030, 4, 10);

    private final AttendanceRules rules = new AttendanceRules(TestRules.plan());
    private final PlanState plan = state(CREATED, OBJECTIVE, TARGET, CHOSEN);

    @Test
    void arrivalAndDepartureMustBeGiven() {
        assertThat(rules.toRecord(plan, attendance(null, null, List.of(), null)))
                .containsExactly(new FieldError("arrivedAt", "must be given"),
                        new FieldError("leftAt", "must be given"));
    }

    @Test
    void theAttendanceIdAndTheServicesClockMustBeGiven() {
        assertThat(rules.toRecord(plan, new RecordAttendance(PLAN, " ", "p1", PROGRAM_START, PROGRAM_END, List.of(),
                List.of(), null, Set.of(), null, null)))
                .containsExactly(new FieldError("attendanceId", "must be given"), new FieldError("now", "must be given"));
    }

    @Test
    void emptyEntriesAreNamedByTheirPlace() {
        List<PersonMet> people = Arrays.asList(null, new PersonMet(null, "Ann", null, null, null, null, null, null));
        List<FollowUp> followUps = Arrays.asList(null, null);
        assertThat(rules.toRecord(plan, attendance(PROGRAM_START, PROGRAM_END, people, followUps, null,
                Set.of())))
                .containsExactly(new FieldError("contactsMet[0]", "must not be empty"),
                        new FieldError("followUps[0]", "must not be empty"),
                        new FieldError("followUps[1]", "must not be empty"));
    }

    @Test
    void theNotesKeepTheTextLimit() {
        assertThat(rules.toRecord(plan, attendance(PROGRAM_START, PROGRAM_END, List.of(), tooLong())))
                .containsExactly(new FieldError("notes", "must be at most 2000 characters"));
    }

    @Test
    void aFollowUpIdIsGivenOnce() {
        FollowUp call = new FollowUp("f1", null, "Ann Lee", null, EVENT_DAY.plusDays(3), "call");
        FollowUp mail = new FollowUp("f1", null, "Bob Ray", null, EVENT_DAY.plusDays(3), "mail");
        assertThat(rules.toRecord(plan, attendance(PROGRAM_START, PROGRAM_END, List.of(),
                List.of(call, mail), null, Set.of())))
                .containsExactly(new FieldError("followUps[0].followUpId", "is given twice"),
                        new FieldError("followUps[1].followUpId", "is given twice"));
    }
}
