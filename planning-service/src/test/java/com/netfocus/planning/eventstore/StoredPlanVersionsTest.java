package com.netfocus.planning.eventstore;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.netfocus.infrastructure.testing.SharedInfrastructure;
import com.netfocus.planning.support.IndexServedFilters;
import com.netfocus.planning.support.StoredEvents;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Whether a plan moved on from a version, asked of the event store by its unique (plan, sequence) index. */
class StoredPlanVersionsTest {

    private final MongoClient client = MongoClients.create(SharedInfrastructure.mongoUri());
    private final MongoTemplate template = DefaultMongoTemplate.builder()
            .mongoDatabase(client, "versions-" + UUID.randomUUID()).build();

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void aPlanHasMovedOnOnceItsNextEventIsStored() {
        MongoEventStorageEngine store = MongoEventStorageEngine.builder().mongoTemplate(template)
                .storageStrategy(new KeyedEventStorageStrategy(PlanEventReads.byKeys()))
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
