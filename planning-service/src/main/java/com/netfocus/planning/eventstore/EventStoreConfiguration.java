package com.netfocus.planning.eventstore;

import com.mongodb.client.MongoClient;
import com.netfocus.planning.sending.CallerMetaData;
import com.netfocus.planning.limits.PlanRules;
import com.netfocus.planning.publication.PlanEventPublisher;
import com.netfocus.planning.publication.PublicationObligations;
import com.netfocus.planning.publication.PublicationPositions;
import com.netfocus.planning.publication.PublishingStorageEngine;
import com.netfocus.planning.startup.StartupRetry;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Axon on MongoDB without Axon Server and without the (unavailable) Mongo Boot starter: the event store on the Boot
 * MongoClient, JSON serialization, an aggregate cache and snapshots so that the steady command path appends without
 * re-reading the store. Optimistic concurrency is the store's unique (aggregate, sequence) index.
 */
@Configuration
public class EventStoreConfiguration {

    @Bean
    @Primary
    Serializer serializer() {
        return AxonSerializers.jackson();
    }

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer() {
        return AxonSerializers.jackson();
    }

    @Bean
    @Qualifier("messageSerializer")
    Serializer messageSerializer() {
        return AxonSerializers.jackson();
    }

    @Bean
    MongoTemplate axonMongoTemplate(MongoClient client, @Value("${spring.data.mongodb.database}") String database) {
        return DefaultMongoTemplate.builder().mongoDatabase(client, database).build();
    }

    /**
     * What Axon's event store uses: the Mongo engine (building it creates the storage indexes, retried because of
     * mongo-java-server #195), with the publication's "pending" mark before every append and the hand-over to the
     * publisher after every commit.
     */
    @Bean
    PublishingStorageEngine eventStorageEngine(MongoTemplate axonMongoTemplate,
                                               @Qualifier("eventSerializer") Serializer eventSerializer,
                                               Serializer serializer, PublicationPositions positions,
                                               PublicationObligations obligations, PlanEventPublisher publisher) {
        MongoEventStorageEngine mongo = StartupRetry.retry("creating the event store indexes",
                () -> MongoEventStorageEngine.builder()
                        .mongoTemplate(axonMongoTemplate)
                        .eventSerializer(eventSerializer)
                        .snapshotSerializer(serializer)
                        .build());
        return new PublishingStorageEngine(mongo, positions, obligations, publisher);
    }

    @Bean
    Cache planCache(PlanCacheSettings settings) {
        return new BoundedPlanCache(settings.maxEntries());
    }

    /** Snapshots that no longer tell what the plan needs are passed over (the plan is rebuilt from its events). */
    @Bean
    SnapshotFilter planSnapshotFilter() {
        return new AttendanceIdSnapshotFilter();
    }

    @Bean
    SnapshotTriggerDefinition planSnapshotTrigger(Snapshotter snapshotter, PlanRules rules) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, rules.snapshotThreshold());
    }

    /** Copies who/org/team/correlation id from each command onto every event it causes. */
    @Bean
    CorrelationDataProvider callerCorrelationData() {
        return new SimpleCorrelationDataProvider(CallerMetaData.KEYS.toArray(String[]::new));
    }
}
