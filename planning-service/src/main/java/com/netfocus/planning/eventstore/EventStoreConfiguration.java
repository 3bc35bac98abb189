package com.netfocus.planning.eventstore;

import com.mongodb.client.MongoClient;
import com.netfocus.planning.chain.ChainHeads;
import com.netfocus.planning.chain.ChainStarts;
import com.netfocus.planning.chain.ChainedStorageStrategy;
import com.netfocus.planning.limits.PlanRules;
import com.netfocus.planning.sending.CallerMetaData;
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

    /** The bean name of the storage itself, beneath the publication's decorator that Axon's event store uses. */
    public static final String STORAGE = "planEventStorage";

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
     * The Mongo engine, one document per event, each chained to the plan's event before it by its hash, stored under
     * its plan and sequence and read by that key where the server would otherwise scan (building it creates the
     * storage indexes, retried because of mongo-java-server #195). Axon's event store uses it through the publication's
     * decorator (the primary storage engine), which marks every append for publication; the publication reads its
     * catch-ups from this one.
     */
    @Bean(STORAGE)
    MongoEventStorageEngine planEventStorage(MongoTemplate axonMongoTemplate,
                                             @Qualifier("eventSerializer") Serializer eventSerializer,
                                             Serializer serializer, ChainedStorageStrategy chainedStorage) {
        return StartupRetry.retry("creating the event store indexes",
                () -> MongoEventStorageEngine.builder()
                        .mongoTemplate(axonMongoTemplate)
                        .eventSerializer(eventSerializer)
                        .snapshotSerializer(serializer)
                        .storageStrategy(chainedStorage)
                        .build());
    }

    /** The event documents as the engine stores and reads them: chained, and keyed by plan and sequence. */
    @Bean
    ChainedStorageStrategy chainedStorageStrategy(PlanEventReads reads, ChainHeads heads, ChainStarts starts) {
        return new KeyedEventStorageStrategy(reads, heads, starts);
    }

    /** How the plan's events are read, decided once from the server and the store (see {@link PlanEventReads}). */
    @Bean
    PlanEventReads planEventReads(MongoTemplate axonMongoTemplate, MongoClient client,
                                  @Value("${spring.data.mongodb.database}") String database) {
        return StartupRetry.retry("asking how to read the event store",
                () -> PlanEventReads.of(client.getDatabase(database), axonMongoTemplate.eventCollection()));
    }

    @Bean
    StoredPlanVersions storedPlanVersions(MongoTemplate axonMongoTemplate) {
        return new StoredPlanVersions(axonMongoTemplate);
    }

    /** The most recently used plans, each used only while no other instance has appended to it since. */
    @Bean
    Cache planCache(PlanCacheSettings settings, StoredPlanVersions storedPlanVersions) {
        return new CurrentPlanCache(new BoundedPlanCache(settings.maxEntries()), storedPlanVersions);
    }

    /** A command's refusal on a cached plan is checked against the store (a command interceptor). */
    @Bean
    RefusalsOnCurrentPlans refusalsOnCurrentPlans(StoredPlanVersions storedPlanVersions) {
        return new RefusalsOnCurrentPlans(storedPlanVersions);
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
