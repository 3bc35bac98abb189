package com.netfocus.support.planevents;

import com.netfocus.contracts.plan.ObjectiveProgressRecorded;
import com.netfocus.contracts.plan.PlanEvent;
import com.netfocus.contracts.plan.PlanEventCodec;
import com.netfocus.contracts.plan.PlanEventEnvelope;
import com.netfocus.contracts.plan.UnreadableEventException;
import com.netfocus.support.deadletter.DeadLetterStore;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.listener.BatchListenerFailedException;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * One poll through the consumer: each record read once for all projections, the poll's writes made before it returns
 * (the container commits the poll's offsets only then), the records that can never be applied dead-lettered and the
 * others applied, and any other failure retrying the whole poll, losing nothing.
 */
class PlanEventBatchListenerTest {

    private final Map<Long, String> deadLetters = new TreeMap<>();
    private final Ledger first = new Ledger();
    private final Ledger second = new Ledger();

    @Test
    void eachRecordIsReadAndPreparedOnceForAllProjectionsAndWrittenBeforeTheListenerReturns() {
        List<List<PlanEvent>> preparations = new ArrayList<>();
        Recording one = new Recording();
        Recording other = new Recording();
        PlanEventBatchListener listener = new PlanEventBatchListener(List.of(one, other), events -> {
            preparations.add(events);
            return events.stream().<PlanEvent>map(event -> new ObjectiveProgressRecorded(event.planId(), "o1", 1,
                    "prepared")).toList();
        }, store(), "group", null);

        listener.onMessage(List.of(record(0, "plan-1", 0), record(1, "plan-2", 0), record(2, "plan-1", 1)));

        assertThat(preparations).hasSize(1);
        assertThat(preparations.get(0)).hasSize(3);
        assertThat(one.seen).hasSize(3).allMatch(event -> ((ObjectiveProgressRecorded) event).note().equals("prepared"));
        for (int i = 0; i < 3; i++) {
            assertThat(other.seen.get(i)).isSameAs(one.seen.get(i));
        }
    }

    @Test
    void everyProjectionWritesThePollInItsOrder() {
        listener().onMessage(List.of(record(0, "plan-1", 0), record(1, "plan-2", 0), record(2, "plan-1", 1)));

        assertThat(first.durable.get("plan-1").applied()).isEqualTo("#0#1");
        assertThat(first.durable.get("plan-2").applied()).isEqualTo("#0");
        assertThat(second.durable).isEqualTo(first.durable);
        assertThat(deadLetters).isEmpty();
    }

    @Test
    void recordsThatAreNoReadablePlanEventAreDeadLetteredAndTheOthersApplied() {
        PlanEventEnvelope mismatched = envelope("plan-2", 0);
        listener().onMessage(List.of(record(0, "plan-1", 0),
                raw(1, "plan-1", "garbage".getBytes(StandardCharsets.UTF_8)),
                raw(2, "plan-1", null),
                raw(3, "k", "{\"type\":\"PlanCreated\",\"payload\":{}}".getBytes(StandardCharsets.UTF_8)),
                raw(4, "plan-1", PlanEventCodec.encode(envelope("plan-1", -1))),
                raw(5, "plan-1", PlanEventCodec.encode(new PlanEventEnvelope(mismatched.eventId(), "plan-1", 1,
                        mismatched.type(), mismatched.occurredAt(), mismatched.actor(), mismatched.org(),
                        mismatched.team(), mismatched.correlationId(), mismatched.payload()))),
                record(6, "plan-1", 1)));

        assertThat(deadLetters).containsOnlyKeys(1L, 2L, 3L, 4L, 5L);
        assertThat(deadLetters.get(2L)).contains("record without a value");
        assertThat(deadLetters.get(3L)).contains("names no plan");
        assertThat(deadLetters.get(4L)).contains("negative sequence");
        assertThat(deadLetters.get(5L)).contains("payload names plan plan-2");
        assertThat(first.durable.get("plan-1").applied()).isEqualTo("#0#1");
    }

    @Test
    void aTypeThisVersionDoesNotKnowIsPassedOver() {
        PlanEventEnvelope known = envelope("plan-1", 0);
        PlanEventEnvelope future = new PlanEventEnvelope(known.eventId(), "plan-1", 0, "PlanArchived",
                known.occurredAt(), known.actor(), known.org(), known.team(), known.correlationId(), known.payload());

        listener().onMessage(List.of(raw(0, "plan-1", PlanEventCodec.encode(future))));

        assertThat(first.calls).isEmpty();
        assertThat(deadLetters).isEmpty();
    }

    @Test
    void anEventOneProjectionRefusesIsAppliedByTheOthersAndDeadLetteredOnce() {
        Ledger refusing = new Ledger() {
            @Override
            protected Collection<String> keysOf(PlanEventEnvelope envelope, PlanEvent event) {
                throw new UnreadableEventException("refused by " + envelope.sequence(), null);
            }
        };
        PlanEventBatchListener listener = new PlanEventBatchListener(List.of(refusing, first, refusing), store(),
                "group");

        listener.onMessage(List.of(record(0, "plan-1", 0)));

        assertThat(first.durable.get("plan-1").applied()).isEqualTo("#0");
        assertThat(deadLetters).containsOnlyKeys(0L);
    }

    @Test
    void aFailedWriteRetriesTheWholePollAndLosesNothing() {
        PlanEventBatchListener listener = listener();
        List<ConsumerRecord<String, byte[]>> poll = List.of(record(0, "plan-1", 0), record(1, "plan-2", 0),
                record(2, "plan-1", 1));
        second.failingWrites = 1;

        BatchListenerFailedException failure = catchThrowableOfType(BatchListenerFailedException.class,
                () -> listener.onMessage(poll));

        assertThat(failure.getIndex()).isZero();
        assertThat(second.durable).isEmpty();
        // The error handler seeks back to the poll's first record: the same poll again, now with the database back.
        first.calls.clear();
        listener.onMessage(poll);
        assertThat(first.calls).as("found applied").noneMatch(call -> call.startsWith("write"));
        assertThat(second.durable).isEqualTo(first.durable).hasSize(2);
    }

    @Test
    void aDeadLetterThatCannotBeStoredRetriesTheWholePoll() {
        PlanEventBatchListener listener = new PlanEventBatchListener(List.of(first), new DeadLetterStore(null,
                Clock.systemUTC()) {
            @Override
            public void record(String topic, int partition, long offset, String key, byte[] value, String org,
                               String reason, String consumerGroup) {
                throw new IllegalStateException("database away");
            }
        }, "group");

        BatchListenerFailedException failure = catchThrowableOfType(BatchListenerFailedException.class,
                () -> listener.onMessage(List.of(record(0, "plan-1", 0), raw(1, "plan-2", null))));

        assertThat(failure.getIndex()).isZero();
    }

    @Test
    void theLagOfEachProjectionIsRecordedOnceThePollIsWrittenAndNotForAFailedPoll() {
        MeterRegistry registry = new SimpleMeterRegistry();
        PlanEventBatchListener listener = new PlanEventBatchListener(List.of(first), events -> events, store(),
                "group", new ProjectionLag(registry, "catalog", Clock.systemUTC()));
        first.failingWrites = 1;

        assertThatThrownBy(() -> listener.onMessage(List.of(record(0, "plan-1", 0), record(1, "plan-1", 1))))
                .isInstanceOf(BatchListenerFailedException.class);
        assertThat(registry.find(ProjectionLag.METER).timer()).isNull();

        listener.onMessage(List.of(record(0, "plan-1", 0), record(1, "plan-1", 1)));
        assertThat(registry.find(ProjectionLag.METER).tag("projection", "Ledger").timer().count()).isEqualTo(2);
    }

    @Test
    void aReplayIsAPollOfOneRecordThatSaysWhetherItIsStillRefused() {
        PlanEventBatchListener listener = listener();

        listener.replay(record(7, "plan-1", 0));
        assertThat(first.durable.get("plan-1").applied()).isEqualTo("#0");

        assertThatThrownBy(() -> listener.replay(raw(8, "plan-1", "garbage".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(UnreadableEventException.class);
        assertThat(deadLetters).isEmpty();
    }

    private PlanEventBatchListener listener() {
        return new PlanEventBatchListener(List.of(first, second), store(), "group");
    }

    private DeadLetterStore store() {
        return new DeadLetterStore(null, Clock.systemUTC()) {
            @Override
            public void record(String topic, int partition, long offset, String key, byte[] value, String org,
                               String reason, String consumerGroup) {
                deadLetters.put(offset, reason);
            }
        };
    }

    private static ConsumerRecord<String, byte[]> record(long offset, String planId, long sequence) {
        return raw(offset, planId, PlanEventCodec.encode(envelope(planId, sequence)));
    }

    private static ConsumerRecord<String, byte[]> raw(long offset, String key, byte[] value) {
        return new ConsumerRecord<>("plan-events", 0, offset, key, value);
    }

    private static PlanEventEnvelope envelope(String planId, long sequence) {
        return PlanEventCodec.envelope(planId + "-" + sequence, sequence, Instant.parse("2031-01-01T10:00:00Z"),
                "rep-1", "org-1", "team-1", "corr", new ObjectiveProgressRecorded(planId, "o1", 1, "note"));
    }

    /** Keeps nothing; remembers the events it was given. */
    private static final class Recording extends PollAwareProjection<String> {

        final List<PlanEvent> seen = new ArrayList<>();

        @Override
        protected Collection<String> keysOf(PlanEventEnvelope envelope, PlanEvent event) {
            seen.add(event);
            return List.of();
        }

        @Override
        protected String read(String key, List<PolledEvent> events) {
            return key;
        }

        @Override
        protected String apply(String state, PlanEventEnvelope envelope, PlanEvent event) {
            return state;
        }

        @Override
        protected void write(String stored, String applied) {
        }
    }
}
