package com.netfocus.planning.plan;

import com.netfocus.contracts.plan.EventAttended;
import com.netfocus.contracts.plan.PersonMet;
import com.netfocus.contracts.plan.PlatformChosen;
import com.netfocus.contracts.plan.TargetIdentified;
import com.netfocus.contracts.plan.TargetRetired;
import com.netfocus.planning.target.RetireTarget;
import com.netfocus.planning.target.TargetRetirement;
import com.netfocus.support.problem.NotFoundException;
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
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Retiring a target: once; the answer names the choices left serving no active target; what was done for the target
 * still counts toward its objective.
 */
class TargetRetirementTest {

    private static final TargetIdentified SECOND = new TargetIdentified(PLAN, "t2", "o1", "c-7", null, 2, null);
    /** Chosen for both targets; CHOSEN serves t1 alone. */
    private static final PlatformChosen FOR_BOTH = new PlatformChosen(PLAN, "p2", "Finance dinner", List.of("t1", "t2"),
            PROGRAM_START.plusSeconds(86_400), PROGRAM_END.plusSeconds(86_400), 0, 0, 2.0);

    private AggregateTestFixture<NetworkingPlan> fixture;

    @BeforeEach
    void setUp() {
        fixture = PlanGivens.fixture();
    }

    @Test
    void aRetiredTargetNamesTheChoicesThatServedOnlyIt() {
        fixture.given(CREATED, OBJECTIVE, TARGET, SECOND, CHOSEN, FOR_BOTH)
                .when(new RetireTarget(PLAN, "t1", " no CFO budget this year "), CALLER)
                .expectEvents(new TargetRetired(PLAN, "t1", "no CFO budget this year"))
                .expectResultMessagePayload(new TargetRetirement(List.of("p1"), 6))
                .expectState(plan -> {
                    assertThat(plan.view().targets()).extracting(TargetIdentified::targetId).containsExactly("t2");
                    assertThat(plan.view().retiredTargets()).extracting(TargetIdentified::targetId)
                            .containsExactly("t1");
                });
        fixture.given(CREATED, OBJECTIVE, TARGET, SECOND, CHOSEN, FOR_BOTH, new TargetRetired(PLAN, "t1", null))
                .when(new RetireTarget(PLAN, "t2", null), CALLER)
                .expectResultMessagePayload(new TargetRetirement(List.of("p2"), 7));
    }

    @Test
    void whatWasDoneForARetiredTargetStillCounts() {
        EventAttended attended = new EventAttended(PLAN, "a1", "p1", PROGRAM_START, PROGRAM_END, 0, 0, 2.0,
                List.of(new PersonMet(null, "Ann", "St. Mary", null, null, null, null, "t1")), List.of(), null);
        fixture.given(CREATED, OBJECTIVE, TARGET, CHOSEN, attended)
                .when(new RetireTarget(PLAN, "t1", null), CALLER)
                .expectState(plan -> assertThat(plan.view().objectives().get(0).progress().peopleMet()).isOne());
    }

    @Test
    void aTargetIsRetiredOnceAndAnUnknownOneIsNotFound() {
        fixture.given(CREATED, OBJECTIVE, TARGET, new TargetRetired(PLAN, "t1", null))
                .when(new RetireTarget(PLAN, "t1", null), CALLER)
                .expectException(RejectedInputException.class)
                .expectExceptionMessage(mentions("targetId", "already retired"))
                .expectNoEvents();
        fixture.given(CREATED, OBJECTIVE, TARGET)
                .when(new RetireTarget(PLAN, "t9", null), CALLER)
                .expectException(NotFoundException.class)
                .expectNoEvents();
    }
}
