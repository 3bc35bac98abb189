package com.netfocus.support.planevents;

import com.netfocus.contracts.plan.ObjectiveDefined;
import com.netfocus.contracts.plan.ObjectiveProgressRecorded;
import com.netfocus.contracts.plan.PlanEvent;
import com.netfocus.contracts.plan.PlanEventCodec;
import com.netfocus.contracts.plan.UnreadableEventException;
import com.netfocus.support.correlation.CorrelationIdFilter;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import java.time.Instant;
import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.SortedMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The protocol of a poll, on a projection kept in memory ({@link Ledger}). */
class PollAwareProjectionTest {

    private final Ledger ledger = new Ledger();

    @Test
    void eachKeyIsReadOnceWithItsEventsAndWrittenOnceInTheOrderThePollFirstNamedIt() {
        ledger.applyPoll(List.of(progress("plan-2", 0), progress("plan-1", 0), progress("plan-2", 1),
                progress("plan-1", 1), progress("plan-2", 2)));

        assertThat(ledger.calls).filteredOn(call -> !call.startsWith("apply")).containsExactly(
                "read plan-2 for 3 in corr-plan-2-0", "read plan-1 for 2 in corr-plan-1-0",
                "write plan-2 #0#1#2", "write plan-1 #0#1");
        assertThat(ledger.calls).filteredOn(call -> call.startsWith("apply")).containsExactly(
                "apply plan-2 0 in corr-plan-2-0", "apply plan-1 0 in corr-plan-1-0", "apply plan-2 1 in corr-plan-2-1",
                "apply plan-1 1 in corr-plan-1-1", "apply plan-2 2 in corr-plan-2-2");
        assertThat(MDC.get(CorrelationIdFilter.MDC_KEY)).isNull();
    }

    @Test
    void aRedeliveredPollAppliesNothingAndSoWritesNothing() {
        List<PolledEvent> poll = List.of(progress("plan-1", 0), progress("plan-1", 1));
        ledger.applyPoll(poll);
        ledger.calls.clear();

        ledger.applyPoll(poll);

        assertThat(ledger.calls).noneMatch(call -> call.startsWith("write"));
        assertThat(ledger.durable.get("plan-1").applied()).isEqualTo("#0#1");
    }

    @Test
    void aRefusedEventLeavesItsKeysAsTheyWereAndTheOtherEventsAreApplied() {
        SortedMap<Integer, UnreadableEventException> refused = ledger.applyPoll(List.of(progress("plan-1", 0),
                objective("plan-1", 1, " "), progress("plan-1", 2)));

        assertThat(refused).containsOnlyKeys(1);
        assertThat(ledger.durable.get("plan-1").applied()).isEqualTo("#0#2");
        assertThat(ledger.durable).doesNotContainKey("objective  ");
    }

    @Test
    void anEventTouchingTwoKeysIsAppliedToBothOrNeither() {
        SortedMap<Integer, UnreadableEventException> refused = ledger.applyPoll(List.of(progress("plan-1", 0),
                objective("plan-1", 1, "o1"), objectiveWithoutStatement("plan-1", 2, "o2")));

        assertThat(refused).containsOnlyKeys(2);
        assertThat(ledger.durable.get("plan-1").applied()).isEqualTo("#0#1");
        assertThat(ledger.durable.get("objective o1").applied()).isEqualTo("#1");
        assertThat(ledger.durable).doesNotContainKey("objective o2");
    }

    @Test
    void aFailedReadWritesNothing() {
        ledger.failingReads = 1;

        assertThatThrownBy(() -> ledger.applyPoll(List.of(progress("plan-1", 0), progress("plan-2", 0))))
                .hasMessage("database away");

        assertThat(ledger.durable).isEmpty();
        assertThat(ledger.calls).noneMatch(call -> call.startsWith("write"));
    }

    @Test
    void aFailedWritePropagatesAndTheRetriedPollLosesNothing() {
        List<PolledEvent> poll = List.of(progress("plan-1", 0), progress("plan-2", 0), progress("plan-1", 1));
        ledger.failingWrites = 1;

        assertThatThrownBy(() -> ledger.applyPoll(poll)).hasMessage("database away");
        assertThat(ledger.durable).isEmpty();
        ledger.applyPoll(poll);

        assertThat(ledger.durable).containsEntry("plan-1", new Ledger.Entry("plan-1", "#0#1", 1))
                .containsEntry("plan-2", new Ledger.Entry("plan-2", "#0", 0));
    }

    @Test
    void anotherWriterBetweenTheReadAndTheWriteFailsThePollWhichTheRetryReadsAfresh() {
        List<PolledEvent> poll = List.of(progress("plan-1", 0), progress("plan-1", 1));
        ledger.changedMeanwhile = "plan-1";

        assertThatThrownBy(() -> ledger.applyPoll(poll)).isInstanceOf(ConcurrentModificationException.class);
        assertThat(ledger.durable.get("plan-1").applied()).isEqualTo("#0");

        ledger.applyPoll(poll);
        assertThat(ledger.calls).last().isEqualTo("write plan-1 #0#1");
    }

    @Test
    void theProjectionIsNamedByItsClass() {
        assertThat(ledger.name()).isEqualTo("Ledger");
    }

    static PolledEvent progress(String planId, long sequence) {
        return polled(planId, sequence, new ObjectiveProgressRecorded(planId, "o1", 1, "note"));
    }

    static PolledEvent objective(String planId, long sequence, String objectiveId) {
        return polled(planId, sequence, new ObjectiveDefined(planId, objectiveId, "statement", "outcome", "metric", 1,
                null, null));
    }

    private static PolledEvent objectiveWithoutStatement(String planId, long sequence, String objectiveId) {
        return polled(planId, sequence, new ObjectiveDefined(planId, objectiveId, null, "outcome", "metric", 1, null,
                null));
    }

    static PolledEvent polled(String planId, long sequence, PlanEvent event) {
        return new PolledEvent(PlanEventCodec.envelope(planId + "-" + sequence, sequence,
                Instant.parse("2031-01-01T10:00:00Z"), "rep-1", "org-1", "team-1", "corr-" + planId + "-" + sequence,
                event), event);
    }
}
