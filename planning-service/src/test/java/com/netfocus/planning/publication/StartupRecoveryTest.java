package com.netfocus.planning.publication;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.netfocus.contracts.plan.PlanEventEnvelope;
import com.netfocus.infrastructure.testing.SharedInfrastructure;
import com.netfocus.planning.eventstore.AxonSerializers;
import com.netfocus.planning.support.StoredEvents;
import com.netfocus.planning.support.TestInfrastructure;
import com.netfocus.planning.support.TopicReader;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A crash between store and publish, seen from the next start: events were appended and their plan marked, but the
 * process died before publishing. The sweep at start-up publishes them (the timer is set far beyond the test, so
 * only the start-up sweep can).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = "netfocus.planning.publication.sweep-interval=1h")
class StartupRecoveryTest {

    private static final String PLAN = "before-start-" + UUID.randomUUID();
    private static TestInfrastructure.Names names;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        names = TestInfrastructure.register(registry, "startup");
        storeBeforeTheServiceStarts(names.database());
    }

    @Autowired
    PublicationPositions positions;

    @Test
    void eventsLeftUnpublishedByACrashArePublishedAtStartUp() {
        try (TopicReader topic = new TopicReader(names.planEvents())) {
            await().atMost(Duration.ofSeconds(30)).until(() -> topic.of(PLAN).size() >= 3);

            assertThat(topic.of(PLAN)).extracting(PlanEventEnvelope::sequence).containsExactly(0L, 1L, 2L);
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(positions.find(PLAN))
                .hasValueSatisfying(position -> {
                    assertThat(position.publishedSequence()).isEqualTo(2);
                    assertThat(position.pending()).isFalse();
                }));
    }

    private static void storeBeforeTheServiceStarts(String database) {
        try (MongoClient client = MongoClients.create(SharedInfrastructure.mongoUri())) {
            MongoEventStorageEngine store = MongoEventStorageEngine.builder()
                    .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(client, database).build())
                    .eventSerializer(AxonSerializers.jackson())
                    .snapshotSerializer(AxonSerializers.jackson())
                    .build();
            client.getDatabase(database).getCollection(PublicationPositions.COLLECTION).insertOne(
                    new Document("_id", PLAN).append("publishedSequence", -1L).append("pending", true)
                            .append("marks", 1L));
            Instant now = Instant.now();
            store.appendEvents(StoredEvents.created(PLAN, now), StoredEvents.objective(PLAN, 1, now),
                    StoredEvents.objective(PLAN, 2, now));
        }
    }
}
