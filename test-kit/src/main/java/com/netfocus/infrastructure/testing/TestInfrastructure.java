package com.netfocus.infrastructure.testing;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.DynamicPropertyRegistry;

import java.util.UUID;

/**
 * Points one test class at the shared broker and wire server with its own database, topics and consumer
 * group, so that test classes in one JVM never see each other's data or records. A test class holds it in a
 * {@code @RegisterExtension} static field and registers it from its {@code @DynamicPropertySource} method; as an
 * extension it closes the class's {@link #planEventRecords()} producer after the class's tests.
 */
public final class TestInfrastructure implements AfterAllCallback {

    private final String prefix;
    private PlanEventRecords planEventRecords;

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

    /** The producer of plan event records to this class's plan-events topic: one a class, closed after its tests. */
    public synchronized PlanEventRecords planEventRecords() {
        if (planEventRecords == null) {
            planEventRecords = new PlanEventRecords(planEventsTopic());
        }
        return planEventRecords;
    }

    @Override
    public synchronized void afterAll(ExtensionContext context) {
        if (planEventRecords != null) {
            planEventRecords.close();
            planEventRecords = null;
        }
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
        registry.add("netfocus.management.token", () -> TestIdentity.MANAGEMENT_TOKEN);
    }
}
