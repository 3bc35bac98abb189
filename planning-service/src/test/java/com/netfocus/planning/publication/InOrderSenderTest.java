package com.netfocus.planning.publication;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The sender's order on its own (Kafka's MockProducer, whose acknowledgements the test gives one by one): a plan's
 * record leaves only once the one before it was acknowledged, so a record Kafka refuses has nothing of its plan after
 * it on the topic, while other plans go on.
 */
class InOrderSenderTest {

    private static final String TOPIC = "plan-events";

    private final MockProducer<String, byte[]> producer =
            new MockProducer<>(false, new StringSerializer(), new ByteArraySerializer());
    private final InOrderSender sender = new InOrderSender(producer, TOPIC,
            new PublicationDelay(new SimpleMeterRegistry(), Clock.systemUTC()));

    @Test
    void aPlansNextRecordLeavesOnlyOnceKafkaAcknowledgedTheOneBefore() {
        PlanPublication plan = prepared("plan-a", 5, 3);
        CompletableFuture<Void> sending = CompletableFuture.runAsync(() -> sender.send(List.of(plan)));

        for (long sequence = 5; sequence < 8; sequence++) {
            long sent = sequence;
            await().atMost(5, TimeUnit.SECONDS).until(() -> producer.history().size() == sent - 4);
            assertThat(sequences("plan-a")).as("nothing after the unacknowledged record").last().isEqualTo(sent);
            producer.completeNext();
        }
        sending.join();

        assertThat(sequences("plan-a")).containsExactly(5L, 6L, 7L);
        assertThat(plan.succeeded()).isTrue();
        assertThat(plan.acknowledgedSequence()).isEqualTo(7);
    }

    @Test
    void aRecordKafkaRefusesHasNothingOfItsPlanAfterItWhileOtherPlansGoOn() {
        PlanPublication refused = prepared("plan-a", 7, 3);
        PlanPublication other = prepared("plan-b", 0, 2);
        CompletableFuture<Void> sending = CompletableFuture.runAsync(() -> sender.send(List.of(refused, other)));

        await().atMost(5, TimeUnit.SECONDS).until(() -> producer.history().size() == 2);
        producer.errorNext(new RecordTooLargeException("the message is 2612344 bytes"));
        producer.completeNext();
        await().atMost(5, TimeUnit.SECONDS).until(() -> producer.history().size() == 3);
        producer.completeNext();
        sending.join();

        assertThat(sequences("plan-a")).containsExactly(7L);
        assertThat(sequences("plan-b")).containsExactly(0L, 1L);
        assertThat(refused.succeeded()).isFalse();
        assertThat(refused.acknowledgedSequence()).as("nothing of plan-a acknowledged").isEqualTo(6);
        assertThat(refused.failure()).hasValueSatisfying(failure -> {
            assertThat(failure.sequence()).isEqualTo(7);
            assertThat(failure.lasting()).isTrue();
            assertThat(failure.reason()).contains("RecordTooLargeException");
        });
        assertThat(other.succeeded()).isTrue();
        assertThat(other.acknowledgedSequence()).isEqualTo(1);
    }

    @Test
    void aRecordThatTimedOutStopsItsPlanForNowWithoutBlockingIt() {
        PlanPublication plan = prepared("plan-a", 0, 2);
        CompletableFuture<Void> sending = CompletableFuture.runAsync(() -> sender.send(List.of(plan)));

        await().atMost(5, TimeUnit.SECONDS).until(() -> producer.history().size() == 1);
        producer.errorNext(new TimeoutException("expired after the delivery timeout"));
        sending.join();

        assertThat(sequences("plan-a")).containsExactly(0L);
        assertThat(plan.failure()).hasValueSatisfying(failure -> assertThat(failure.lasting()).isFalse());
    }

    @Test
    void aPlanStoppedWhilePreparedSendsWhatPrecedesTheStopAndStaysFailed() {
        PlanPublication plan = prepared("plan-a", 3, 1);
        plan.stopsAt(PublicationFailure.unpublishable(4, "the event store holds no sequence 4"));
        CompletableFuture<Void> sending = CompletableFuture.runAsync(() -> sender.send(List.of(plan)));

        await().atMost(5, TimeUnit.SECONDS).until(() -> producer.history().size() == 1);
        producer.completeNext();
        sending.join();

        assertThat(plan.acknowledgedSequence()).isEqualTo(3);
        assertThat(plan.succeeded()).isFalse();
        assertThat(plan.failure()).hasValueSatisfying(failure -> assertThat(failure.sequence()).isEqualTo(4));
    }

    /** A plan whose position says {@code first - 1} is published, with {@code count} records to send from there. */
    private static PlanPublication prepared(String planId, long first, int count) {
        PlanPublication plan = new PlanPublication(planId);
        plan.startAfter(first - 1);
        for (long sequence = first; sequence < first + count; sequence++) {
            plan.send(new PlanRecord(planId, sequence, ("{\"sequence\":" + sequence + "}")
                    .getBytes(StandardCharsets.UTF_8), "corr-1", Instant.now()));
        }
        return plan;
    }

    private List<Long> sequences(String planId) {
        return producer.history().stream().filter(record -> planId.equals(record.key()))
                .map(InOrderSenderTest::sequence).toList();
    }

    private static long sequence(ProducerRecord<String, byte[]> record) {
        String value = new String(record.value(), StandardCharsets.UTF_8);
        return Long.parseLong(value.substring(value.indexOf(':') + 1, value.indexOf('}')));
    }
}
