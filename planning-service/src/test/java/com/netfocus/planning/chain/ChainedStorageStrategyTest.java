package com.netfocus.planning.chain;

import com.mongodb.MongoClientSettings;
import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import com.netfocus.contracts.chain.ChainVerdict;
import com.netfocus.contracts.chain.ChainVerifier;
import com.netfocus.contracts.chain.StoredEventFields;
import com.netfocus.infrastructure.testing.SharedInfrastructure;
import com.netfocus.planning.eventstore.AxonSerializers;
import com.netfocus.planning.support.StoredEvents;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chained storage on the wire server, counting the commands it sends: appending to a plan it remembers reads
 * nothing from the store (one insert per append); after a restart the first append reads the event before it once,
 * by plan and sequence; a plan's events read for any reason are remembered; a plan stored before chains starts its
 * chain at its next event and records that start.
 */
class ChainedStorageStrategyTest {

    /** Each command sent, as its name and its collection, taken while the command's document is readable. */
    private static final List<String> COMMANDS = new CopyOnWriteArrayList<>();
    private static MongoClient client;
    private static String database;

    @BeforeAll
    static void connect() {
        client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(SharedInfrastructure.mongoUri()))
                .addCommandListener(new CommandListener() {
                    @Override
                    public void commandStarted(CommandStartedEvent event) {
                        var collection = event.getCommand().get(event.getCommandName());
                        COMMANDS.add(event.getCommandName() + " " + (collection != null && collection.isString()
                                ? collection.asString().getValue() : ""));
                    }
                }).build());
        database = "chained-storage-" + UUID.randomUUID();
    }

    @AfterAll
    static void disconnect() {
        client.close();
    }

    @Test
    void appending_to_a_remembered_plan_reads_nothing_and_a_restart_reads_the_event_before_once() {
        String planId = UUID.randomUUID().toString();
        MongoEventStorageEngine engine = engine(new ChainHeads(new ChainSettings(100)));
        engine.appendEvents(StoredEvents.created(planId, Instant.now()));

        COMMANDS.clear();
        for (long sequence = 1; sequence <= 20; sequence++) {
            engine.appendEvents(StoredEvents.objective(planId, sequence, Instant.now()));
        }
        assertThat(eventCommands("find")).isZero();
        assertThat(eventCommands("insert")).isEqualTo(20);

        MongoEventStorageEngine restarted = engine(new ChainHeads(new ChainSettings(100)));
        COMMANDS.clear();
        restarted.appendEvents(StoredEvents.objective(planId, 21, Instant.now()));
        restarted.appendEvents(StoredEvents.objective(planId, 22, Instant.now()));
        assertThat(eventCommands("find")).isOne();

        MongoEventStorageEngine loaded = engine(new ChainHeads(new ChainSettings(100)));
        assertThat(loaded.readEvents(planId, 0).asStream().count()).isEqualTo(23);
        COMMANDS.clear();
        loaded.appendEvents(StoredEvents.objective(planId, 23, Instant.now()));
        assertThat(eventCommands("find")).as("remembered from the read").isZero();

        assertThat(verdict(planId, null)).isEqualTo(new ChainVerdict(true, 24, 0L, null));
    }

    @Test
    void a_plan_stored_before_chains_starts_its_chain_at_its_next_event() {
        String planId = UUID.randomUUID().toString();
        engine(new ChainHeads(new ChainSettings(100))).appendEvents(StoredEvents.created(planId, Instant.now()),
                StoredEvents.objective(planId, 1, Instant.now()));
        client.getDatabase(database).getCollection(StoredEventFields.COLLECTION).updateMany(
                Filters.eq(StoredEventFields.PLAN_ID, planId), Updates.combine(Updates.unset(StoredEventFields.HASH),
                        Updates.unset(StoredEventFields.PREVIOUS_HASH)));

        MongoEventStorageEngine engine = engine(new ChainHeads(new ChainSettings(100)));
        engine.appendEvents(StoredEvents.objective(planId, 2, Instant.now()));
        engine.appendEvents(StoredEvents.objective(planId, 3, Instant.now()));

        ChainStarts starts = new ChainStarts(new MongoTemplate(client, database), Clock.systemUTC());
        assertThat(starts.of(planId)).contains(2L);
        assertThat(verdict(planId, 2L)).isEqualTo(new ChainVerdict(true, 2, 2L, null));
    }

    private MongoEventStorageEngine engine(ChainHeads heads) {
        return MongoEventStorageEngine.builder()
                .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(client, database).build())
                .eventSerializer(AxonSerializers.jackson())
                .snapshotSerializer(AxonSerializers.jackson())
                .storageStrategy(new ChainedStorageStrategy(heads, new ChainStarts(new MongoTemplate(client, database),
                        Clock.systemUTC())))
                .build();
    }

    private static long eventCommands(String name) {
        return COMMANDS.stream().filter((name + " " + StoredEventFields.COLLECTION)::equals).count();
    }

    private static ChainVerdict verdict(String planId, Long start) {
        List<Document> documents = new ArrayList<>();
        client.getDatabase(database).getCollection(StoredEventFields.COLLECTION)
                .find(Filters.eq(StoredEventFields.PLAN_ID, planId)).forEach(documents::add);
        return ChainVerifier.verify(start, documents, null);
    }
}
