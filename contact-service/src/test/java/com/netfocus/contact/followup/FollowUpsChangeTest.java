package com.netfocus.contact.followup;

import com.netfocus.contracts.plan.EventAttended;
import com.netfocus.contracts.plan.FollowUp;
import com.netfocus.contracts.plan.FollowUpCompleted;
import com.netfocus.contracts.plan.FollowUpScheduled;
import com.netfocus.contracts.plan.ObjectiveProgressRecorded;
import com.netfocus.contracts.plan.PlanCreated;
import com.netfocus.contracts.plan.PlanEvent;
import com.netfocus.contracts.plan.PlanEventCodec;
import com.netfocus.contracts.plan.PlanEventEnvelope;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** How a poll's events change a plan's follow-ups, before anything is written. */
class FollowUpsChangeTest {

    private static final Instant AT = Instant.parse("2031-05-01T15:30:00Z");
    private static final FollowUpPlan OWNER = new FollowUpPlan("plan-1", "org-1", "rep-1", "team-1");

    @Test
    void followUpsScheduledAndCompletedInOnePollAreWrittenOnceWithEverythingTheEventsSet() {
        FollowUpsChange change = FollowUpsChange.from("plan-1", null, Map.of())
                .applied(envelope(0), new PlanCreated("plan-1", "Q2", LocalDate.parse("2031-04-01"),
                        LocalDate.parse("2031-06-30"), 40, "rep-1", "org-1", "team-1"))
                .applied(envelope(1), new EventAttended("plan-1", "platform-1", AT, AT.plusSeconds(3600), 0, 0, 1,
                        List.of(), List.of(followUp("f1"), followUp(" ")), "n"))
                .applied(envelope(2), new FollowUpScheduled("plan-1", followUp("f2")))
                .applied(envelope(3), new FollowUpCompleted("plan-1", "f1", AT, "done"));

        assertThat(change.planChanged()).isTrue();
        assertThat(change.plan()).isEqualTo(OWNER);
        assertThat(change.followUps()).containsOnlyKeys("f1", "f2");
        FollowUpChange f1 = change.followUps().get("f1");
        assertThat(f1.appliedSequence()).isEqualTo(3);
        assertThat(f1.set()).containsEntry(FollowUpEntry.OWNER_ID, "rep-1")
                .containsEntry(FollowUpEntry.STATUS, FollowUpStatus.DONE)
                .containsEntry(FollowUpEntry.OUTCOME, "done").containsEntry(FollowUpEntry.SCHEDULED_AT, AT);
        assertThat(change.followUps().get("f2").set()).containsEntry(FollowUpEntry.STATUS, FollowUpStatus.OPEN)
                .containsEntry(FollowUpEntry.COMPLETED_AT, null);
    }

    @Test
    void aRedeliveryAFollowUpOfAnotherPlanAndACompletionOfAnUnknownOneChangeNothing() {
        FollowUpEntry done = entry("f1", "plan-1", 5);
        FollowUpEntry elsewhere = entry("f2", "plan-2", 1);
        FollowUpsChange stored = FollowUpsChange.from("plan-1", OWNER, Map.of("f1", done, "f2", elsewhere));

        assertThat(stored.applied(envelope(4), new FollowUpScheduled("plan-1", followUp("f1")))).isSameAs(stored);
        assertThat(stored.applied(envelope(9), new FollowUpCompleted("plan-1", "f2", AT, "x"))).isSameAs(stored);
        assertThat(stored.applied(envelope(9), new FollowUpCompleted("plan-1", "f3", AT, "x"))).isSameAs(stored);
        assertThat(stored.applied(envelope(9), new ObjectiveProgressRecorded("plan-1", "o1", 1, "n")))
                .isSameAs(stored);
        assertThat(stored.planChanged()).isFalse();
    }

    @Test
    void withoutItsPlanCreatedAFollowUpGoesToTheEventsActor() {
        FollowUpsChange change = FollowUpsChange.from("plan-1", null, Map.of())
                .applied(envelope(3), new FollowUpScheduled("plan-1", followUp("f1")));

        assertThat(change.followUps().get("f1").set()).containsEntry(FollowUpEntry.OWNER_ID, "rep-9")
                .containsEntry(FollowUpEntry.ORG, "org-1");
        assertThat(change.planChanged()).isFalse();
    }

    private static FollowUp followUp(String id) {
        return new FollowUp(id, null, "Ann", null, LocalDate.parse("2031-05-08"), "call");
    }

    private static FollowUpEntry entry(String id, String planId, long sequence) {
        return new FollowUpEntry(id, planId, "org-1", "rep-1", "team-1", null, "Ann", null,
                LocalDate.parse("2031-05-08"), "call", FollowUpStatus.DONE, AT, AT, "done", sequence);
    }

    private static PlanEventEnvelope envelope(long sequence) {
        PlanEvent any = new ObjectiveProgressRecorded("plan-1", "o1", 1, "n");
        return PlanEventCodec.envelope("e" + sequence, sequence, AT, "rep-9", "org-1", "team-9", "c", any);
    }
}
