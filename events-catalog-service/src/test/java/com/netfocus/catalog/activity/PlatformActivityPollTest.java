package com.netfocus.catalog.activity;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.netfocus.catalog.platform.Platform;
import com.netfocus.catalog.testing.PolledEvents;
import com.netfocus.contracts.plan.EventAttended;
import com.netfocus.contracts.plan.PersonMet;
import com.netfocus.contracts.plan.PlanEventCodec;
import com.netfocus.contracts.plan.PlanEventEnvelope;
import com.netfocus.contracts.plan.PlatformChosen;
import com.netfocus.infrastructure.testing.SharedInfrastructure;
import com.netfocus.support.deadletter.DeadLetterStore;
import com.netfocus.support.guarded.GuardedWrite;
import com.netfocus.support.planevents.PlanEventBatchListener;
import com.netfocus.support.planevents.PlanEventRecordListener;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.listener.BatchListenerFailedException;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.netfocus.catalog.testing.PolledEvents.applyEachAsItComes;
import static com.netfocus.catalog.testing.PolledEvents.applyPoll;
import static com.netfocus.catalog.testing.PolledEvents.polls;
import static com.netfocus.catalog.testing.PolledEvents.records;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The platform activity written once per platform and poll ({@link PlatformActivityProjection} as a poll-aware
 * projection) is the activity written event by event, on the wire server: a seeded stream of many plans choosing and
 * attending a few platforms (one of them another org's, never counted), with redeliveries, goes event by event into one
 * database and in polls into another, and every document is the same, revision included. A redelivered poll writes
 * nothing; a failure when the poll's writes are made, or another writer of a platform meanwhile, loses nothing once the
 * consumer retried the poll; an unreadable event in the middle of a poll is dead-lettered and the rest counted.
 */
class PlatformActivityPollTest {

    private static final int PLANS = 100;
    private static final String ORG = "org-activity-poll";
    private static final List<String> PLATFORMS = List.of("platform-a", "platform-b", "platform-c", "elsewhere");
    private static MongoClient client;

    @BeforeAll
    static void connect() {
        client = MongoClients.create(SharedInfrastructure.mongoUri());
    }

    @AfterAll
    static void disconnect() {
        client.close();
    }

    @Test
    void polledEventsOfManyPlansWriteTheSameDocumentsAsEventByEventWithOneWritePerPlatformAndPoll() {
        List<PlanEventEnvelope> events = PolledEvents.stream(ORG, PLATFORMS, 20261221, PLANS);
        Activity eventByEvent = activity();
        Activity polled = activity();

        applyEachAsItComes(eventByEvent.projection, events);
        polls(events).forEach(poll -> applyPoll(polled.projection, poll));

        assertThat(polled.documents()).isEqualTo(eventByEvent.documents()).hasSize(PLATFORMS.size() - 1);
        assertThat(polled.documents().values()).allSatisfy(document -> assertThat(document).contains("\"revision\""));
        assertThat(eventByEvent.store.writes).isGreaterThan(PLANS);
        assertThat(polled.store.writes).isLessThanOrEqualTo((long) polls(events).size() * (PLATFORMS.size() - 1));
    }

    @Test
    void aRedeliveredPollWritesNothing() {
        List<PlanEventEnvelope> events = PolledEvents.stream(ORG, PLATFORMS, 20261222, PLANS);
        Activity polled = activity();
        polls(events).forEach(poll -> applyPoll(polled.projection, poll));
        Map<String, String> before = polled.documents();
        polled.store.writes = 0;

        polls(events).forEach(poll -> applyPoll(polled.projection, poll));

        assertThat(polled.store.writes).isZero();
        assertThat(polled.documents()).isEqualTo(before);
    }

    @Test
    void aFailureWhileThePollIsWrittenLosesNothingOnceThePollIsRetried() {
        List<PlanEventEnvelope> events = PolledEvents.stream(ORG, PLATFORMS, 20261223, PLANS);
        Activity reference = activity();
        applyEachAsItComes(reference.projection, events);
        Activity failing = activity();
        List<List<PlanEventEnvelope>> polls = polls(events);
        // The database goes away after the first platform of the first poll was written.
        failing.store.failWriteAfter = 1;

        BatchListenerFailedException failure = catchThrowableOfType(BatchListenerFailedException.class,
                () -> failing.consumer().onMessage(records(polls.get(0))));
        assertThat(failure.getIndex()).isZero();
        assertThat(failing.store.writes).isEqualTo(1);

        // What the error handler does: the same poll again from its first record, then the next ones.
        polls.forEach(poll -> failing.consumer().onMessage(records(poll)));
        assertThat(failing.documents()).isEqualTo(reference.documents());
    }

    /** A dead letter's replay (outside any poll) counts at a platform the poll holds: the poll is read again. */
    @Test
    void aPlatformWrittenByAnotherWriterDuringThePollIsReadAfreshWhenThePollIsRetried() {
        List<PlanEventEnvelope> events = PolledEvents.stream(ORG, PLATFORMS, 20261224, 10);
        Activity reference = activity();
        applyEachAsItComes(reference.projection, events);
        Activity contended = activity();
        Activity otherWriter = activity(contended.mongo);
        PlanEventEnvelope choice = events.stream()
                .filter(e -> PlanEventCodec.payloadOf(e).orElseThrow() instanceof PlatformChosen chosen
                        && !chosen.platformId().equals("elsewhere"))
                .findFirst().orElseThrow();
        contended.store.afterNextRead = () -> PolledEvents.apply(otherWriter.projection, choice);

        BatchListenerFailedException failure = catchThrowableOfType(BatchListenerFailedException.class,
                () -> contended.consumer().onMessage(records(events)));
        assertThat(failure.getIndex()).isZero();
        assertThat(failure).hasCauseInstanceOf(ConcurrentModificationException.class);
        assertThat(otherWriter.store.writes).isEqualTo(1);

        contended.consumer().onMessage(records(events));
        assertThat(contended.documents()).isEqualTo(reference.documents());
    }

    @Test
    void anUnreadableEventInThePollIsDeadLetteredAndTheRestCounted() {
        List<PlanEventEnvelope> events = new ArrayList<>(PolledEvents.stream(ORG, PLATFORMS, 20261225, 10));
        PlanEventEnvelope first = events.get(0);
        long next = events.stream().filter(e -> e.planId().equals(first.planId()))
                .mapToLong(PlanEventEnvelope::sequence).max().orElseThrow() + 1;
        Instant programme = Instant.parse("2031-05-01T16:00:00Z");
        events.add(events.size() / 2, PlanEventCodec.envelope(UUID.randomUUID().toString(), next, first.occurredAt(),
                first.actor(), ORG, first.team(), "c", new PlatformChosen(first.planId(), " ", "nameless", List.of(),
                        programme, programme.plusSeconds(7200), 0, 0, 2)));
        events.add(PlanEventCodec.envelope(UUID.randomUUID().toString(), next + 1, first.occurredAt(), first.actor(),
                ORG, first.team(), "c", new PlatformChosen(first.planId(), "platform-a", "a", List.of(), programme,
                        programme.plusSeconds(7200), 0, 0, 2)));
        Activity reference = activity();
        applyEachAsItComes(reference.projection, events);
        Activity polled = activity();

        polled.consumer().onMessage(records(events));

        assertThat(polled.deadLetters.countOfOrg(ORG)).isEqualTo(1);
        assertThat(polled.documents()).isEqualTo(reference.documents());
        assertThat(polled.store.countsOf("platform-a").timesChosen())
                .isEqualTo(events.stream().filter(e -> PlanEventCodec.payloadOf(e).orElseThrow()
                        instanceof PlatformChosen chosen && chosen.platformId().equals("platform-a"))
                        .map(PlanEventEnvelope::eventId).distinct().count());
    }

    /** The document readers know (the catalog's platform view, the reconciliation), as the events' own updates wrote it. */
    @Test
    void theStoredDocumentIsTheOneReadersKnow() {
        Instant at = Instant.parse("2031-03-01T16:00:00Z");
        List<PlanEventEnvelope> events = List.of(
                PlanEventCodec.envelope("e1", 4, at, "rep-1", ORG, "team-1", "c", new PlatformChosen("plan.1",
                        "platform-a", "a", List.of(), at, at.plusSeconds(7200), 0, 0, 2)),
                PlanEventCodec.envelope("e2", 5, at, "rep-1", ORG, "team-1", "c", new EventAttended("plan.1",
                        "platform-a", at, at.plusSeconds(7200), 0, 0, 2, List.of(new PersonMet(null, "Ann", "Co", "f",
                        "p", "i", null, null)), List.of(), "n")),
                PlanEventCodec.envelope("e3", 2, at, "rep-2", ORG, "team-1", "c", new PlatformChosen("plan-2",
                        "platform-a", "a", List.of(), at, at.plusSeconds(7200), 0, 0, 2)));
        Activity polled = activity();

        applyPoll(polled.projection, events);

        assertThat(polled.documents().get("platform-a")).isEqualTo("""
                {"_id": "platform-a", "appliedSequences": {"plan%2E1": {"$numberLong": "5"}, \
                "plan-2": {"$numberLong": "2"}}, "attendances": {"$numberLong": "1"}, "org": "org-activity-poll", \
                "peopleMet": {"$numberLong": "1"}, "revision": {"$numberLong": "3"}, \
                "timesChosen": {"$numberLong": "2"}}""");
    }

    private static Activity activity() {
        return activity(new MongoTemplate(client, "activity-poll-" + UUID.randomUUID()));
    }

    /** A projection on the given database, its platforms listed there (the last one for another org). */
    private static Activity activity(MongoTemplate mongo) {
        mongo.indexOps(PlatformActivity.class).ensureIndex(GuardedWrite.index(PlatformActivity.REVISION));
        for (String platformId : PLATFORMS) {
            String org = platformId.equals("elsewhere") ? "another-org" : ORG;
            mongo.getCollection(Platform.COLLECTION).replaceOne(new Document("_id", platformId),
                    new Document("_id", platformId).append(Platform.ORG, org),
                    new com.mongodb.client.model.ReplaceOptions().upsert(true));
        }
        CountingStore store = new CountingStore(mongo);
        return new Activity(new PlatformActivityProjection(store), store, new DeadLetterStore(mongo,
                Clock.systemUTC()), mongo);
    }

    private record Activity(PlatformActivityProjection projection, CountingStore store, DeadLetterStore deadLetters,
                            MongoTemplate mongo) {

        PlanEventBatchListener consumer() {
            return new PlanEventBatchListener(new PlanEventRecordListener(projection), deadLetters,
                    "activity-poll-test");
        }

        Map<String, String> documents() {
            return PolledEvents.documents(mongo, PlatformActivity.COLLECTION);
        }
    }

    /** The store, counting the writes it made, failing a write once when told, running something after a read. */
    private static final class CountingStore extends PlatformActivityStore {

        long writes;
        long failWriteAfter = -1;
        Runnable afterNextRead;

        CountingStore(MongoTemplate mongo) {
            super(mongo);
        }

        @Override
        PlatformActivity read(String platformId, String org) {
            PlatformActivity read = super.read(platformId, org);
            if (afterNextRead != null) {
                Runnable meanwhile = afterNextRead;
                afterNextRead = null;
                meanwhile.run();
            }
            return read;
        }

        @Override
        void write(ActivityChange change) {
            if (!change.changed()) {
                return;
            }
            if (writes == failWriteAfter) {
                failWriteAfter = -1;
                throw new IllegalStateException("database away");
            }
            super.write(change);
            writes++;
        }
    }
}
