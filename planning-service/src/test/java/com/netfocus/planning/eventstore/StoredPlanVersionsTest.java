package com.netfocus.planning.eventstore;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.netfocus.infrastructure.testing.SharedInfrastructure;
import com.netfocus.planning.chain.ChainHeads;
import com.netfocus.planning.chain.ChainSettings;
import com.netfocus.planning.chain.ChainStarts;
import com.netfocus.planning.support.IndexServedFilters;
import com.netfocus.planning.support.StoredEvents;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Whether a plan moved on from a version, asked of the event store by its unique (plan, sequence) index. */
class StoredPlanVersionsTest {

    private static final int REMEMBERED_PLANS = 100;
    private static final String DATABASE = "versions-" + UUID.randomUUID();

    private final MongoClient client = MongoClients.create(SharedInfrastructure.mongoUri());
    private final org.axonframework.extensions.mongo.MongoTemplate template = DefaultMongoTemplate.builder()
            .mongoDatabase(client, DATABASE).build();

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void aPlanHasMovedOnOnceItsNextEventIsStored() {
        MongoEventStorageEngine store = MongoEventStorageEngine.builder().mongoTemplate(template)
                .storageStrategy(new KeyedEventStorageStrategy(PlanEventReads.byKeys(), new ChainHeads(
                        new ChainSettings(REMEMBERED_PLANS)), new ChainStarts(new MongoTemplate(client, DATABASE),
                        Clock.systemUTC())))
                .eventSerializer(AxonSerializers.jackson()).snapshotSerializer(AxonSerializers.jackson()).build();
        StoredPlanVersions versions = new StoredPlanVersions(template);
        String planId = "plan-" + UUID.randomUUID();
        store.appendEvents(StoredEvents.created(planId, Instant.now()));

        assertThat(versions.hasEventAfter(planId, 0)).isFalse();
        store.appendEvents(StoredEvents.objective(planId, 1, Instant.now()));
        assertThat(versions.hasEventAfter(planId, 0)).isTrue();
        assertThat(versions.hasEventAfter(planId, 1)).isFalse();
    }

    @Test
    void theQueryIsServedByTheStoresPlanAndSequenceIndex() {
        MongoEventStorageEngine.builder().mongoTemplate(template).eventSerializer(AxonSerializers.jackson())
                .snapshotSerializer(AxonSerializers.jackson()).build();

        IndexServedFilters.assertServedByAnIndex(template.eventCollection(),
                StoredPlanVersions.nextEvent("plan-1", 4));
    }
}
