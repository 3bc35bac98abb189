package com.netfocus.support.planevents;

import com.netfocus.contracts.plan.PlanEventCodec;
import com.netfocus.contracts.plan.PlanEventEnvelope;
import com.netfocus.infrastructure.testing.SharedInfrastructure;
import com.netfocus.support.deadletter.DeadLetterStore;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.kafka.listener.BatchListenerFailedException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * What every {@link PollAwareProjection} of a service keeps, on the real wire server (and, for the replay, the real
 * broker), checked for each projection the service lists ({@link #projections()}) with a seeded stream of many plans'
 * events, redeliveries included:
 * <ul>
 *   <li>applied in polls as the consumer gets them, it writes the documents it writes event by event, in fewer
 *   writes;</li>
 *   <li>a redelivered poll writes nothing;</li>
 *   <li>a write that fails (the database goes away) fails the poll, and the poll retried loses nothing;</li>
 *   <li>another writer of a key between the poll's read of it and its write (a dead letter's replay, a second
 *   consumer during a rebalance) fails the poll's compare-and-set, and the retried poll loses nothing;</li>
 *   <li>a replay from the topic's first offset, in full polls, writes what the consumer wrote live.</li>
 * </ul>
 * A service's test extends this class as a Spring Boot test on the shared infrastructure, imports
 * {@link MongoCommands.Registration}, and gives its projections, each with its stream and documents.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class PollAwareProjectionContract {

    /** The consumer's max.poll.records (Kafka's default): the most records one poll holds. */
    public static final int POLL = 500;
    private static final long SEED = 20261201;
    /** Enough plans for two polls, with redeliveries. */
    private static final int PLANS = 60;
    private static final int REPLAYED_PLANS = 30;
    /** Plans spread over partitions, as on the service's topic: each partition keeps its plans' order. */
    private static final int PARTITIONS = 3;
    private static final Duration CONSUMED_WITHIN = Duration.ofMinutes(2);

    private final Map<String, Map<String, String>> eventByEvent = new HashMap<>();
    private List<ProjectionFixture> fixtures;

    /** The service's poll-aware projections, each on the service's database. */
    protected abstract List<ProjectionFixture> projections();

    /** The projections, asked once: each keeps its streams for the class's tests. */
    final synchronized List<ProjectionFixture> fixtures() {
        if (fixtures == null) {
            fixtures = List.copyOf(projections());
        }
        return fixtures;
    }

    /** Where the consumer of the contract records what it cannot apply. */
    protected abstract DeadLetterStore deadLetters();

    /** What the service does to the events before its projections get them (as its consumer does). */
    protected PlanEventPreparation preparation() {
        return events -> events;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    public void pollsWriteWhatEventByEventWritesInFewerWrites(ProjectionFixture fixture) {
        List<PlanEventEnvelope> events = fixture.events(SEED, PLANS);
        Map<String, String> reference = appliedEventByEvent(fixture);
        long eventByEventWrites = MongoCommands.writesOfThisThread();
        eventByEvent.put(fixture.toString(), reference);

        fixture.clear();
        MongoCommands.reset();
        polls(events).forEach(poll -> consumer(fixture.projection()).onMessage(records(poll)));

        assertThat(fixture.documents()).isEqualTo(reference).isNotEmpty();
        assertThat(MongoCommands.writesOfThisThread()).isLessThan(eventByEventWrites);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    public void aRedeliveredPollWritesNothing(ProjectionFixture fixture) {
        List<List<PlanEventEnvelope>> polls = polls(fixture.events(SEED + 1, PLANS));
        fixture.clear();
        polls.forEach(poll -> consumer(fixture.projection()).onMessage(records(poll)));
        Map<String, String> before = fixture.documents();

        MongoCommands.reset();
        polls.forEach(poll -> consumer(fixture.projection()).onMessage(records(poll)));

        assertThat(MongoCommands.ofThisThread()).filteredOn(MongoCommands.Command::isWrite).isEmpty();
        assertThat(fixture.documents()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    public void aFailedWriteFailsThePollAndTheRetriedPollLosesNothing(ProjectionFixture fixture) {
        List<List<PlanEventEnvelope>> polls = polls(fixture.events(SEED, PLANS));
        Map<String, String> reference = eventByEvent(fixture);
        fixture.clear();
        PlanEventBatchListener consumer = consumer(Interfered.of(fixture.projection()).failingAfter(3));

        BatchListenerFailedException failure = catchThrowableOfType(BatchListenerFailedException.class,
                () -> consumer.onMessage(records(polls.get(0))));

        assertThat(failure.getIndex()).as("retried from the poll's first record").isZero();
        // What the error handler does: the same poll again from its first record, then the next ones.
        polls.forEach(poll -> consumer.onMessage(records(poll)));
        assertThat(fixture.documents()).isEqualTo(reference);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    public void anotherWriterBetweenAReadAndItsWriteFailsThePollAndTheRetriedPollLosesNothing(
            ProjectionFixture fixture) {
        List<PlanEventEnvelope> events = fixture.events(SEED, PLANS);
        List<List<PlanEventEnvelope>> polls = polls(events);
        Map<String, String> reference = eventByEvent(fixture);
        fixture.clear();
        PlanEventBatchListener otherWriter = consumer(fixture.projection());
        AtomicBoolean wrote = new AtomicBoolean();
        // Right after the poll read a key, another writer applies the key's first event on its own (as a dead letter's
        // replay would), until one of them writes something.
        PlanEventBatchListener consumer = consumer(Interfered.of(fixture.projection()).meanwhile(key -> {
            long before = MongoCommands.writesOfThisThread();
            otherWriter.onMessage(records(List.of(firstEventOf(key, fixture.projection(), polls.get(0)))));
            wrote.set(MongoCommands.writesOfThisThread() > before);
            return wrote.get();
        }));

        BatchListenerFailedException failure = catchThrowableOfType(BatchListenerFailedException.class,
                () -> consumer.onMessage(records(polls.get(0))));

        assertThat(wrote).isTrue();
        assertThat(failure.getIndex()).isZero();
        assertThat(failure).hasRootCauseInstanceOf(ConcurrentModificationException.class);
        polls.forEach(poll -> consumer.onMessage(records(poll)));
        assertThat(fixture.documents()).isEqualTo(reference);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    public void aReplayFromTheFirstOffsetWritesWhatTheLiveConsumerWrote(ProjectionFixture fixture) throws Exception {
        List<PlanEventEnvelope> events = fixture.events(SEED + 2, REPLAYED_PLANS);
        String topic = "contract-" + UUID.randomUUID();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                SharedInfrastructure.kafkaBootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(topic, PARTITIONS, (short) 1))).all().get();
        }
        fixture.clear();

        CompletableFuture<Void> live = CompletableFuture.runAsync(() ->
                consume(topic, "live-" + topic, 1, events.size(), fixture.projection()));
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer())) {
            for (PlanEventEnvelope envelope : events) {
                producer.send(new ProducerRecord<>(topic, envelope.planId(), PlanEventCodec.encode(envelope))).get();
            }
        }
        live.get(CONSUMED_WITHIN.toSeconds(), TimeUnit.SECONDS);
        Map<String, String> liveDocuments = fixture.documents();

        fixture.clear();
        consume(topic, "replay-" + topic, POLL, events.size(), fixture.projection());

        assertThat(fixture.documents()).isEqualTo(liveDocuments).isNotEmpty();
    }

    /** The reference: the stream of {@link #SEED} applied event by event, each event a poll of its own. */
    private Map<String, String> eventByEvent(ProjectionFixture fixture) {
        return eventByEvent.computeIfAbsent(fixture.toString(), name -> appliedEventByEvent(fixture));
    }

    /** The documents of the stream of {@link #SEED} applied event by event; its writes counted from none. */
    private Map<String, String> appliedEventByEvent(ProjectionFixture fixture) {
        List<PlanEventEnvelope> events = fixture.events(SEED, PLANS);
        fixture.clear();
        MongoCommands.reset();
        events.forEach(event -> consumer(fixture.projection()).onMessage(records(List.of(event))));
        return fixture.documents();
    }

    private PlanEventBatchListener consumer(PollAwareProjection<?> projection) {
        return new PlanEventBatchListener(List.of(projection), preparation(), deadLetters(), "contract", null);
    }

    /** The first event of the poll that touches the key. */
    private static PlanEventEnvelope firstEventOf(String key, PollAwareProjection<?> projection,
                                                 List<PlanEventEnvelope> poll) {
        return poll.stream().filter(envelope -> projection.keysOf(envelope, PlanEventCodec.payloadOf(envelope)
                .orElseThrow()).contains(key)).findFirst().orElseThrow();
    }

    /**
     * Reads the topic from its first offset in a group of its own, giving each poll to the projection as the
     * service's consumer does, until it applied {@code count} records.
     */
    private void consume(String topic, String group, int maxPollRecords, int count,
                         PollAwareProjection<?> projection) {
        PlanEventBatchListener consumer = consumer(projection);
        try (KafkaConsumer<String, byte[]> records = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, group,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, maxPollRecords), new StringDeserializer(),
                new ByteArrayDeserializer())) {
            records.subscribe(List.of(topic));
            long deadline = System.nanoTime() + CONSUMED_WITHIN.toNanos();
            int applied = 0;
            while (applied < count && System.nanoTime() < deadline) {
                List<ConsumerRecord<String, byte[]>> poll = new ArrayList<>();
                records.poll(Duration.ofMillis(100)).forEach(poll::add);
                if (!poll.isEmpty()) {
                    consumer.onMessage(poll);
                    records.commitSync();
                    applied += poll.size();
                }
            }
            assertThat(applied).isEqualTo(count);
        }
    }

    /** The events cut into polls as the consumer gets them. */
    public static List<List<PlanEventEnvelope>> polls(List<PlanEventEnvelope> events) {
        List<List<PlanEventEnvelope>> polls = new ArrayList<>();
        for (int from = 0; from < events.size(); from += POLL) {
            polls.add(events.subList(from, Math.min(events.size(), from + POLL)));
        }
        return polls;
    }

    /** A poll as the consumer's records, of one partition. */
    public static List<ConsumerRecord<String, byte[]>> records(List<PlanEventEnvelope> poll) {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        poll.forEach(envelope -> records.add(new ConsumerRecord<>("plan-events", 0, records.size(), envelope.planId(),
                PlanEventCodec.encode(envelope))));
        return records;
    }
}
