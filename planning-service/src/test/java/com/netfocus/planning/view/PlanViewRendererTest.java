package com.netfocus.planning.view;

import com.netfocus.contracts.plan.EventAttended;
import com.netfocus.contracts.plan.FollowUp;
import com.netfocus.contracts.plan.FollowUpCompleted;
import com.netfocus.contracts.plan.FollowUpScheduled;
import com.netfocus.contracts.plan.ObjectiveAbandoned;
import com.netfocus.contracts.plan.ObjectiveAchieved;
import com.netfocus.contracts.plan.ObjectiveProgressRecorded;
import com.netfocus.contracts.plan.ObjectiveRevised;
import com.netfocus.contracts.plan.OutreachChannel;
import com.netfocus.contracts.plan.OutreachLogged;
import com.netfocus.contracts.plan.PersonMet;
import com.netfocus.contracts.plan.PlanEvent;
import com.netfocus.contracts.plan.TargetIdentified;
import com.netfocus.contracts.plan.TargetProfile;
import com.netfocus.planning.state.FollowUpEntry;
import com.netfocus.planning.state.FollowUpStatus;
import com.netfocus.planning.state.ObjectiveStatus;
import com.netfocus.planning.state.PlanState;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static com.netfocus.planning.plan.PlanGivens.CHOSEN;
import static com.netfocus.planning.plan.PlanGivens.CREATED;
import static com.netfocus.planning.plan.PlanGivens.DEADLINE;
import static com.netfocus.planning.plan.PlanGivens.PLAN;
import static com.netfocus.planning.plan.PlanGivens.PROGRAM_END;
import static com.netfocus.planning.plan.PlanGivens.PROGRAM_START;
import static com.netfocus.planning.plan.PlanGivens.TARGET;
import static com.netfocus.planning.plan.PlanGivens.objective;
import static org.assertj.core.api.Assertions.assertThat;

/** Progress, statuses and follow-ups are derived from the plan's events alone, also for a prefix of them (asOf). */
class PlanViewRendererTest {

    private static final TargetIdentified SECOND_TARGET = new TargetIdentified(PLAN, "t2", "o1", "c-7", null, 2, null);
    private static final TargetIdentified OTHER_OBJECTIVES_TARGET = new TargetIdentified(PLAN, "t3", "o2", null,
            new TargetProfile(null, "CIO", null), 3, null);
    private static final Instant CALLED = Instant.parse("2030-02-03T10:00:00Z");

    private static PersonMet met(String name, String targetId) {
        return new PersonMet(null, name, "St. Mary", null, null, null, null, targetId);
    }

    private static final EventAttended ATTENDED = new EventAttended(PLAN, "p1", PROGRAM_START, PROGRAM_END, 0, 0, 2.0,
            List.of(met("Ann", "t1"), met("Bob", "t2"), met("Cy", "t3"), met("Dee", null)),
            List.of(new FollowUp("f1", null, "Ann", "t1", DEADLINE, "send pricing")), null);

    private static final List<PlanEvent> HISTORY = List.of(
            CREATED, objective("o1"), objective("o2"), TARGET, SECOND_TARGET, OTHER_OBJECTIVES_TARGET, CHOSEN,
            ATTENDED,
            new OutreachLogged(PLAN, "r1", "t2", OutreachChannel.PHONE, CALLED, "budget in Q3"),
            new OutreachLogged(PLAN, "r2", "t3", OutreachChannel.EMAIL, CALLED, "not the buyer"),
            new ObjectiveProgressRecorded(PLAN, "o1", 3, "referrals"),
            new FollowUpScheduled(PLAN, new FollowUp("f2", "c-7", null, null, DEADLINE, "demo")),
            new FollowUpCompleted(PLAN, "f1", CALLED, "sent"),
            new ObjectiveRevised(PLAN, "o1", "Learn how hospital CFOs buy", "pilots", "CFOs met", 6, DEADLINE, null),
            new ObjectiveAbandoned(PLAN, "o2", "no budget"));

    private static PlanState replay(int events) {
        PlanState state = new PlanState();
        for (int sequence = 0; sequence < events; sequence++) {
            state.apply(HISTORY.get(sequence), sequence);
        }
        return state;
    }

    private static ObjectiveView objectiveOf(PlanState state, String objectiveId) {
        return PlanViewRenderer.render(state).objectives().stream()
                .filter(objective -> objective.objectiveId().equals(objectiveId)).findFirst().orElseThrow();
    }

