package com.netfocus.planning.planlist;

import com.netfocus.contracts.plan.AttendanceCorrected;
import com.netfocus.contracts.plan.AttendanceIds;
import com.netfocus.contracts.plan.AttendanceRetracted;
import com.netfocus.contracts.plan.CarriedForward;
import com.netfocus.contracts.plan.EventAttended;
import com.netfocus.contracts.plan.ObjectiveAbandoned;
import com.netfocus.contracts.plan.ObjectiveAchieved;
import com.netfocus.contracts.plan.PlanClosed;
import com.netfocus.contracts.plan.PlanCreated;
import com.netfocus.contracts.plan.PlanEvent;
import com.netfocus.contracts.plan.PlanRevised;
import com.netfocus.contracts.plan.PlatformChosen;
import com.netfocus.contracts.plan.PlatformWithdrawn;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static com.netfocus.planning.plan.PlanGivens.CHOSEN;
import static com.netfocus.planning.plan.PlanGivens.CREATED;
import static com.netfocus.planning.plan.PlanGivens.END;
import static com.netfocus.planning.plan.PlanGivens.OBJECTIVE;
import static com.netfocus.planning.plan.PlanGivens.PLAN;
import static com.netfocus.planning.plan.PlanGivens.PROGRAM_END;
import static com.netfocus.planning.plan.PlanGivens.PROGRAM_START;
import static com.netfocus.planning.plan.PlanGivens.START;
import static com.netfocus.planning.plan.PlanGivens.TARGET;
import static com.netfocus.planning.plan.PlanGivens.objective;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A plan as the list keeps it follows every event that changes what the list shows, each correction replacing or
 * removing exactly its own, and changes nothing on a redelivery or an event that comes before the plan's first.
 */
class ListedPlanTest {

    private static final Instant AT = Instant.parse("2030-02-01T12:00:00Z");
    private static final PlatformChosen SECOND_CHOICE = new PlatformChosen(PLAN, "p2", "Finance dinner", List.of("t1"),
            PROGRAM_START.plusSeconds(86_400), PROGRAM_END.plusSeconds(86_400), 0, 0, 2.0);
    private static final EventAttended ATTENDED = new EventAttended(PLAN, "a1", "p1", PROGRAM_START, PROGRAM_END, 0, 0,
            2.0, List.of(), List.of(), null);

    private static ListedPlan listed(PlanEvent... events) {
        ListedPlan plan = ListedPlan.none(PLAN);
        for (int sequence = 0; sequence < events.length; sequence++) {
            plan = plan.applied(events[sequence], sequence, AT.plusSeconds(sequence));
        }
        return plan;
    }

    @Test
    void aPlanShowsItsFrameHoursObjectivesStatusAndVersion() {
        PlanListItem item = listed(CREATED, OBJECTIVE, objective("o2"), objective("o3"), TARGET, CHOSEN,
                SECOND_CHOICE, ATTENDED, new ObjectiveAchieved(PLAN, "o2", null),
                new ObjectiveAbandoned(PLAN, "o3", "no budget")).item();

        assertThat(item).isEqualTo(new PlanListItem(PLAN, "Hospitals 2030", "rep-1", "north", START, END, 10, 5.5,
                2.0, new ObjectiveCounts(1, 1, 1), ListStatus.OPEN, 9, AT.plusSeconds(9)));
    }

    @Test
    void revisionsWithdrawalsCorrectionsRetractionsAndTheClosureChangeWhatIsShown() {
        LocalDate newEnd = LocalDate.of(2030, 9, 30);
        ListedPlan plan = listed(CREATED, OBJECTIVE, TARGET, CHOSEN, SECOND_CHOICE, ATTENDED,
                new PlanRevised(PLAN, "Hospitals, north", newEnd, 12, "more time"),
                new PlatformWithdrawn(PLAN, "p2", null),
                new AttendanceCorrected(PLAN, "a1", "p1", PROGRAM_START, PROGRAM_END.plusSeconds(3600), 0, 60, 3.0,
                        List.of(), null, null));
        assertThat(plan.item().title()).isEqualTo("Hospitals, north");
        assertThat(plan.item().periodEnd()).isEqualTo(newEnd);
        assertThat(plan.item().hoursBudget()).isEqualTo(12);
        assertThat(plan.item().hoursPlanned()).isEqualTo(3.5);
        assertThat(plan.item().hoursSpent()).isEqualTo(3.0);

        ListedPlan retracted = plan.applied(new AttendanceRetracted(PLAN, "a1", null), 9, AT);
        assertThat(retracted.item().hoursSpent()).isZero();
        ListedPlan closed = retracted.applied(new PlanClosed(PLAN, "plan-2", null), 10, AT);
        assertThat(closed.item().status()).isEqualTo(ListStatus.CLOSED);
        assertThat(closed.item().version()).isEqualTo(10);
    }

    @Test
    void anAttendanceLoggedBeforeIdsIsCorrectedByTheIdItsSequenceGives() {
        EventAttended withoutId = new EventAttended(PLAN, "p1", PROGRAM_START, PROGRAM_END, 0, 0, 2.0, List.of(),
                List.of(), null);
        String derived = AttendanceIds.of(withoutId, 4);
        ListedPlan plan = listed(CREATED, OBJECTIVE, TARGET, CHOSEN, withoutId,
                new AttendanceCorrected(PLAN, derived, "p1", PROGRAM_START, PROGRAM_END, 0, 0, 1.5, List.of(), null,
                        null));
        assertThat(plan.item().hoursSpent()).isEqualTo(1.5);
    }

    @Test
    void aPlanCarriedForwardCountsItsCopiedObjectives() {
        PlanCreated carried = new PlanCreated("plan-2", "Hospitals 2031", START.plusYears(1), END.plusYears(1), 10,
                "rep-1", "acme", "north", new CarriedForward(PLAN, List.of(objective("o1-copy")), List.of()));
        ListedPlan plan = ListedPlan.none("plan-2").applied(carried, 0, AT);
        assertThat(plan.item().objectives()).isEqualTo(new ObjectiveCounts(1, 0, 0));
    }

    @Test
    void aRedeliveryOrAnEventBeforeThePlansFirstChangesNothing() {
        ListedPlan plan = listed(CREATED, OBJECTIVE, TARGET, CHOSEN);
        assertThat(plan.applied(CHOSEN, 3, AT)).isSameAs(plan);
        assertThat(plan.applied(new PlatformWithdrawn(PLAN, "p1", null), 2, AT)).isSameAs(plan);
        ListedPlan none = ListedPlan.none(PLAN);
        assertThat(none.applied(CHOSEN, 3, AT)).isSameAs(none);
        assertThat(none.exists()).isFalse();
    }
}
