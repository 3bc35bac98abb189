package com.netfocus.catalog.activity;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.netfocus.catalog.platform.Platform;
import com.netfocus.catalog.testing.PolledEvents;
import com.netfocus.contracts.plan.AttendanceIds;
import com.netfocus.contracts.plan.EventAttended;
import com.netfocus.contracts.plan.PersonMet;
import com.netfocus.contracts.plan.PlanEventCodec;
import com.netfocus.contracts.plan.PlanEventEnvelope;
import com.netfocus.contracts.plan.PlatformChosen;
import com.netfocus.infrastructure.testing.SharedInfrastructure;
import com.netfocus.support.deadletter.DeadLetterStore;
import com.netfocus.support.guarded.GuardedWrite;
import com.netfocus.support.planevents.PlanEventBatchListener;
import com.netfocus.support.planevents.StoredDocuments;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.netfocus.support.planevents.PollAwareProjectionContract.records;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform activity written once per platform and poll ({@link PlatformActivityProjection}), on the wire server,
 * beyond the contract every poll-aware projection keeps (see the catalog's {@code CatalogProjectionsContractTest}): an
 * unreadable event in the middle of a poll is dead-lettered and the rest counted, and the document is the one readers
 * know.
 */
class PlatformActivityPollTest {

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
        reference.applyEachAsItComes(events);
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

        polled.consumer().onMessage(records(events));

        String attendanceId = AttendanceIds.of((EventAttended) PlanEventCodec.payloadOf(events.get(1)).orElseThrow(), 5);
        assertThat(polled.documents().get(PlatformActivity.COLLECTION + "/platform-a")).isEqualTo("""
                {"_id": "platform-a", "appliedSequences": {"plan%%2E1": {"$numberLong": "5"}, \
                "plan-2": {"$numberLong": "2"}}, "attendancePeople": {"%s": {"$numberLong": "1"}}, \
                "attendances": {"$numberLong": "1"}, "org": "org-activity-poll", \
                "peopleMet": {"$numberLong": "1"}, "revision": {"$numberLong": "3"}, \
                "timesChosen": {"$numberLong": "2"}}""".formatted(attendanceId));
    }

    /** A projection on a database of its own, its platforms listed there (the last one for another org). */
    private static Activity activity() {
        MongoTemplate mongo = new MongoTemplate(client, "activity-poll-" + UUID.randomUUID());
        mongo.indexOps(PlatformActivity.class).ensureIndex(GuardedWrite.index(PlatformActivity.REVISION));
        for (String platformId : PLATFORMS) {
            String org = platformId.equals("elsewhere") ? "another-org" : ORG;
            mongo.getCollection(Platform.COLLECTION).replaceOne(new Document("_id", platformId),
                    new Document("_id", platformId).append(Platform.ORG, org),
                    new com.mongodb.client.model.ReplaceOptions().upsert(true));
        }
        PlatformActivityStore store = new PlatformActivityStore(mongo);
        return new Activity(new PlatformActivityProjection(store), store, new DeadLetterStore(mongo,
                Clock.systemUTC()), mongo);
    }

    private record Activity(PlatformActivityProjection projection, PlatformActivityStore store,
                            DeadLetterStore deadLetters, MongoTemplate mongo) {

        PlanEventBatchListener consumer() {
            return new PlanEventBatchListener(List.of(projection), deadLetters, "activity-poll-test");
        }

        /** Each event a poll of its own, as it comes live. */
        void applyEachAsItComes(List<PlanEventEnvelope> events) {
            events.forEach(event -> consumer().onMessage(records(List.of(event))));
        }

        Map<String, String> documents() {
            return StoredDocuments.of(mongo, List.of(PlatformActivity.COLLECTION), List.of());
        }
    }
}
