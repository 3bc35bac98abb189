package com.netfocus.catalog.analytics;

import com.netfocus.catalog.testing.PolledEvents;
import com.netfocus.contracts.plan.PlanEventCodec;
import com.netfocus.contracts.plan.PlanEventEnvelope;
import com.netfocus.infrastructure.testing.Personas;
import com.netfocus.infrastructure.testing.TestInfrastructure;
import com.netfocus.support.deadletter.DeadLetterStore;
import com.netfocus.support.planevents.PlanEventBatchListener;
import com.netfocus.support.planevents.PlanEventRecordListener;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The analytics written once per plan and poll ({@link AnalyticsProjection} as a poll-aware projection) are the
 * analytics written event by event: a seeded stream of many plans, with redeliveries, goes event by event into one
 * set of collections and in polls of {@value PolledEvents#POLL} records into another, and every document is the same. A
 * redelivered poll writes nothing; a database failure in the middle of a poll's writes loses nothing once the poll is
 * retried; each consumer thread holds its own poll. Prints the events per second of both ways (not asserted).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AnalyticsPollTest {

    private static final TestInfrastructure infrastructure = new TestInfrastructure("catalog", "analyticspoll");
    /** The consumer's max.poll.records (Kafka's default): the most records one poll holds. */
    private static final int PLANS = 100;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        infrastructure.register(registry);
    }

    @Autowired
    TestRestTemplate http;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    PlatformChoiceForecasts forecasts;

    @Autowired
    DeadLetterStore deadLetters;

    @Test
    void polledEventsOfManyPlansWriteTheSameDocumentsAsEventByEventWithFewerWrites() {
        List<PlanEventEnvelope> events = stream(20261201);
        Analytics eventByEvent = analytics("eventbyevent");
        Analytics polled = analytics("polled");

        long started = System.nanoTime();
        events.forEach(eventByEvent::apply);
        double eventByEventSeconds = (System.nanoTime() - started) / 1e9;
        started = System.nanoTime();
        PolledEvents.polls(events).forEach(polled::applyPoll);
        double polledSeconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("analytics of %d events of %d plans: event by event %.0f events/s (%d facts saved), "
                        + "in polls of %d %.0f events/s (%d facts saved)%n", events.size(), PLANS,
                events.size() / eventByEventSeconds, eventByEvent.store.factsSaved, PolledEvents.POLL,
                events.size() / polledSeconds, polled.store.factsSaved);

        assertThat(documents("polled")).isEqualTo(documents("eventbyevent")).hasSizeGreaterThan(PLANS * 3);
        assertThat(polled.store.factsSaved).isLessThan(eventByEvent.store.factsSaved)
                .isLessThanOrEqualTo(PolledEvents.polls(events).stream().mapToLong(poll -> poll.stream()
                        .map(PlanEventEnvelope::planId).distinct().count()).sum());
    }

    @Test
    void aRedeliveredPollWritesNothing() {
        List<PlanEventEnvelope> events = stream(20261202);
        Analytics polled = analytics("redelivered");
        PolledEvents.polls(events).forEach(polled::applyPoll);
        Map<String, String> before = documents("redelivered");
        polled.store.factsSaved = 0;
        polled.store.figureWrites = 0;

        PolledEvents.polls(events).forEach(polled::applyPoll);

        assertThat(polled.store.factsSaved).isZero();
        assertThat(polled.store.figureWrites).isZero();
        assertThat(documents("redelivered")).isEqualTo(before);
    }

    @Test
    void aDatabaseFailureWhileAPollIsWrittenLosesNothingOnceThePollIsRetried() {
        List<PlanEventEnvelope> events = stream(20261203);
        analytics("reference").applyEachAsItComes(events);
        Analytics failing = analytics("failing");
        PlanEventBatchListener consumer = new PlanEventBatchListener(new PlanEventRecordListener(failing.projection),
                deadLetters, "analytics-poll-test");
        List<List<PlanEventEnvelope>> polls = PolledEvents.polls(events);
        // The database goes away after a few plans of the first poll were written, figures and facts.
        failing.store.failSaveAfter = 5;

        BatchListenerFailedException failure = catchThrowableOfType(BatchListenerFailedException.class,
                () -> consumer.onMessage(PolledEvents.records(polls.get(0))));
        assertThat(failure.getIndex()).isZero();
        assertThat(failing.store.factsSaved).isEqualTo(5);

        // What the error handler does: the same poll again from its first record, then the next ones.
        polls.forEach(poll -> consumer.onMessage(PolledEvents.records(poll)));
        assertThat(documents("failing")).isEqualTo(documents("reference"));
    }

    @Test
    void eachConsumerThreadHoldsItsOwnPoll() throws Exception {
        List<PlanEventEnvelope> events = stream(20261204);
        String firstPlan = events.get(0).planId();
        List<PlanEventEnvelope> ofFirstPlan = events.stream().filter(e -> e.planId().equals(firstPlan)).toList();
        List<PlanEventEnvelope> ofOthers = events.stream().filter(e -> !e.planId().equals(firstPlan)).toList();
        Analytics analytics = analytics("threads");
        CountDownLatch otherThreadApplied = new CountDownLatch(1);
        CountDownLatch thisThreadWritten = new CountDownLatch(1);

        analytics.projection.pollStarted();
        ofFirstPlan.forEach(analytics::apply);
        CompletableFuture<Void> otherThread = CompletableFuture.runAsync(() -> {
            analytics.projection.pollStarted();
            ofOthers.forEach(analytics::apply);
            otherThreadApplied.countDown();
            await(thisThreadWritten);
            analytics.projection.pollApplied();
        });
        await(otherThreadApplied);
        analytics.projection.pollApplied();
        assertThat(analytics.store.factsSaved).isEqualTo(1);
        thisThreadWritten.countDown();
        otherThread.get(30, TimeUnit.SECONDS);

        analytics("threads-reference").applyEachAsItComes(events);
        assertThat(documents("threads")).isEqualTo(documents("threads-reference"));
    }

    /** A seeded org's plan events, interleaved, then a third of them again (redeliveries, as after a rebalance). */
    private List<PlanEventEnvelope> stream(long seed) {
        Personas personas = new Personas();
        return PolledEvents.stream(personas.org, AnalyticsStream.addPlatforms(http, personas, 4), seed, PLANS);
    }

    /** Every document of the analytics collections of a prefix, by collection and id; lists of text sorted. */
    private Map<String, String> documents(String prefix) {
        AnalyticsCollections collections = new AnalyticsCollections(prefix);
        Map<String, String> documents = new TreeMap<>();
        for (String collection : List.of(collections.plans(), collections.planFigures(), collections.planLists(),
                collections.subjects())) {
            String kind = collection.substring(prefix.length());
            mongo.findAll(Document.class, collection).forEach(document ->
                    documents.put(kind + "/" + document.getString("_id"), ((Document) sorted(document)).toJson()));
        }
        return documents;
    }

    /** The same content whatever order fields were set or list entries added in (neither is read). */
    private static Object sorted(Object value) {
        if (value instanceof Document document) {
            Document copy = new Document();
            new TreeMap<>(document).forEach((field, inner) -> copy.put(field, sorted(inner)));
            return copy;
        }
        if (value instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
            return list.stream().map(String.class::cast).sorted().toList();
        }
        return value;
    }

    private Analytics analytics(String prefix) {
        AnalyticsProperties properties = new AnalyticsProperties(prefix, 2, 20, 100, Duration.ofMinutes(5),
                Duration.ofDays(1096));
        CountingStore store = new CountingStore(mongo, properties);
        return new Analytics(new AnalyticsProjection(store, new PlanFiguresWriter(store), forecasts, properties), store);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A projection on its own collections, fed directly as the consumer would. */
    private record Analytics(AnalyticsProjection projection, CountingStore store) {

        void apply(PlanEventEnvelope envelope) {
            projection.apply(envelope, PlanEventCodec.payloadOf(envelope).orElseThrow());
        }

        void applyEachAsItComes(List<PlanEventEnvelope> events) {
            events.forEach(this::apply);
        }

        void applyPoll(List<PlanEventEnvelope> poll) {
            projection.pollStarted();
            poll.forEach(this::apply);
            projection.pollApplied();
        }
    }

    /** The store, counting the facts saved and the figure writes, and failing a save once when told. */
    private static final class CountingStore extends AnalyticsStore {

        long factsSaved;
        long figureWrites;
        long failSaveAfter = -1;

        CountingStore(MongoTemplate mongo, AnalyticsProperties properties) {
            super(mongo, properties);
        }

        @Override
        void saveFacts(PlanFacts facts) {
            if (factsSaved == failSaveAfter) {
                failSaveAfter = -1;
                throw new IllegalStateException("database away");
            }
            super.saveFacts(facts);
            factsSaved++;
        }

        @Override
        void writePlanFigures(PlanFacts facts, Map<String, Figures> months, Map<String, PlatformFigures> platforms) {
            super.writePlanFigures(facts, months, platforms);
            figureWrites += months.isEmpty() && platforms.isEmpty() ? 0 : 1;
        }
    }
}
