package com.netfocus.planning.eventstore;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.netfocus.infrastructure.testing.SharedInfrastructure;
import com.netfocus.planning.chain.ChainHeads;
import com.netfocus.planning.chain.ChainSettings;
import com.netfocus.planning.chain.ChainStarts;
import com.netfocus.planning.support.StoredEvents;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The event store on the wire server as planning-service builds it: every event stored under its plan and sequence,
 * every snapshot under its plan, read back by those keys exactly as Axon's own queries read them, and a store begun
 * without keys left to Axon's queries.
 */
class KeyedEventStorageStrategyTest {

    private static final int REMEMBERED_PLANS = 100;

    private final MongoClient client = MongoClients.create(SharedInfrastructure.mongoUri());
    private final MongoDatabase database = client.getDatabase("keyed-" + UUID.randomUUID());
    private final org.axonframework.extensions.mongo.MongoTemplate template = DefaultMongoTemplate.builder()
            .mongoDatabase(client, database.getName()).build();

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void anEmptyStoreOnTheWireServerIsReadByKeys() {
        assertThat(PlanEventReads.of(database, template.eventCollection()).byKey()).isTrue();
    }

    @Test
    void eachEventIsStoredUnderItsPlanAndSequence() {
        MongoEventStorageEngine store = engine(PlanEventReads.byKeys());
        String planId = "plan-" + UUID.randomUUID();

        store.appendEvents(events(planId, 0, 3));

        assertThat(template.eventCollection().find().map(document -> document.get("_id")))
                .containsExactlyInAnyOrder(planId + "#0", planId + "#1", planId + "#2");
        assertThat(PlanEventReads.of(database, template.eventCollection()).byKey())
                .as("a store whose first event has its key").isTrue();
    }

    @Test
    void readByKeyAPlanReadsAsAxonsQueryReadsItAcrossSeveralBatches() {
        MongoEventStorageEngine byKeys = engine(PlanEventReads.byKeys());
        MongoEventStorageEngine byQueries = engine(PlanEventReads.byAxonQueries());
        String planId = "plan-" + UUID.randomUUID();
        String otherPlan = "plan-" + UUID.randomUUID();
        for (int from = 0; from < 250; from += 50) {
            byKeys.appendEvents(events(planId, from, from + 50));
            byKeys.appendEvents(events(otherPlan, from, from + 50));
        }

        List<Long> read = sequences(byKeys, planId, 0);

        assertThat(read).containsExactlyElementsOf(IntStream.range(0, 250).mapToObj(i -> (long) i).toList());
        assertThat(sequences(byKeys, planId, 120)).isEqualTo(sequences(byQueries, planId, 120));
        assertThat(byKeys.readEvents(planId, 0).asStream().map(DomainEventMessage::getIdentifier).toList())
                .isEqualTo(byQueries.readEvents(planId, 0).asStream().map(DomainEventMessage::getIdentifier).toList());
        assertThat(sequences(byKeys, planId, 250)).as("nothing after the last event").isEmpty();
        assertThat(sequences(byKeys, "no-such-plan", 0)).isEmpty();
    }

    @Test
    void anAppendOfASequenceAlreadyStoredIsAConcurrencyClash() {
        MongoEventStorageEngine store = engine(PlanEventReads.byKeys());
        String planId = "plan-" + UUID.randomUUID();
        store.appendEvents(events(planId, 0, 2));

        assertThatThrownBy(() -> store.appendEvents(events(planId, 1, 2)))
                .isInstanceOf(ConcurrencyException.class);
        assertThat(sequences(store, planId, 0)).containsExactly(0L, 1L);
    }

    @Test
    void aPlansSnapshotIsKeptUnderItsIdAndReplacedByTheNextOne() {
        MongoEventStorageEngine store = engine(PlanEventReads.byKeys());
        String planId = "plan-" + UUID.randomUUID();
        store.appendEvents(events(planId, 0, 3));

        store.storeSnapshot(events(planId, 1, 2).get(0));
        store.storeSnapshot(events(planId, 2, 3).get(0));

        assertThat(template.snapshotCollection().find().map(document -> document.get("_id")))
                .containsExactly(planId);
        assertThat(store.readSnapshot(planId)).hasValueSatisfying(snapshot ->
                assertThat(snapshot.getSequenceNumber()).isEqualTo(2));
        assertThat(engine(PlanEventReads.byAxonQueries()).readSnapshot(planId)).hasValueSatisfying(snapshot ->
                assertThat(snapshot.getSequenceNumber()).as("Axon's query finds the same").isEqualTo(2));
        assertThat(store.readSnapshot("no-such-plan")).isEmpty();
    }

    @Test
    void aStoreBegunWithoutKeysIsLeftToAxonsQueriesAndStillReadsWhole() {
        String planId = "plan-" + UUID.randomUUID();
        MongoEventStorageEngine earlierVersion = MongoEventStorageEngine.builder().mongoTemplate(template)
                .eventSerializer(AxonSerializers.jackson()).snapshotSerializer(AxonSerializers.jackson()).build();
        earlierVersion.appendEvents(events(planId, 0, 2));
        earlierVersion.storeSnapshot(events(planId, 1, 2).get(0));

        PlanEventReads reads = PlanEventReads.of(database, template.eventCollection());
        MongoEventStorageEngine store = engine(reads);
        store.appendEvents(events(planId, 2, 4));
        store.storeSnapshot(events(planId, 3, 4).get(0));

        assertThat(reads.byKey()).isFalse();
        assertThat(sequences(store, planId, 0)).containsExactly(0L, 1L, 2L, 3L);
        assertThat(store.readSnapshot(planId)).hasValueSatisfying(snapshot ->
                assertThat(snapshot.getSequenceNumber()).isEqualTo(3));
        assertThat(template.snapshotCollection().countDocuments()).as("the earlier snapshot removed").isOne();
    }

    private MongoEventStorageEngine engine(PlanEventReads reads) {
        return MongoEventStorageEngine.builder().mongoTemplate(template)
                .storageStrategy(strategy(reads))
                .eventSerializer(AxonSerializers.jackson()).snapshotSerializer(AxonSerializers.jackson()).build();
    }

    /** The service's storage strategy, with a memory of the chains of its own. */
    private KeyedEventStorageStrategy strategy(PlanEventReads reads) {
        return new KeyedEventStorageStrategy(reads, new ChainHeads(new ChainSettings(REMEMBERED_PLANS)),
                new ChainStarts(new MongoTemplate(client, database.getName()), Clock.systemUTC()));
    }

    private static List<Long> sequences(MongoEventStorageEngine store, String planId, long from) {
        return store.readEvents(planId, from).asStream().map(DomainEventMessage::getSequenceNumber).toList();
    }

    private static List<DomainEventMessage<?>> events(String planId, int from, int to) {
        List<DomainEventMessage<?>> events = new ArrayList<>();
        Instant now = Instant.now();
        for (int sequence = from; sequence < to; sequence++) {
            events.add(sequence == 0 ? StoredEvents.created(planId, now) : StoredEvents.objective(planId, sequence, now));
        }
        return events;
    }
}
