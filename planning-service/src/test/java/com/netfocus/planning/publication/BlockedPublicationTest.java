package com.netfocus.planning.publication;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.netfocus.contracts.plan.PlanEventEnvelope;
import com.netfocus.infrastructure.testing.SharedInfrastructure;
import com.netfocus.infrastructure.testing.TestIdentity;
import com.netfocus.planning.PlanningApplication;
import com.netfocus.planning.support.Api;
import com.netfocus.planning.support.PlanFlow;
import com.netfocus.planning.support.StoredEvents;
import com.netfocus.planning.support.TestInfrastructure;
import com.netfocus.planning.support.TopicLimits;
import com.netfocus.planning.support.TopicReader;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An event Kafka refuses for good never leaves a hole: its plan's later events wait (none of them on the topic, so no
 * consumer of it goes past the hole), the record is not re-sent every few seconds but backed off, the block shows in
 * the health details, on the gauge and in one log line, every other plan is published, and once the cause is removed
 * (the topic's limit restored; a planning instance started with raised limits) the plan is published whole, in order.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "netfocus.planning.publication.sweep-interval=300ms",
        "netfocus.planning.publication.blocked-retry.first=1s",
        "netfocus.planning.publication.blocked-retry.max=2s"})
class BlockedPublicationTest {

