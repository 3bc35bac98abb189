package com.netfocus.catalog.analytics;

import com.netfocus.contracts.plan.AttendanceCorrected;
import com.netfocus.contracts.plan.AttendancePlausibility;
import com.netfocus.contracts.plan.AttendanceRetracted;
import com.netfocus.contracts.plan.EventAttended;
import com.netfocus.contracts.plan.PersonMet;
import com.netfocus.contracts.plan.PlanCreated;
import com.netfocus.contracts.plan.PlanEvent;
import com.netfocus.contracts.plan.PlanEventCodec;
import com.netfocus.contracts.plan.PlanRevised;
import com.netfocus.contracts.plan.PlatformChosen;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a plan's facts follow its attendances as they are logged, corrected and retracted, judged as the figures judge
 * them (AttendancePlausibility): an attendance counted only while it can have happened as it stands, whether logged
 * so or corrected so; and the plan's period as revised.
 */
class PlanFactsUpdateTest {

    private static final String PLAN = "plan-1";
    private static final Instant PROGRAMME = Instant.parse("2031-03-10T17:00:00Z");
    private static final Instant LOGGED = PROGRAMME.plus(Duration.ofDays(1));
    private static final AttendancePlausibility PLAUSIBILITY = new AttendancePlausibility(Duration.ofMinutes(5),
            Duration.ofDays(1096));
    private static final PersonMet ANN = new PersonMet(null, "Ann", null, null, null, null, null, null);

    private final PlanFactsUpdate update = new PlanFactsUpdate((org, chosen, facts, at) ->
            new PlanFactsUpdate.ChoiceForecast("Forum", "CONFERENCE", 1), PLAUSIBILITY);
    private PlanFacts facts = PlanFacts.empty(PLAN);
    private long sequence;

    private void apply(PlanEvent event, Instant at) {
        facts = update.apply(facts, PlanEventCodec.envelope("e-" + sequence, sequence, at, "rep-1", "org", "north",
                "c", event), event);
        sequence++;
    }

    private void opened() {
        apply(new PlanCreated(PLAN, "Plan", LocalDate.parse("2031-01-01"), LocalDate.parse("2031-06-30"), 20, "rep-1",
                "org", "north"), PROGRAMME.minus(Duration.ofDays(60)));
        apply(new PlatformChosen(PLAN, "p1", "Forum", List.of(), PROGRAMME, PROGRAMME.plus(Duration.ofHours(2)), 0, 0,
                2), PROGRAMME.minus(Duration.ofDays(30)));
    }

    private static EventAttended attended(Instant arrivedAt, Instant leftAt, List<PersonMet> people) {
        return new EventAttended(PLAN, "a1", "p1", arrivedAt, leftAt, 0, 0, 2, people, List.of(), null);
    }

    private static AttendanceCorrected corrected(Instant arrivedAt, Instant leftAt, double hours,
                                                 List<PersonMet> people) {
        return new AttendanceCorrected(PLAN, "a1", "p1", arrivedAt, leftAt, 0, 0, hours, people, null, "typo");
    }

    @Test
    void aCorrectionReplacesTheAttendancesFactAndARetractionRemovesIt() {
        opened();
        apply(attended(PROGRAMME, PROGRAMME.plus(Duration.ofHours(2)), List.of(ANN)), LOGGED);
        apply(corrected(PROGRAMME, PROGRAMME.plus(Duration.ofHours(3)), 3, List.of(ANN, ANN)), LOGGED);

        assertThat(facts.attendances()).singleElement().satisfies(fact -> {
            assertThat(fact.hoursSpent()).isEqualTo(3);
            assertThat(fact.peopleMet()).isEqualTo(2);
            assertThat(fact.attendanceId()).isEqualTo("a1");
        });

        apply(new AttendanceRetracted(PLAN, "a1", null, "p1"), LOGGED);
        assertThat(facts.attendances()).isEmpty();
    }

    @Test
    void anAttendanceLeftOutWhenLoggedCountsOnceCorrectedToWhatHappened() {
        opened();
        // logged the day before the visit it names (stored before planning refused such ones): left out
        apply(attended(PROGRAMME.plus(Duration.ofDays(2)), PROGRAMME.plus(Duration.ofDays(2)).plus(Duration.ofHours(2)),
                List.of(ANN)), LOGGED);
        assertThat(facts.attendances()).isEmpty();

        apply(corrected(PROGRAMME, PROGRAMME.plus(Duration.ofHours(2)), 2, List.of(ANN)), LOGGED);

        assertThat(facts.attendances()).singleElement().satisfies(fact -> {
            assertThat(fact.hoursSpent()).isEqualTo(2);
            assertThat(fact.followUps()).as("left out with it, changed on their own").isZero();
        });
    }

    @Test
    void anAttendanceCorrectedToWhatCannotHaveHappenedIsLeftOut() {
        opened();
        apply(attended(PROGRAMME, PROGRAMME.plus(Duration.ofHours(2)), List.of(ANN)), LOGGED);

        // after the plan's period, which ends on 30 June
        apply(corrected(Instant.parse("2031-07-02T17:00:00Z"), Instant.parse("2031-07-02T19:00:00Z"), 2, List.of()),
                Instant.parse("2031-07-03T09:00:00Z"));

        assertThat(facts.attendances()).isEmpty();
    }

    @Test
    void aRevisedPlanKeepsItsNewBudgetAndEnd() {
        opened();
        apply(new PlanRevised(PLAN, "Plan", LocalDate.parse("2031-09-30"), 25, null), LOGGED);

        assertThat(facts.hoursBudget()).isEqualTo(25);
        assertThat(facts.periodEnd()).isEqualTo("2031-09-30");
        assertThat(facts.periodStart()).isEqualTo("2031-01-01");
    }
}