    @Test
    void progressCountsPeopleMetAndOutreachOnTheObjectivesTargetsPlusManualProgress() {
        PlanState state = replay(13);

        // o1: Ann (t1) and Bob (t2) met, one call to t2, 3 by hand; target 10
        assertThat(objectiveOf(state, "o1").progress()).isEqualTo(new ObjectiveProgress(2, 1, 3, 6, 10, 60));
        // o2: Cy (t3) met, one e-mail to t3; Dee matched no target and counts nowhere
        assertThat(objectiveOf(state, "o2").progress()).isEqualTo(new ObjectiveProgress(1, 1, 0, 2, 10, 20));
    }

    @Test
    void aRevisedTargetChangesThePercentAndTheExcessStaysVisibleInTheTotal() {
        PlanState state = replay(14);

        assertThat(objectiveOf(state, "o1").progress()).isEqualTo(new ObjectiveProgress(2, 1, 3, 6, 6, 100));
        assertThat(ObjectiveProgress.of(5, 2, 0, 6)).isEqualTo(new ObjectiveProgress(5, 2, 0, 7, 6, 100));
        assertThat(ObjectiveProgress.of(1, 0, 0, 3).percent()).isEqualTo(33);
        assertThat(ObjectiveProgress.of(1, 0, 0, 0).percent()).isZero();
    }

    @Test
    void theStatusFollowsTheChainAndTheHoursArePlannedAndSpent() {
        assertThat(PlanViewRenderer.render(replay(1)).status()).isEqualTo(PlanStatus.OPEN);
        assertThat(PlanViewRenderer.render(replay(2)).status()).isEqualTo(PlanStatus.FOCUSED);
        assertThat(PlanViewRenderer.render(replay(7)).status()).isEqualTo(PlanStatus.SCHEDULED);
        PlanView attended = PlanViewRenderer.render(replay(8));

        assertThat(attended.status()).isEqualTo(PlanStatus.ACTIVE);
        assertThat(attended.hours()).isEqualTo(new PlanView.Hours(10, 3.5, 2.0));
        assertThat(attended.ownership()).isEqualTo(replay(8).ownership());
    }

    @Test
    void thePlanAsOfAnEarlierEventShowsTheProgressThen() {
        PlanState beforeTheEvent = replay(7);

        assertThat(objectiveOf(beforeTheEvent, "o1").progress()).isEqualTo(new ObjectiveProgress(0, 0, 0, 0, 10, 0));
        assertThat(PlanViewRenderer.render(beforeTheEvent).followUps()).isEmpty();
        assertThat(beforeTheEvent.version()).isEqualTo(6);
    }

    @Test
    void closedObjectivesKeepTheirStatusAndNoLongerCountAsActive() {
        PlanState state = replay(HISTORY.size());

        assertThat(objectiveOf(state, "o2").status()).isEqualTo(ObjectiveStatus.ABANDONED);
        assertThat(objectiveOf(state, "o2").closingNote()).isEqualTo("no budget");
        assertThat(objectiveOf(state, "o1").status()).isEqualTo(ObjectiveStatus.ACTIVE);
        assertThat(state.activeObjectiveCount()).isEqualTo(1);

        state.apply(new ObjectiveAchieved(PLAN, "o1", null), HISTORY.size());
        assertThat(objectiveOf(state, "o1").status()).isEqualTo(ObjectiveStatus.ACHIEVED);
        assertThat(state.activeObjectiveCount()).isZero();
    }

    @Test
    void aSnapshotOfTheStateRestoresTheSameView() {
        PlanState state = replay(HISTORY.size());
        org.axonframework.serialization.Serializer serializer = com.netfocus.planning.eventstore.AxonSerializers.jackson();

        PlanState restored = serializer.deserialize(serializer.serialize(state, byte[].class));

        assertThat(PlanViewRenderer.render(restored)).isEqualTo(PlanViewRenderer.render(state));
        assertThat(restored.activeObjectiveCount()).isEqualTo(1);
    }

    @Test
    void followUpsFromEventsAndOnTheirOwnAreListedOpenOrDone() {
        PlanState state = replay(HISTORY.size());

        PlanView view = PlanViewRenderer.render(state);
        assertThat(view.followUps()).extracting(FollowUpEntry::followUpId, FollowUpEntry::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("f1", FollowUpStatus.DONE),
                        org.assertj.core.groups.Tuple.tuple("f2", FollowUpStatus.OPEN));
        assertThat(state.followUp("f1").outcome()).isEqualTo("sent");
        assertThat(view.outreach()).extracting(OutreachLogged::outreachId).containsExactly("r1", "r2");
    }
}
