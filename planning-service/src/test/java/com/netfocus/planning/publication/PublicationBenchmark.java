package com.netfocus.planning.publication;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.netfocus.contracts.plan.PlanCreated;
import com.netfocus.contracts.plan.PlanEventCodec;
import com.netfocus.contracts.plan.PlanEventEnvelope;
import com.netfocus.contracts.plan.TargetIdentified;
import com.netfocus.contracts.plan.TargetProfile;
import com.netfocus.infrastructure.testing.SharedInfrastructure;
import com.netfocus.planning.PlanningApplication;
import com.netfocus.planning.eventstore.AxonSerializers;
import com.netfocus.planning.objective.DefineObjective;
import com.netfocus.planning.plan.CreatePlan;
import com.netfocus.planning.support.StoredEvents;
import com.netfocus.planning.support.TestInfrastructure;
import com.netfocus.planning.target.IdentifyTarget;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import com.netfocus.contracts.caller.Roles;
import com.netfocus.planning.sending.CallerMetaData;
import org.axonframework.messaging.MetaData;
import org.bson.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How fast publication keeps up on the embedded (memory-backend) wire server as the store grows: 100,000 events
 * already stored (and published), then 10,000 events stored in a burst through the command bus; measures until all
 * 10,000 are on Kafka. Not part of the test run (the name does not end in Test). Run it with
 * {@code mvn -B -pl planning-service test -Dtest=PublicationBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
class PublicationBenchmark {

    private static final int STORED_PLANS = 5_000;
    private static final int EVENTS_PER_PLAN = 20;
    private static final int BURST_PLANS = 500;
    private static final int BURST_EVENTS = BURST_PLANS * EVENTS_PER_PLAN;
    private static final int CLIENT_THREADS = 8;
    private static final int APPEND_BATCH = 1_000;

    @Test
    void tenThousandEventsReachKafkaWithAHundredThousandInTheStore() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String database = "bench-" + run;
        String topic = "bench-plan-events-" + run;
        TestInfrastructure.createTopics(topic, "bench-catalog-" + run);

        long fillStart = System.nanoTime();
        fillStore(database);
        report("filled the store with %,d events in %s", STORED_PLANS * EVENTS_PER_PLAN, since(fillStart));

        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(PlanningApplication.class)
                .web(WebApplicationType.NONE)
                .run("--spring.data.mongodb.uri=" + SharedInfrastructure.mongoUri(),
                        "--spring.data.mongodb.database=" + database,
                        "--spring.kafka.bootstrap-servers=" + SharedInfrastructure.kafkaBootstrapServers(),
                        "--spring.kafka.consumer.group-id=bench-" + run,
                        "--netfocus.topics.plan-events=" + topic,
                        "--netfocus.topics.catalog-events=bench-catalog-" + run);
             Counter counter = new Counter(topic)) {
            CommandGateway gateway = app.getBean(CommandGateway.class);
            List<String> plans = IntStream.range(0, BURST_PLANS).mapToObj(i -> "burst-" + run + "-" + i).toList();

            long burstStart = System.nanoTime();
            ExecutorService clients = Executors.newFixedThreadPool(CLIENT_THREADS);
            List<CompletableFuture<Void>> done = plans.stream()
                    .map(planId -> CompletableFuture.runAsync(() -> commandsOf(gateway, planId), clients)).toList();
            CompletableFuture.allOf(done.toArray(CompletableFuture[]::new)).join();
            Duration stored = since(burstStart);
            report("stored %,d events through the command bus in %s (%,.0f events/s)", BURST_EVENTS, stored,
                    BURST_EVENTS / seconds(stored));

            counter.awaitAll(Set.copyOf(plans), BURST_EVENTS, Duration.ofMinutes(10));
            Duration published = since(burstStart);
            report("all %,d on Kafka %s after the burst started (%s after the last was stored); %,.0f events/s",
                    BURST_EVENTS, published, published.minus(stored), BURST_EVENTS / seconds(published));
            clients.shutdown();
            assertThat(counter.distinct()).isEqualTo(BURST_EVENTS);
            assertThat(counter.inOrder()).isTrue();
        }
    }

    /** Commands of one plan: CreatePlan, one objective, 18 targets: 20 events. */
    private static void commandsOf(CommandGateway gateway, String planId) {
        // a command carries its caller as the REST layer puts it: a rep of the plan's org
        MetaData meta = MetaData.from(StoredEvents.META).and(CallerMetaData.ROLES, Roles.REP);
        LocalDate today = LocalDate.now();
        gateway.sendAndWait(new CreatePlan(planId, "bench", today, today.plusDays(200), 100, "rep-7", "acme", "south", today,
                null),
                meta);
        gateway.sendAndWait(new DefineObjective(planId, "o1", "meet hospital CFOs", "pilots", "CFOs met", 20,
                today.plusDays(60), today, null), meta);
        for (int i = 0; i < EVENTS_PER_PLAN - 2; i++) {
            gateway.sendAndWait(new IdentifyTarget(planId, "t" + i, "o1", "contact-" + i, null, 1 + i % 5, null, true), meta);
        }
    }

    private static void fillStore(String database) {
        try (MongoClient client = MongoClients.create(SharedInfrastructure.mongoUri())) {
            MongoEventStorageEngine store = MongoEventStorageEngine.builder()
                    .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(client, database).build())
                    .eventSerializer(AxonSerializers.jackson())
                    .snapshotSerializer(AxonSerializers.jackson())
                    .build();
            List<DomainEventMessage<?>> batch = new ArrayList<>();
            List<Document> positions = new ArrayList<>();
            Instant now = Instant.now();
            for (int p = 0; p < STORED_PLANS; p++) {
                String planId = "stored-" + p;
                batch.add(new GenericDomainEventMessage<>(StoredEvents.TYPE, planId, 0, new PlanCreated(planId, "old",
                        LocalDate.now(), LocalDate.now().plusDays(100), 100, "rep-7", "acme", "south"),
                        StoredEvents.META, UUID.randomUUID().toString(), now));
                batch.add(StoredEvents.objective(planId, 1, now));
                for (int s = 2; s < EVENTS_PER_PLAN; s++) {
                    batch.add(new GenericDomainEventMessage<>(StoredEvents.TYPE, planId, s, new TargetIdentified(planId,
                            "t" + s, "o-1", null, new TargetProfile("finance", "CFO", "healthcare"), 1, null),
                            StoredEvents.META, UUID.randomUUID().toString(), now));
                }
                positions.add(new Document("_id", planId).append("publishedSequence", (long) EVENTS_PER_PLAN - 1)
                        .append("pending", false).append("marks", 1L));
                if (batch.size() >= APPEND_BATCH) {
                    store.appendEvents(batch);
                    batch.clear();
                }
            }
            if (!batch.isEmpty()) {
                store.appendEvents(batch);
            }
            client.getDatabase(database).getCollection(PublicationPositions.COLLECTION).insertMany(positions);
        }
    }

    /** Reads the topic and counts distinct (plan, sequence) of the burst's plans, checking per-plan order. */
    private static final class Counter implements AutoCloseable {

        private final KafkaConsumer<String, byte[]> consumer;
        private final Set<String> seen = new HashSet<>();
        private final java.util.Map<String, Long> lastSequence = new java.util.HashMap<>();
        private boolean inOrder = true;

        Counter(String topic) {
            consumer = new KafkaConsumer<>(java.util.Map.of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, SharedInfrastructure.kafkaBootstrapServers(),
                    ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000), new StringDeserializer(), new ByteArrayDeserializer());
            List<TopicPartition> partitions = IntStream.range(0, TestInfrastructure.PARTITIONS)
                    .mapToObj(p -> new TopicPartition(topic, p)).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
        }

        void awaitAll(Set<String> plans, int expected, Duration timeout) {
            Instant deadline = Instant.now().plus(timeout);
            while (seen.size() < expected) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("only " + seen.size() + " of " + expected + " arrived");
                }
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                    PlanEventEnvelope envelope = PlanEventCodec.decode(record.value());
                    if (plans.contains(record.key()) && seen.add(record.key() + "#" + envelope.sequence())) {
                        Long last = lastSequence.put(record.key(), envelope.sequence());
                        inOrder &= last == null ? envelope.sequence() == 0 : envelope.sequence() == last + 1;
                    }
                }
            }
        }

        int distinct() {
            return seen.size();
        }

        boolean inOrder() {
            return inOrder;
        }

        @Override
        public void close() {
            consumer.close();
        }
    }

    private static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }

    private static void report(String format, Object... args) {
        System.out.println("[benchmark] " + String.format(format, args));
    }
}
