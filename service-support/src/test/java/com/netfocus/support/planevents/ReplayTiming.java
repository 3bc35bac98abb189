package com.netfocus.support.planevents;

import com.netfocus.contracts.plan.PlanEventCodec;
import com.netfocus.contracts.plan.PlanEventEnvelope;
import com.netfocus.infrastructure.testing.SharedInfrastructure;
import com.netfocus.infrastructure.testing.TestInfrastructure;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.kafka.listener.MessageListenerContainer;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;

/**
 * Times a service's replay of its plan events topic as the benchmark's replay phase does: the events are produced while
 * the service's consumer is stopped, then it starts as a new group would, and the replay is timed from the first offset
 * its group commits to the commit of the topic's end (so the group's start-up is not counted).
 */
public final class ReplayTiming implements AutoCloseable {

    private static final long POLL_MILLIS = 20;

    private final Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
            SharedInfrastructure.kafkaBootstrapServers()));
    private final String topic;
    private final String group;

    /** The events replayed after the first commit, in how many seconds. */
    public record Replay(long events, double seconds) {

        public double eventsPerSecond() {
            return events / seconds;
        }
    }

    public ReplayTiming(String topic, String group) {
        this.topic = topic;
        this.group = group;
    }

    /**
     * Replays the events through the service's consumer of its test topic (its group: the class's database name) and
     * prints the rate and the MongoDB commands the consumer sent, by name and collection (they need
     * {@link MongoCommands.Registration}).
     */
    public static Replay replayAndReport(String service, TestInfrastructure infrastructure,
                                         MessageListenerContainer consumer, List<PlanEventEnvelope> events, int plans,
                                         Duration timeout) throws InterruptedException, ExecutionException {
        MongoCommands.reset();
        Replay replay;
        try (ReplayTiming timing = new ReplayTiming(infrastructure.planEventsTopic(), infrastructure.database())) {
            replay = timing.replay(consumer, events, timeout);
        }
        List<MongoCommands.Command> commands = MongoCommands.ofThreads(PlanEventsAutoConfiguration.CONTAINER_BEAN);
        System.out.printf("%s replay: %d events of %d plans, %d after the first commit in %.2f s: %.0f events/s; "
                        + "%d MongoDB commands by the consumer (%.2f per event): %s%n", service, events.size(), plans,
                replay.events(), replay.seconds(), replay.eventsPerSecond(), commands.size(),
                commands.size() / (double) events.size(), MongoCommands.countedByName(commands));
        return replay;
    }

    /** Stops the consumer, produces the events (key: plan id), starts it and times it until it committed them all. */
    public Replay replay(MessageListenerContainer consumer, List<PlanEventEnvelope> events, Duration timeout)
            throws InterruptedException, ExecutionException {
        consumer.stop();
        long committedBefore = committed();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer())) {
            events.forEach(envelope -> producer.send(new ProducerRecord<>(topic, envelope.planId(),
                    PlanEventCodec.encode(envelope))));
            producer.flush();
        }
        long end = committedBefore + events.size();
        long started = System.nanoTime();
        consumer.start();
        long firstAt = 0;
        long firstCommitted = 0;
        long committed = committedBefore;
        while (committed < end && System.nanoTime() - started < timeout.toNanos()) {
            committed = committed();
            if (committed > committedBefore && firstAt == 0) {
                firstAt = System.nanoTime();
                firstCommitted = committed;
            }
            Thread.sleep(POLL_MILLIS);
        }
        if (committed < end) {
            throw new IllegalStateException("the replay committed " + (committed - committedBefore) + " of "
                    + events.size() + " events within " + timeout);
        }
        return new Replay(committed - firstCommitted, (System.nanoTime() - firstAt) / 1e9);
    }

    /** The offsets the group committed, over every partition of its topic. */
    public long committed() throws InterruptedException, ExecutionException {
        return admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get().values().stream()
                .filter(Objects::nonNull).mapToLong(OffsetAndMetadata::offset).sum();
    }

    @Override
    public void close() {
        admin.close();
    }
}
