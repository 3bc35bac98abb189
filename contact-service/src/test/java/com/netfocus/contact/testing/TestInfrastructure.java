package com.netfocus.contact.testing;

import com.netfocus.infrastructure.testing.SharedInfrastructure;
import org.springframework.test.context.DynamicPropertyRegistry;

import java.util.UUID;

/**
 * Points one test class at the shared broker and wire server with its own database, topics and consumer
 * group, so that test classes in one JVM never see each other's data or records.
 */
public final class TestInfrastructure {

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final String name;

    public TestInfrastructure(String name) {
        this.name = name;
    }

    public String database() {
        return "contact-" + name + "-" + suffix;
    }

    public String planEventsTopic() {
        return "plan-events-" + name + "-" + suffix;
    }

    public void register(DynamicPropertyRegistry registry) {
        registry.add("spring.data.mongodb.uri", SharedInfrastructure::mongoUri);
        registry.add("spring.data.mongodb.database", this::database);
        registry.add("spring.kafka.bootstrap-servers", SharedInfrastructure::kafkaBootstrapServers);
        registry.add("spring.kafka.consumer.group-id", () -> "contact-" + name + "-" + suffix);
        registry.add("netfocus.topics.plan-events", this::planEventsTopic);
    }
}
