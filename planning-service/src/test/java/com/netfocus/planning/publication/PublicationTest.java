package com.netfocus.planning.publication;

import com.netfocus.contracts.plan.PlanEventEnvelope;
import com.netfocus.infrastructure.testing.SharedInfrastructure;
import com.netfocus.planning.platform.KnownPlatforms;
import com.netfocus.planning.support.Api;
import com.netfocus.planning.support.PlanFlow;
import com.netfocus.planning.support.StoredEvents;
import com.netfocus.planning.support.TestInfrastructure;
import com.netfocus.planning.support.TopicReader;
import com.netfocus.support.problem.PayloadTooLargeException;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Publication on the real broker and wire server: every stored event reaches the topic, keyed by plan, in store
 * order, with its metadata; late inserts, an absent broker and a crash between store and publish lose nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "netfocus.planning.publication.sweep-interval=500ms",
        "netfocus.planning.publication.delivery-timeout=4s",
        "netfocus.planning.publication.request-timeout=2s",
        "netfocus.planning.publication.max-block=2s",
        // a mark whose append never settles (its instance "crashed") is released this long after it was set
        "netfocus.planning.publication.obligation-lease=5s"})
class PublicationTest {

    private static final Duration PUBLISHED_WITHIN = Duration.ofSeconds(30);
    private static TestInfrastructure.Names names;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        names = TestInfrastructure.register(registry, "publication");
    }

    @LocalServerPort
    int port;
    @Autowired
    KnownPlatforms knownPlatforms;
    @Autowired
    EventStore eventStore;
    @Autowired
    PublishingStorageEngine storage;
    @Autowired
    PublicationPositions positions;
    @Autowired
    PublicationFailures failures;
    @Autowired
    PlanPublicationSettings settings;

    private Api api;
    private TopicReader topic;

    @BeforeEach
    void setUp() {
        api = new Api(port, "rep-1", "acme", "north");
        topic = new TopicReader(names.planEvents());
    }

    @AfterEach
    void tearDown() {
        SharedInfrastructure.embeddedKafka().start();
        topic.close();
    }

    @Test
    void everyEventOfAFlowArrivesOncePerSequenceInOrderWithItsMetadata() {
        String planId = PlanFlow.createPlan(api);
        String objectiveId = PlanFlow.objective(api, planId);
        String targetId = PlanFlow.target(api, planId, objectiveId);
        String platformId = PlanFlow.listPlatform(names.catalogEvents(), "acme");
        await().atMost(PUBLISHED_WITHIN).until(() -> knownPlatforms.find(platformId, "acme").isPresent());
        assertThat(PlanFlow.choose(api, planId, platformId, targetId).status()).isEqualTo(201);
        assertThat(PlanFlow.attend(api, planId, platformId, targetId).status()).isEqualTo(201);

        List<PlanEventEnvelope> received = awaitSequences(planId, 5);

        assertThat(received).extracting(PlanEventEnvelope::sequence).containsExactly(0L, 1L, 2L, 3L, 4L);
        assertThat(received).extracting(PlanEventEnvelope::type).containsExactly("PlanCreated", "ObjectiveDefined",
                "TargetIdentified", "PlatformChosen", "EventAttended");
        assertThat(received).allSatisfy(envelope -> {
            assertThat(envelope.planId()).isEqualTo(planId);
            assertThat(envelope.actor()).isEqualTo("rep-1");
            assertThat(envelope.org()).isEqualTo("acme");
            assertThat(envelope.team()).isEqualTo("north");
            assertThat(envelope.correlationId()).startsWith("corr-");
        });
        List<? extends DomainEventMessage<?>> stored = storage.readEvents(planId, 0).asStream().toList();
        assertThat(received).extracting(PlanEventEnvelope::eventId)
                .containsExactlyElementsOf(stored.stream().map(DomainEventMessage::getIdentifier).toList());
        assertThat(topic.poll().stream().filter(r -> planId.equals(r.key())).map(TopicReader.Received::partition)
                .distinct()).hasSize(1);
        await().atMost(PUBLISHED_WITHIN).untilAsserted(() -> assertThat(positions.find(planId)).hasValueSatisfying(
                position -> {
                    assertThat(position.publishedSequence()).isEqualTo(4);
                    assertThat(position.pending()).isFalse();
                }));
    }

    @Test
    void anEventInsertedLateWithAnOldTimestampIsStillPublished() {
        String planId = PlanFlow.createPlan(api);
        awaitSequences(planId, 1);
        Instant anHourAgo = Instant.now().minus(1, ChronoUnit.HOURS);

        // a delayed insert through the event store: its timestamp is far behind events already published
        eventStore.publish(StoredEvents.objective(planId, 1, anHourAgo));
        // and one that also missed its hand-over (the process died right after the append): only the mark is left
        positions.mark(planId);
        storage.undecorated().appendEvents(StoredEvents.objective(planId, 2, anHourAgo.minusSeconds(60)));

        List<PlanEventEnvelope> received = awaitSequences(planId, 3);
        assertThat(received).extracting(PlanEventEnvelope::sequence).containsExactly(0L, 1L, 2L);
        assertThat(received.get(1).occurredAt()).isEqualTo(anHourAgo.truncatedTo(ChronoUnit.MILLIS));
    }

    @Test
    void eventsStoredWhileTheBrokerIsAwayArePublishedWhenItIsBack() {
        String planId = PlanFlow.createPlan(api);
        awaitSequences(planId, 1);

        long failedBefore = failures.failedAttempts();

        SharedInfrastructure.embeddedKafka().stop();
        String objectiveId = PlanFlow.objective(api, planId);
        PlanFlow.target(api, planId, objectiveId);
        String otherPlan = PlanFlow.createPlan(api);
        // the publisher gave up on these (delivery timeout): only the marks and the sweep can bring them out now
        await().atMost(PUBLISHED_WITHIN).until(() -> failures.failedAttempts() >= failedBefore + 2);
        assertThat(positions.find(planId)).hasValueSatisfying(position -> assertThat(position.pending()).isTrue());
        assertThat(positions.find(otherPlan)).hasValueSatisfying(position -> assertThat(position.pending()).isTrue());
        SharedInfrastructure.embeddedKafka().start();

        assertThat(awaitSequences(planId, 3)).extracting(PlanEventEnvelope::sequence).containsExactly(0L, 1L, 2L);
        assertThat(awaitSequences(otherPlan, 1)).extracting(PlanEventEnvelope::type).containsExactly("PlanCreated");
    }

    @Test
    void eventsStoredButNeverHandedOverArePublishedByTheSweep() {
        // a crash between store and publish: the mark was set and the events appended, nothing was sent
        String planId = "crashed-" + UUID.randomUUID();
        positions.mark(planId);
        storage.undecorated().appendEvents(StoredEvents.created(planId, Instant.now()),
                StoredEvents.objective(planId, 1, Instant.now()));

        List<PlanEventEnvelope> received = awaitSequences(planId, 2);

        assertThat(received).extracting(PlanEventEnvelope::type).containsExactly("PlanCreated", "ObjectiveDefined");
        assertThat(received.get(0).actor()).isEqualTo("rep-7");
        assertThat(received.get(0).team()).isEqualTo("south");
        await().atMost(PUBLISHED_WITHIN).untilAsserted(() -> assertThat(positions.find(planId))
                .hasValueSatisfying(position -> assertThat(position.pending()).isFalse()));
    }

    @Test
    void aMarkThatAnotherInstanceSetForAnAppendNotYetStoredIsNeverClearedHere() {
        String planId = PlanFlow.createPlan(api);
        awaitSequences(planId, 1);
        await().atMost(PUBLISHED_WITHIN).untilAsserted(() -> assertThat(positions.find(planId))
                .hasValueSatisfying(position -> assertThat(position.pending()).isFalse()));

        // a second planning instance marks the plan for its append, which has not reached the store yet ...
        positions.mark(planId);
        // ... while this instance stores and publishes a change of its own and its sweep runs meanwhile
        PlanFlow.objective(api, planId);
        awaitSequences(planId, 2);
        await().atMost(PUBLISHED_WITHIN).untilAsserted(() -> assertThat(positions.find(planId))
                .hasValueSatisfying(position -> assertThat(position.publishedSequence()).isEqualTo(1)));
        assertThat(positions.find(planId)).hasValueSatisfying(position -> assertThat(position.pending()).isTrue());

        // the other instance's append lands, and it dies before handing it over: the mark it needed is still there
        storage.undecorated().appendEvents(StoredEvents.objective(planId, 2, Instant.now()));

        assertThat(awaitSequences(planId, 3)).extracting(PlanEventEnvelope::sequence).containsExactly(0L, 1L, 2L);
        // once the other instance's lease ran out, the sweep clears the mark
        await().atMost(PUBLISHED_WITHIN).untilAsserted(() -> assertThat(positions.find(planId))
                .hasValueSatisfying(position -> assertThat(position.pending()).isFalse()));
    }

    @Test
    void aSweepPublishesOnlyWhatLiesAfterThePublishedSequence() {
        String planId = PlanFlow.createPlan(api);
        awaitSequences(planId, 1);
        await().atMost(PUBLISHED_WITHIN).untilAsserted(() -> assertThat(positions.find(planId))
                .hasValueSatisfying(position -> assertThat(position.pending()).isFalse()));

        positions.mark(planId);
        storage.undecorated().appendEvents(StoredEvents.objective(planId, 1, Instant.now()),
                StoredEvents.objective(planId, 2, Instant.now()));

        awaitSequences(planId, 3);
        assertThat(topic.of(planId)).extracting(PlanEventEnvelope::sequence).containsExactly(0L, 1L, 2L);
    }

    @Test
    void theLargestEventTheLimitAllowsReachesTheTopicThroughTheBrokerAndOneByteMoreIsRefusedBeforeItIsStored() {
        String planId = "largest-" + UUID.randomUUID();
        Instant at = Instant.parse("2026-11-26T10:15:30.123Z");
        eventStore.publish(StoredEvents.created(planId, at));
        long limit = settings.limits().maxEventSize().toBytes();
        int withoutStatement = EnvelopeRecords.value(StoredEvents.objective(planId, 1, at, "")).length;

        DomainEventMessage<?> largest = StoredEvents.objective(planId, 1, at, "x".repeat((int) limit - withoutStatement));
        assertThat(EnvelopeRecords.value(largest)).hasSize((int) limit);
        eventStore.publish(largest);

        awaitSequences(planId, 2);
        assertThat(topic.poll().stream().filter(r -> planId.equals(r.key()))
                .filter(r -> r.envelope().sequence() == 1).map(TopicReader.Received::valueBytes))
                .containsExactly((int) limit);
        long marks = positions.find(planId).orElseThrow().marks();

        DomainEventMessage<?> oneByteMore = StoredEvents.objective(planId, 2, at,
                "x".repeat((int) limit - withoutStatement + 1));
        assertThatThrownBy(() -> eventStore.publish(oneByteMore))
                .isInstanceOfSatisfying(PayloadTooLargeException.class,
                        refused -> assertThat(refused.field()).isEqualTo("statement"));
        assertThat(storage.readEvents(planId, 2).asStream()).isEmpty();
        assertThat(positions.find(planId)).hasValueSatisfying(position ->
                assertThat(position.marks()).as("not marked for publication").isEqualTo(marks));
    }

    /** Waits until every sequence 0..count-1 arrived, and checks each arrived exactly once and in order. */
    private List<PlanEventEnvelope> awaitSequences(String planId, int count) {
        await().atMost(PUBLISHED_WITHIN).pollInterval(Duration.ofMillis(100))
                .until(() -> topic.of(planId).stream().map(PlanEventEnvelope::sequence).distinct().count() >= count);
        List<PlanEventEnvelope> received = topic.of(planId);
        assertThat(received).extracting(PlanEventEnvelope::sequence).isSorted().doesNotHaveDuplicates();
        return received;
    }
}
