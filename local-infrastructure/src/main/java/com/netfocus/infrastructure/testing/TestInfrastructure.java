package com.netfocus.infrastructure.testing;

import org.springframework.test.context.DynamicPropertyRegistry;

import java.util.UUID;

/**
 * Points one test class at the shared broker and wire server with its own database, topics and consumer
 * group, so that test classes in one JVM never see each other's data or records.
 */
public final class TestInfrastructure {

    private final String prefix;

    /**
     * @param service the service under test, e.g. "catalog"
     * @param name    the test class's part, e.g. "publication"
     */
    public TestInfrastructure(String service, String name) {
        this.prefix = service + "-" + name + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public String database() {
        return prefix;
    }

    public String planEventsTopic() {
        return "plan-events-" + prefix;
    }

    public String catalogEventsTopic() {
        return "catalog-events-" + prefix;
    }

    public String contactEventsTopic() {
        return "contact-events-" + prefix;
    }

    public void register(DynamicPropertyRegistry registry) {
        registry.add("spring.data.mongodb.uri", SharedInfrastructure::mongoUri);
        registry.add("spring.data.mongodb.database", this::database);
        registry.add("spring.kafka.bootstrap-servers", SharedInfrastructure::kafkaBootstrapServers);
        registry.add("spring.kafka.consumer.group-id", () -> prefix);
        registry.add("netfocus.topics.plan-events", this::planEventsTopic);
        registry.add("netfocus.topics.catalog-events", this::catalogEventsTopic);
        registry.add("netfocus.topics.contact-events", this::contactEventsTopic);
        registry.add("netfocus.identity.secret", () -> TestIdentity.SECRET);
    }
}
