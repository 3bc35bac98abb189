package com.netfocus.benchmarks.baseline.minimalapp;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.netfocus.planning.eventstore.BoundedPlanCache;
import com.netfocus.planning.startup.StartupRetry;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The baseline the benchmark sets Netfocus's command path beside: the least a Spring Boot + Axon app needs to take a
 * command over REST, event-source one aggregate (a {@link Tally}) and store its event with Axon's
 * MongoEventStorageEngine on the same MongoDB wire server (Jackson serializer, aggregates held in a strong cache, so
 * the steady path appends without reading). Started by the benchmark as its own process, with the services' JVM
 * options. Its settings file is {@code minimal-axon-app.yml}: the services' application.yml files lie on the same
 * classpath.
 */
@SpringBootApplication
@EnableConfigurationProperties(MinimalAppSettings.class)
public class MinimalAxonApp {

    /** The settings file's name (without .yml), unlike the services' application.yml on the same classpath. */
    static final String CONFIG_NAME = "minimal-axon-app";

    public static void main(String[] args) {
        new SpringApplicationBuilder(MinimalAxonApp.class)
                .properties("spring.config.name=" + CONFIG_NAME)
                .run(args);
    }

    @Bean
    MongoClient mongoClient(MinimalAppSettings settings) {
        return MongoClients.create(settings.mongoUri());
    }

    /** Building the engine creates its indexes: retried, as the wire server can refuse concurrent index builds. */
    @Bean
    EventStorageEngine eventStorageEngine(MongoClient client, MinimalAppSettings settings, Serializer serializer,
                                          @Qualifier("eventSerializer") Serializer eventSerializer) {
        return StartupRetry.retry("creating the event store indexes", () -> MongoEventStorageEngine.builder()
                .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(client, settings.database()).build())
                .eventSerializer(eventSerializer)
                .snapshotSerializer(serializer)
                .build());
    }

    /** The same strong, bounded cache as planning-service's plans. */
    @Bean
    Cache tallyCache(MinimalAppSettings settings) {
        return new BoundedPlanCache(settings.cacheEntries());
    }
}
