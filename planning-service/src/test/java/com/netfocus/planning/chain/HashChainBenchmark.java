package com.netfocus.planning.chain;

import com.netfocus.contracts.caller.Roles;
import com.netfocus.contracts.chain.EventHash;
import com.netfocus.contracts.chain.StoredEventFields;
import com.netfocus.infrastructure.testing.SharedInfrastructure;
import com.netfocus.planning.PlanningApplication;
import com.netfocus.planning.objective.DefineObjective;
import com.netfocus.planning.plan.CreatePlan;
import com.netfocus.planning.sending.CallerMetaData;
import com.netfocus.planning.support.StoredEvents;
import com.netfocus.planning.support.TestInfrastructure;
import com.netfocus.planning.target.IdentifyTarget;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.netfocus.planning.eventstore.AxonSerializers;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.DocumentPerEventStorageStrategy;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.serialization.Serializer;
import org.axonframework.messaging.MetaData;
import org.bson.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the hash chain costs the command path: two planning services in one JVM on the same wire server and broker,
 * one storing events as Axon does (no chain) and one chaining them, each sending the same commands through its
 * command bus one after another (the latency of one command: validate, append, publish hand-over), in alternating
 * rounds after a warm-up; then the same one level down, appends through two storage engines. Also times the hash of
 * a stored event alone. Not part of the test run (the name does not
 * end in Test): {@code mvn -B -pl planning-service -am verify -Dtest=HashChainBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
class HashChainBenchmark {

    private static final int PLANS = 100;
    private static final int WARM_UP_COMMANDS = 3_000;
    private static final int ROUNDS = 10;
    private static final int COMMANDS_PER_ROUND = 1_000;
    private static final int HASHES = 200_000;
    private static final MetaData CALLER = MetaData.from(StoredEvents.META).and(CallerMetaData.ROLES, Roles.REP);

    @Test
    void theChainCostsTheCommandPathNothingMeasurable() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        try (ConfigurableApplicationContext chained = service("chained-" + run);
             ConfigurableApplicationContext plain = service("plain-" + run, AxonsOwnStorage.class)) {
            Service withChain = new Service("chained", chained, run);
            Service withoutChain = new Service("plain", plain, run);
            withChain.warmUp();
            withoutChain.warmUp();
            for (int round = 0; round < ROUNDS; round++) {
                // alternate which goes first, so that neither always runs on a machine warmed by the other
                boolean chainFirst = round % 2 == 0;
                (chainFirst ? withChain : withoutChain).round();
                (chainFirst ? withoutChain : withChain).round();
            }
            report("%,d commands each, per command: chained %s; plain %s", ROUNDS * COMMANDS_PER_ROUND,
                    withChain.latencies(), withoutChain.latencies());
            report("median difference %+.1f us (%+.1f %%)", withChain.median() - withoutChain.median(),
                    100 * (withChain.median() - withoutChain.median()) / withoutChain.median());
            Document stored = chained.getBean(MongoTemplate.class).getCollection(StoredEventFields.COLLECTION)
                    .find().first();
            assertThat(stored).containsKey(StoredEventFields.HASH);
            assertThat(plain.getBean(MongoTemplate.class).getCollection(StoredEventFields.COLLECTION).find().first())
                    .doesNotContainKey(StoredEventFields.HASH);
            hashAlone(stored);
        }
    }

    /**
     * The same, one level down: single-event appends to 100 plans through two Mongo storage engines on the wire
     * server, Axon's documents against chained ones, in alternating rounds: the append is where the chain's work is.
     */
    @Test
    void theChainCostsAnAppendNothingMeasurable() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        try (MongoClient client = MongoClients.create(SharedInfrastructure.mongoUri())) {
            Appends chained = new Appends("chained", engine(client, "bench-append-chained-" + run,
                    new ChainedStorageStrategy(new ChainHeads(new ChainSettings(5000)), new ChainStarts(
                            new MongoTemplate(client, "bench-append-chained-" + run), java.time.Clock.systemUTC()))));
            Appends plain = new Appends("plain", engine(client, "bench-append-plain-" + run,
                    new DocumentPerEventStorageStrategy()));
            for (int i = 0; i < WARM_UP_COMMANDS; i++) {
                chained.next(false);
                plain.next(false);
            }
            for (int round = 0; round < ROUNDS; round++) {
                boolean chainFirst = round % 2 == 0;
                for (Appends first : chainFirst ? List.of(chained, plain) : List.of(plain, chained)) {
                    for (int i = 0; i < COMMANDS_PER_ROUND; i++) {
                        first.next(true);
                    }
                }
            }
            report("%,d appends each, per append: chained %s; plain %s", ROUNDS * COMMANDS_PER_ROUND,
                    chained.latencies.describe(), plain.latencies.describe());
            report("median difference %+.1f us (%+.1f %%)", chained.latencies.median() - plain.latencies.median(),
                    100 * (chained.latencies.median() - plain.latencies.median()) / plain.latencies.median());
        }
    }

    private static MongoEventStorageEngine engine(MongoClient client, String database,
                                                  org.axonframework.extensions.mongo.eventsourcing.eventstore
                                                          .StorageStrategy strategy) {
        return MongoEventStorageEngine.builder()
                .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(client, database).build())
                .eventSerializer(AxonSerializers.jackson()).snapshotSerializer(AxonSerializers.jackson())
                .storageStrategy(strategy).build();
    }

    /** One engine's appends: the next event of each of its plans in turn, each append timed. */
    private static final class Appends {

        private final MongoEventStorageEngine engine;
        private final List<String> plans = new ArrayList<>();
        private final Latencies latencies = new Latencies();
        private int sent;

        Appends(String name, MongoEventStorageEngine engine) {
            this.engine = engine;
            for (int i = 0; i < PLANS; i++) {
                String planId = name + "-" + UUID.randomUUID();
                engine.appendEvents(StoredEvents.created(planId, java.time.Instant.now()));
                plans.add(planId);
            }
        }

        void next(boolean timed) {
            String planId = plans.get(sent % PLANS);
            long sequence = 1 + sent / PLANS;
            var event = StoredEvents.objective(planId, sequence, java.time.Instant.now());
            long start = System.nanoTime();
            engine.appendEvents(event);
            if (timed) {
                latencies.add(System.nanoTime() - start);
            }
            sent++;
        }
    }

    /** Nanoseconds of timed operations, described by median, p90 and mean. */
    private static final class Latencies {

        private final List<Long> nanos = new ArrayList<>();

        void add(long value) {
            nanos.add(value);
        }

        double median() {
            return percentile(50);
        }

        String describe() {
            return String.format("median %.0f us, p90 %.0f us, mean %.0f us", percentile(50), percentile(90),
                    nanos.stream().mapToLong(Long::longValue).average().orElse(0) / 1000);
        }

        private double percentile(int percent) {
            List<Long> sorted = nanos.stream().sorted().toList();
            return micros(sorted.get(Math.min(sorted.size() - 1, sorted.size() * percent / 100)));
        }
    }

    private static void hashAlone(Document stored) {
        String previous = stored.getString(StoredEventFields.HASH);
        for (int i = 0; i < HASHES; i++) {
            previous = EventHash.of(stored, previous);
        }
        long start = System.nanoTime();
        for (int i = 0; i < HASHES; i++) {
            previous = EventHash.of(stored, previous);
        }
        report("the hash of one stored event (%,d bytes of payload and metadata): %.2f us", stored.getString(
                StoredEventFields.PAYLOAD).length() + stored.getString(StoredEventFields.META_DATA).length(),
                micros((System.nanoTime() - start) / HASHES));
    }

    private static ConfigurableApplicationContext service(String name, Class<?>... more) {
        String database = "bench-" + name;
        String topic = "bench-plan-events-" + name;
        TestInfrastructure.createTopics(topic, "bench-catalog-" + name, "bench-contact-" + name);
        List<Class<?>> sources = new ArrayList<>(List.of(PlanningApplication.class));
        sources.addAll(List.of(more));
        return new SpringApplicationBuilder(sources.toArray(Class<?>[]::new))
                .web(WebApplicationType.NONE)
                .run("--spring.data.mongodb.uri=" + SharedInfrastructure.mongoUri(),
                        "--spring.data.mongodb.database=" + database,
                        "--spring.kafka.bootstrap-servers=" + SharedInfrastructure.kafkaBootstrapServers(),
                        "--spring.kafka.consumer.group-id=bench-" + name,
                        "--spring.main.allow-bean-definition-overriding=true",
                        "--netfocus.topics.plan-events=" + topic,
                        "--netfocus.topics.catalog-events=bench-catalog-" + name,
                        "--netfocus.topics.contact-events=bench-contact-" + name,
                        "--logging.level.com.netfocus=INFO");
    }

    private static double micros(long nanos) {
        return nanos / 1000.0;
    }

    private static void report(String format, Object... args) {
        System.out.println("[benchmark] " + String.format(format, args));
    }

    /** One service under measurement: its plans, and the next target of each. */
    private static final class Service {

        private final String name;
        private final CommandGateway gateway;
        private final List<String> plans = new ArrayList<>();
        private final Latencies latencies = new Latencies();
        private int sent;

        Service(String name, ConfigurableApplicationContext context, String run) {
            this.name = name;
            this.gateway = context.getBean(CommandGateway.class);
            LocalDate today = LocalDate.now();
            for (int i = 0; i < PLANS; i++) {
                String planId = name + "-" + run + "-" + i;
                gateway.sendAndWait(new CreatePlan(planId, "bench", today, today.plusDays(200), 100, "rep-7", "acme",
                        "south", today, null), CALLER);
                gateway.sendAndWait(new DefineObjective(planId, "o1", "meet hospital CFOs", "pilots", "CFOs met", 20,
                        today.plusDays(60), today, null), CALLER);
                plans.add(planId);
            }
        }

        void warmUp() {
            for (int i = 0; i < WARM_UP_COMMANDS; i++) {
                next();
            }
            report("%s: warmed up with %,d commands", name, WARM_UP_COMMANDS);
        }

        /** One round of commands, each timed. */
        void round() {
            for (int i = 0; i < COMMANDS_PER_ROUND; i++) {
                long start = System.nanoTime();
                next();
                latencies.add(System.nanoTime() - start);
            }
        }

        double median() {
            return latencies.median();
        }

        String latencies() {
            return latencies.describe();
        }

        private void next() {
            String planId = plans.get(sent % PLANS);
            int target = sent / PLANS;
            gateway.sendAndWait(new IdentifyTarget(planId, "t" + target, "o1", "contact-" + target, null,
                    1 + target % 5, null, true), CALLER);
            sent++;
        }
    }

    /** The service as it stored events before chains: Axon's own documents, nothing remembered (bean override). */
    static class AxonsOwnStorage {

        @Bean
        ChainedStorageStrategy chainedStorageStrategy(ChainHeads heads, ChainStarts starts) {
            return new ChainedStorageStrategy(heads, starts) {
                @Override
                public void appendEvents(MongoCollection<Document> eventCollection,
                                         List<? extends EventMessage<?>> events, Serializer serializer) {
                    eventCollection.insertMany(createEventDocuments(events, serializer).toList());
                }

                @Override
                protected Stream<? extends DomainEventData<?>> extractEvents(Document object) {
                    return Stream.of(new org.axonframework.extensions.mongo.eventsourcing.eventstore
                            .documentperevent.EventEntry(object, eventConfiguration()));
                }
            };
        }
    }
}
