package com.netfocus.support.planevents;

import com.netfocus.contracts.plan.ObjectiveProgressRecorded;
import com.netfocus.contracts.plan.PlanEvent;
import com.netfocus.contracts.plan.PlanEventCodec;
import com.netfocus.contracts.plan.PlanEventEnvelope;
import com.netfocus.support.deadletter.DeadLetterStore;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.listener.BatchListenerFailedException;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * One poll through the batch listener: held-back writes are made before it returns (the container commits the poll's
 * offsets only then), and a failure while writes are held back retries the whole poll and loses nothing.
 */
class PlanEventBatchListenerTest {

    private final List<String> calls = new ArrayList<>();
    private final List<Long> deadLetterOffsets = new ArrayList<>();
    private final HoldingBack projection = new HoldingBack(calls);

    @Test
    void theHeldBackWritesAreMadeBeforeTheListenerReturnsSoBeforeTheOffsetsAreCommitted() {
        PlanEventBatchListener listener = listener(projection);

        listener.onMessage(List.of(record(0, "plan-1", 0), record(1, "plan-2", 0), record(2, "plan-1", 1)));
        calls.add("returned: the container commits now");

        assertThat(calls).containsExactly("started", "apply plan-1#0", "apply plan-2#0", "apply plan-1#1",
                "flushed {plan-1=1, plan-2=0}", "returned: the container commits now");
        assertThat(projection.durable).containsExactly(Map.entry("plan-1", 1L), Map.entry("plan-2", 0L));
    }

    @Test
    void aFailedFlushDropsTheHeldBackWritesAndRetriesThePollFromItsFirstRecord() {
        PlanEventBatchListener listener = listener(projection);
        List<ConsumerRecord<String, byte[]>> poll = List.of(record(0, "plan-1", 0), record(1, "plan-2", 0),
                record(2, "plan-1", 1));
        projection.flushFailures = 1;

        BatchListenerFailedException failure = catchThrowableOfType(BatchListenerFailedException.class,
                () -> listener.onMessage(poll));

        assertThat(failure.getIndex()).isZero();
        assertThat(calls).endsWith("flush failed", "abandoned");
        assertThat(projection.durable).isEmpty();
        // The error handler seeks back to the first record: the same poll again, now with the database back.
        listener.onMessage(poll);
        assertThat(projection.durable).containsExactly(Map.entry("plan-1", 1L), Map.entry("plan-2", 0L));
    }

    @Test
    void aRecordFailingWhileWritesOfEarlierOnesAreHeldBackRetriesThePollFromItsFirstRecord() {
        PlanEventBatchListener listener = listener(projection);
        List<ConsumerRecord<String, byte[]>> poll = List.of(record(0, "plan-1", 0), record(1, "plan-2", 0),
                record(2, "plan-1", 1));
        projection.failingApplies = 1;
        projection.failingAt = "plan-2#0";

        BatchListenerFailedException failure = catchThrowableOfType(BatchListenerFailedException.class,
                () -> listener.onMessage(poll));

        assertThat(failure.getIndex()).isZero();
        assertThat(calls).endsWith("apply plan-2#0 failed", "abandoned").doesNotContain("flushed");
        assertThat(projection.durable).isEmpty();
        listener.onMessage(poll);
        assertThat(projection.durable).containsExactly(Map.entry("plan-1", 1L), Map.entry("plan-2", 0L));
    }

    @Test
    void withNothingHeldBackAFailedRecordIsRetriedFromItselfAsBefore() {
        List<String> applied = new ArrayList<>();
        PlanEventBatchListener plain = listener((envelope, event) -> {
            if (envelope.sequence() == 1) {
                throw new IllegalStateException("database away");
            }
            applied.add(envelope.planId());
        });

        BatchListenerFailedException failure = catchThrowableOfType(BatchListenerFailedException.class,
                () -> plain.onMessage(List.of(record(0, "plan-1", 0), record(1, "plan-2", 0), record(2, "plan-1", 1))));

        assertThat(failure.getIndex()).isEqualTo(2);
        assertThat(applied).containsExactly("plan-1", "plan-2");

        // A projection holding writes back that held nothing yet (every record before was a redelivery) does the same.
        projection.durable.put("plan-1", 5L);
        projection.failingApplies = 1;
        projection.failingAt = "plan-2#0";
        BatchListenerFailedException held = catchThrowableOfType(BatchListenerFailedException.class,
                () -> listener(projection).onMessage(List.of(record(0, "plan-1", 4), record(1, "plan-2", 0))));
        assertThat(held.getIndex()).isEqualTo(1);
    }

