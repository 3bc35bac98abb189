package com.netfocus.planning.support;

import com.netfocus.infrastructure.testing.SharedInfrastructure;
import com.netfocus.infrastructure.testing.TestIdentity;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.test.context.DynamicPropertyRegistry;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/** The real broker and wire server of this test JVM, with names of the test class's own. */
public final class TestInfrastructure {

    public static final int PARTITIONS = 3;
    /**
     * The topics' {@code max.message.bytes}: what planning-service sets when it creates the plan-events topic, its
     * producer's default {@code max.request.size} (1 MiB).
     */
    public static final long MAX_MESSAGE_BYTES = 1_048_576;

    private TestInfrastructure() {
    }

    /** Registers a database, topics and consumer group unique to one test class; returns the names used. */
    public static Names register(DynamicPropertyRegistry registry, String testName) {
        String suffix = testName + "-" + UUID.randomUUID().toString().substring(0, 8);
        Names names = new Names("planning-" + suffix, "plan-events-" + suffix, "catalog-events-" + suffix,
                "contact-events-" + suffix);
        createTopics(names.planEvents(), names.catalogEvents(), names.contactEvents());
        registry.add("spring.data.mongodb.uri", SharedInfrastructure::mongoUri);
        registry.add("spring.data.mongodb.database", names::database);
        registry.add("spring.kafka.bootstrap-servers", SharedInfrastructure::kafkaBootstrapServers);
        registry.add("spring.kafka.consumer.group-id", () -> "planning-" + suffix);
        registry.add("netfocus.topics.plan-events", names::planEvents);
        registry.add("netfocus.topics.catalog-events", names::catalogEvents);
        registry.add("netfocus.topics.contact-events", names::contactEvents);
        registry.add("netfocus.identity.secret", () -> TestIdentity.SECRET);
        registry.add("netfocus.management.token", () -> TestIdentity.MANAGEMENT_TOKEN);
        return names;
    }

    public static void createTopics(String... topics) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                SharedInfrastructure.kafkaBootstrapServers()))) {
            admin.createTopics(java.util.Arrays.stream(topics).map(t -> new NewTopic(t, PARTITIONS, (short) 1)
                            .configs(Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(MAX_MESSAGE_BYTES))))
                    .toList()).all().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot create topics " + List.of(topics), e);
        }
    }

    public record Names(String database, String planEvents, String catalogEvents, String contactEvents) {
    }
}