    private static final Duration WITHIN = Duration.ofSeconds(30);
    /** A topic limit that takes the plans' usual events, but not an objective with a long statement. */
    private static final long LOWERED_TOPIC_LIMIT = 4_096;
    private static final String LONG_STATEMENT = "meet hospital CFOs ".repeat(400);
    private static TestInfrastructure.Names names;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        names = TestInfrastructure.register(registry, "blocked");
    }

    @LocalServerPort
    int port;
    @Autowired
    EventStore eventStore;
    @Autowired
    PublishingStorageEngine storage;
    @Autowired
    PublicationPositions positions;
    @Autowired
    MeterRegistry registry;

    private Api api;
    private TopicReader topic;
    private final ListAppender<ILoggingEvent> blockLines = new ListAppender<>();

    @BeforeEach
    void setUp() {
        api = new Api(port, "rep-1", "acme", "north");
        topic = new TopicReader(names.planEvents());
        blockLines.start();
        ((Logger) LoggerFactory.getLogger(PlanBlocking.class)).addAppender(blockLines);
    }

    @AfterEach
    void tearDown() {
        ((Logger) LoggerFactory.getLogger(PlanBlocking.class)).detachAppender(blockLines);
        TopicLimits.setMaxMessageBytes(names.planEvents(), TestInfrastructure.MAX_MESSAGE_BYTES);
        topic.close();
    }

    @Test
    void anEventTheTopicRefusesHoldsBackItsPlanAloneUntilTheTopicTakesItThenThePlanIsPublishedInOrder() {
        String blockedPlan = PlanFlow.createPlan(api);
        String otherPlan = PlanFlow.createPlan(api);
        awaitPublished(blockedPlan, 1);
        awaitPublished(otherPlan, 1);

        // an operator lowers the topic's limit under the running service: the broker refuses the long objective
        TopicLimits.setMaxMessageBytes(names.planEvents(), LOWERED_TOPIC_LIMIT);
        Instant now = Instant.now();
        eventStore.publish(StoredEvents.objective(blockedPlan, 1, now, LONG_STATEMENT));
        eventStore.publish(StoredEvents.objective(blockedPlan, 2, now));
        eventStore.publish(StoredEvents.objective(blockedPlan, 3, now));
        String objectiveId = PlanFlow.objective(api, otherPlan);
        PlanFlow.target(api, otherPlan, objectiveId);

        assertThat(awaitPublished(otherPlan, 3)).extracting(PlanEventEnvelope::sequence).containsExactly(0L, 1L, 2L);
        JsonNode block = awaitBlock(blockedPlan, 3);
        assertThat(block.path("sequence").asLong()).isEqualTo(1);
        assertThat(block.path("reason").asText()).contains("RecordTooLargeException");
        assertThat(registry.get(BlockedPlans.METER).gauge().value()).isEqualTo(1);
        assertThat(positions.find(blockedPlan)).hasValueSatisfying(position -> {
            assertThat(position.blocked()).isTrue();
            assertThat(position.blockedSequence()).isEqualTo(1);
            assertThat(position.publishedSequence()).isEqualTo(0);
            assertThat(position.pending()).isTrue();
        });
        assertThat(topic.of(blockedPlan)).as("after three attempts, nothing past the hole and no copies")
                .extracting(PlanEventEnvelope::sequence).containsExactly(0L);
        assertThat(errorLinesAbout(blockedPlan)).as("one line for the plan and sequence").hasSize(1);

        TopicLimits.setMaxMessageBytes(names.planEvents(), TestInfrastructure.MAX_MESSAGE_BYTES);

        assertThat(awaitPublished(blockedPlan, 4)).extracting(PlanEventEnvelope::sequence)
                .containsExactly(0L, 1L, 2L, 3L);
        await().atMost(WITHIN).untilAsserted(() -> {
            assertThat(publicationHealth().path("blockedPlans").asInt()).isZero();
            assertThat(positions.find(blockedPlan)).hasValueSatisfying(position -> {
                assertThat(position.blocked()).isFalse();
                assertThat(position.blockedSequence()).isEqualTo(Position.NOT_BLOCKED);
                assertThat(position.pending()).isFalse();
            });
        });
        assertThat(registry.get(BlockedPlans.METER).gauge().value()).isZero();
        assertThat(errorLinesAbout(blockedPlan)).hasSize(1);
    }

    @Test
    void anEventStoredOverTheProducersLimitBlocksItsPlanUntilAnInstanceWithRaisedLimitsPublishesIt() {
        // stored by an instance without this limit (an earlier version, or one configured with larger limits)
        String oversizedPlan = "oversized-" + UUID.randomUUID();
        positions.mark(oversizedPlan);
        Instant now = Instant.now();
        storage.undecorated().appendEvents(StoredEvents.created(oversizedPlan, now),
                StoredEvents.objective(oversizedPlan, 1, now, "x".repeat(1_200_000)),
                StoredEvents.objective(oversizedPlan, 2, now));
        String otherPlan = PlanFlow.createPlan(api);

        JsonNode block = awaitBlock(oversizedPlan, 1);
        assertThat(block.path("sequence").asLong()).isEqualTo(1);
        assertThat(block.path("reason").asText()).contains("RecordTooLargeException", "max.request.size");
        awaitPublished(otherPlan, 1);
        assertThat(topic.of(oversizedPlan)).extracting(PlanEventEnvelope::sequence).containsExactly(0L);

        // the cause removed: the topic takes 4 MB, and an instance starts with limits raised to match
        TopicLimits.setMaxMessageBytes(names.planEvents(), 4 * TestInfrastructure.MAX_MESSAGE_BYTES);
        try (ConfigurableApplicationContext raised = raisedLimitsInstance()) {
            assertThat(awaitPublished(oversizedPlan, 3)).extracting(PlanEventEnvelope::sequence)
                    .containsExactly(0L, 1L, 2L);
        }
        // this instance no longer finds the plan pending and forgets its block
        await().atMost(WITHIN).until(() -> publicationHealth().path("blockedPlans").asInt() == 0);
        assertThat(errorLinesAbout(oversizedPlan)).hasSize(1);
    }

    private ConfigurableApplicationContext raisedLimitsInstance() {
        return new SpringApplicationBuilder(PlanningApplication.class).web(WebApplicationType.NONE).run(
                "--spring.data.mongodb.uri=" + SharedInfrastructure.mongoUri(),
                "--spring.data.mongodb.database=" + names.database(),
                "--spring.kafka.bootstrap-servers=" + SharedInfrastructure.kafkaBootstrapServers(),
                "--spring.kafka.consumer.group-id=raised-" + names.database(),
                "--netfocus.topics.plan-events=" + names.planEvents(),
                "--netfocus.topics.catalog-events=" + names.catalogEvents(),
                "--netfocus.topics.contact-events=" + names.contactEvents(),
                "--netfocus.identity.secret=" + TestIdentity.SECRET,
                "--netfocus.planning.publication.limits.max-event-size=3MB",
                "--netfocus.planning.publication.limits.max-request-size=4MB");
    }

    /** Waits until the health details show the plan blocked after at least {@code attempts} attempts. */
    private JsonNode awaitBlock(String planId, int attempts) {
        await().atMost(WITHIN).pollInterval(Duration.ofMillis(200)).until(() -> blockOf(planId) != null
                && blockOf(planId).path("attempts").asInt() >= attempts);
        return blockOf(planId);
    }

    private JsonNode blockOf(String planId) {
        return StreamSupport.stream(publicationHealth().path("plans").spliterator(), false)
                .filter(plan -> planId.equals(plan.path("planId").asText())).findFirst().orElse(null);
    }

    private JsonNode publicationHealth() {
        Api.Response health = api.get("/actuator/health/publication");
        assertThat(health.status()).isEqualTo(200);
        return health.body().path("components").path("planPublication").path("details");
    }

    private List<ILoggingEvent> errorLinesAbout(String planId) {
        return blockLines.list.stream().filter(line -> line.getLevel() == Level.ERROR)
                .filter(line -> line.getFormattedMessage().contains(planId)).toList();
    }

    /** Waits until the plan's sequences 0..count-1 are on the topic, each first seen in order. */
    private List<PlanEventEnvelope> awaitPublished(String planId, int count) {
        await().atMost(WITHIN).pollInterval(Duration.ofMillis(100))
                .until(() -> topic.of(planId).stream().map(PlanEventEnvelope::sequence).distinct().count() >= count);
        List<PlanEventEnvelope> received = topic.of(planId);
        assertThat(received).extracting(PlanEventEnvelope::sequence).isSorted().doesNotHaveDuplicates();
        return received;
    }
}