    @Test
    void anUnreadableRecordIsDeadLetteredAndTheOthersAreHeldBackAndWritten() {
        PlanEventBatchListener listener = listener(projection);

        listener.onMessage(List.of(record(0, "plan-1", 0),
                new ConsumerRecord<>("plan-events", 0, 1, "plan-2", "garbage".getBytes(StandardCharsets.UTF_8)),
                record(2, "plan-1", 1)));

        assertThat(deadLetterOffsets).containsExactly(1L);
        assertThat(projection.durable).containsExactly(Map.entry("plan-1", 1L));
    }

    @Test
    void aDeadLetterThatCannotBeStoredWhileWritesAreHeldBackRetriesThePollFromItsFirstRecord() {
        PlanEventBatchListener listener = new PlanEventBatchListener(new PlanEventRecordListener(projection),
                new DeadLetterStore(null, Clock.systemUTC()) {
                    @Override
                    public void record(String topic, int partition, long offset, String key, byte[] value, String org,
                                       String reason, String consumerGroup) {
                        throw new IllegalStateException("database away");
                    }
                }, "group");

        BatchListenerFailedException failure = catchThrowableOfType(BatchListenerFailedException.class,
                () -> listener.onMessage(List.of(record(0, "plan-1", 0),
                        new ConsumerRecord<>("plan-events", 0, 1, "plan-2", null))));

        assertThat(failure.getIndex()).isZero();
        assertThat(projection.durable).isEmpty();
        assertThat(calls).endsWith("abandoned");
    }

    private PlanEventBatchListener listener(PlanEventProjection projection) {
        return new PlanEventBatchListener(new PlanEventRecordListener(projection),
                new DeadLetterStore(null, Clock.systemUTC()) {
                    @Override
                    public void record(String topic, int partition, long offset, String key, byte[] value, String org,
                                       String reason, String consumerGroup) {
                        deadLetterOffsets.add(offset);
                    }
                }, "group");
    }

    private static ConsumerRecord<String, byte[]> record(long offset, String planId, long sequence) {
        PlanEvent event = new ObjectiveProgressRecorded(planId, "o1", 1, "note");
        PlanEventEnvelope envelope = PlanEventCodec.envelope(planId + "-" + sequence, sequence,
                Instant.parse("2031-01-01T10:00:00Z"), "rep-1", "org-1", "team-1", "corr", event);
        return new ConsumerRecord<>("plan-events", 0, offset, planId, PlanEventCodec.encode(envelope));
    }

    /**
     * A projection that keeps each plan's last applied sequence: held back during a poll, "durable" once flushed,
     * idempotent by sequence like the real ones; it can fail a given apply or the flush a given number of times.
     */
    static final class HoldingBack implements PollAwareProjection {

        final Map<String, Long> durable = new TreeMap<>();
        private final List<String> calls;
        private Map<String, Long> held;
        int flushFailures;
        int failingApplies;
        String failingAt;

        HoldingBack(List<String> calls) {
            this.calls = calls;
        }

        @Override
        public void apply(PlanEventEnvelope envelope, PlanEvent event) {
            String name = envelope.planId() + "#" + envelope.sequence();
            if (name.equals(failingAt) && failingApplies > 0) {
                failingApplies--;
                calls.add("apply " + name + " failed");
                throw new IllegalStateException("database away");
            }
            calls.add("apply " + name);
            Map<String, Long> target = held != null ? held : durable;
            long applied = held != null && held.containsKey(envelope.planId()) ? held.get(envelope.planId())
                    : durable.getOrDefault(envelope.planId(), PlanSequenceGuard.NOTHING_APPLIED);
            if (PlanSequenceGuard.mayApply(applied, envelope.sequence())) {
                target.put(envelope.planId(), envelope.sequence());
            }
        }

        @Override
        public void pollStarted() {
            calls.add("started");
            held = new LinkedHashMap<>();
        }

        @Override
        public void pollApplied() {
            if (flushFailures > 0) {
                flushFailures--;
                calls.add("flush failed");
                throw new IllegalStateException("database away");
            }
            calls.add("flushed " + new TreeMap<>(held));
            durable.putAll(held);
            held = null;
        }

        @Override
        public void pollAbandoned() {
            calls.add("abandoned");
            held = null;
        }

        @Override
        public boolean holdsBackWrites() {
            return held != null && !held.isEmpty();
        }
    }
}
