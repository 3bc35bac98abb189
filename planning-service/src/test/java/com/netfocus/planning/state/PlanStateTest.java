package com.netfocus.planning.state;

import com.netfocus.contracts.plan.EventAttended;
import com.netfocus.contracts.plan.FollowUp;
import com.netfocus.contracts.plan.FollowUpScheduled;
import com.netfocus.contracts.plan.ObjectiveAchieved;
import com.netfocus.contracts.plan.OutreachChannel;
import com.netfocus.contracts.plan.OutreachLogged;
import com.netfocus.contracts.plan.PersonMet;
import com.netfocus.contracts.plan.PersonalDataErased;
import com.netfocus.contracts.plan.TargetIdentified;
import com.netfocus.planning.plan.PlanGivens;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static com.netfocus.planning.plan.PlanGivens.CHOSEN;
import static com.netfocus.planning.plan.PlanGivens.CREATED;
import static com.netfocus.planning.plan.PlanGivens.DEADLINE;
import static com.netfocus.planning.plan.PlanGivens.OBJECTIVE;
import static com.netfocus.planning.plan.PlanGivens.PLAN;
import static com.netfocus.planning.plan.PlanGivens.PROGRAM_END;
import static com.netfocus.planning.plan.PlanGivens.PROGRAM_START;
import static com.netfocus.planning.plan.PlanGivens.TARGET;
import static org.assertj.core.api.Assertions.assertThat;

/** What the rules decide with, as the plan's events left it; each event applied advances the version to its own. */
class PlanStateTest {

    private static final Instant CALLED = Instant.parse("2030-02-03T10:00:00Z");
    private static final TargetIdentified NAMED_CONTACT = new TargetIdentified(PLAN, "t2", "o1", "c-7", null, 2, null);
    private static final EventAttended ATTENDED = new EventAttended(PLAN, "p1", PROGRAM_START, PROGRAM_END, 0, 0, 2.0,
            List.of(new PersonMet(null, "Ann", null, null, null, null, null, "t1").withPersonalFields("Ann", null,
                    "person-ann")),
            List.of(new FollowUp("f1", null, "Bob", null, DEADLINE, "send pricing").withPersonName("Bob",
                    "person-bob")), null);

    @Test
    void aNewStateIsNoPlanUntilItsCreationIsApplied() {
        PlanState state = new PlanState();
        assertThat(state.exists()).isFalse();
        assertThat(state.version()).isEqualTo(-1);

        state.apply(CREATED, 0);

        assertThat(state.exists()).isTrue();
        assertThat(state.planId()).isEqualTo(PLAN);
        assertThat(state.ownership().ownerId()).isEqualTo("rep-1");
        assertThat(state.hoursBudget()).isEqualTo(10);
        assertThat(state.version()).isZero();
    }

    @Test
    void theRulesFindWhatThePlanHoldsById() {
        PlanState state = PlanGivens.state(CREATED, OBJECTIVE, TARGET, CHOSEN,
                new OutreachLogged(PLAN, "r1", "t1", OutreachChannel.PHONE, CALLED, "budget in Q3"));

        assertThat(state.hasObjective("o1")).isTrue();
        assertThat(state.hasObjective(null)).isFalse();
        assertThat(state.activeObjectiveCount()).isEqualTo(1);
        assertThat(state.hasTarget("t1")).isTrue();
        assertThat(state.hasTarget("t9")).isFalse();
        assertThat(state.hasOutreach("r1")).isTrue();
        assertThat(state.platform("p1")).isEqualTo(CHOSEN);
        assertThat(state.plannedHours()).isEqualTo(3.5);
        assertThat(state.version()).isEqualTo(4);
    }

    @Test
    void anAchievedObjectiveNoLongerCountsAsActive() {
        PlanState state = PlanGivens.state(CREATED, OBJECTIVE, new ObjectiveAchieved(PLAN, "o1", "done"));

        assertThat(state.objective("o1").status()).isEqualTo(ObjectiveStatus.ACHIEVED);
        assertThat(state.activeObjectiveCount()).isZero();
    }

    @Test
    void followUpsPromisedAtAnEventOrOnTheirOwnAreOpen() {
        PlanState state = PlanGivens.state(CREATED, OBJECTIVE, TARGET, CHOSEN, ATTENDED,
                new FollowUpScheduled(PLAN, new FollowUp("f2", "c-7", null, null, DEADLINE, "demo")));

        assertThat(state.followUp("f1").status()).isEqualTo(FollowUpStatus.OPEN);
        assertThat(state.followUp("f2").keyId()).isEqualTo("c-7");
        assertThat(state.followUp("f3")).isNull();
    }

    @Test
    void aPersonIsReferencedByTheKeyOfAnyoneMetPromisedOrTargetedAndErasedOnce() {
        PlanState state = PlanGivens.state(CREATED, OBJECTIVE, TARGET, NAMED_CONTACT, CHOSEN, ATTENDED,
                new PersonalDataErased(PLAN, "c-7", CALLED));

        assertThat(state.references(Set.of("person-ann"))).isTrue();
        assertThat(state.references(Set.of("person-bob"))).isTrue();
        assertThat(state.references(Set.of("c-7", "other"))).isTrue();
        assertThat(state.references(Set.of("c-8"))).isFalse();
        assertThat(state.hasErased("c-7")).isTrue();
        assertThat(state.hasErased("c-8")).isFalse();
    }
}
