package com.netfocus.catalog.planneeds;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.netfocus.catalog.testing.PolledEvents;
import com.netfocus.contracts.plan.AttendanceIds;
import com.netfocus.contracts.plan.EventAttended;
import com.netfocus.contracts.plan.ObjectiveAchieved;
import com.netfocus.contracts.plan.ObjectiveDefined;
import com.netfocus.contracts.plan.ObjectiveProgressRecorded;
import com.netfocus.contracts.plan.PlanCreated;
import com.netfocus.contracts.plan.PlanEvent;
import com.netfocus.contracts.plan.PlanEventCodec;
import com.netfocus.contracts.plan.PlanEventEnvelope;
import com.netfocus.contracts.plan.PlatformChosen;
import com.netfocus.contracts.plan.TargetIdentified;
import com.netfocus.contracts.plan.TargetProfile;
import com.netfocus.infrastructure.testing.SharedInfrastructure;
import com.netfocus.support.deadletter.DeadLetterStore;
import com.netfocus.support.guarded.GuardedWrite;
import com.netfocus.support.planevents.PlanEventBatchListener;
import com.netfocus.support.planevents.StoredDocuments;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.netfocus.support.planevents.PollAwareProjectionContract.records;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan needs written once per plan and poll ({@link PlanNeedsProjection}), on the wire server, beyond the
 * contract every poll-aware projection keeps (see the catalog's {@code CatalogProjectionsContractTest}): an unreadable
 * event in the middle of a poll is dead-lettered and the rest applied, and the document is the one readers know.
 */
class PlanNeedsPollTest {

    private static final String ORG = "org-needs-poll";
    private static final List<String> PLATFORMS = List.of("platform-a", "platform-b", "platform-c", "platform-d");
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
    void anUnreadableEventInThePollIsDeadLetteredAndTheRestApplied() {
        List<PlanEventEnvelope> events = new ArrayList<>(PolledEvents.stream(ORG, PLATFORMS, 20261215, 10));
        PlanEventEnvelope first = events.get(0);
        long nextOfFirstPlan = events.stream().filter(e -> e.planId().equals(first.planId()))
                .mapToLong(PlanEventEnvelope::sequence).max().orElseThrow() + 1;
        // an objective closed without naming it, halfway through the poll, followed by a later event of its plan
        PlanEventEnvelope unreadable = PlanEventCodec.envelope(UUID.randomUUID().toString(), nextOfFirstPlan,
                first.occurredAt(), first.actor(), ORG, first.team(), "c",
                new ObjectiveAchieved(first.planId(), " ", "no objective named"));
        PlanEventEnvelope after = PlanEventCodec.envelope(UUID.randomUUID().toString(), nextOfFirstPlan + 1,
                first.occurredAt(), first.actor(), ORG, first.team(), "c",
                new ObjectiveAchieved(first.planId(), "o0", "done"));
        events.add(events.size() / 2, unreadable);
        events.add(after);
        Needs reference = needs();
        reference.applyEachAsItComes(events);
        Needs polled = needs();

        polled.consumer().onMessage(records(events));

        assertThat(polled.deadLetters.countOfOrg(ORG)).isEqualTo(1);
        assertThat(polled.documents()).isEqualTo(reference.documents()).hasSize(10);
        assertThat(polled.store.find(first.planId()).orElseThrow().appliedSequence()).isEqualTo(nextOfFirstPlan + 1);
    }

    /**
     * The document readers know (the advice, the version wait, the reconciliation), written as the events' own
     * updates wrote it before: the same fields and number types, a field an event set to null present as null.
     */
    @Test
    void theStoredDocumentIsTheOneReadersKnow() {
        String planId = "plan-format";
        Instant at = Instant.parse("2031-03-01T16:00:00Z");
        List<PlanEvent> history = List.of(
                new PlanCreated(planId, "Q2", LocalDate.parse("2031-04-01"), LocalDate.parse("2031-06-30"), 40,
                        null, ORG, "team-1"),
                new ObjectiveDefined(planId, "o1", "s", "o", "m", 3, null, null),
                new ObjectiveDefined(planId, "o2", "s", "o", "m", 3, LocalDate.parse("2031-06-30"), null),
                new ObjectiveAchieved(planId, "o2", "done"),
                new TargetIdentified(planId, "t1", "o1", null, new TargetProfile("Purchasing", null, null), 2, "w"),
                new PlatformChosen(planId, "platform-a", "a", List.of("t1"), at, at.plusSeconds(7200), 30, 0, 2.5),
                new EventAttended(planId, "platform-a", at, at.plusSeconds(7200), 0, 0, 2.25, List.of(), List.of(),
                        "n"),
                new ObjectiveProgressRecorded(planId, "o1", 1, "n"));
        List<PlanEventEnvelope> events = new ArrayList<>();
        history.forEach(event -> events.add(PlanEventCodec.envelope("e" + events.size(), events.size(), at, "rep-1",
                ORG, "team-1", "c", event)));
        Needs polled = needs();

        polled.consumer().onMessage(records(events));

        String attendanceId = AttendanceIds.of((EventAttended) history.get(6), 6);
        assertThat(polled.documents().get(PlanNeeds.COLLECTION + "/" + planId)).isEqualTo("""
                {"_id": "plan-format", "appliedSequence": {"$numberLong": "7"}, \
                "attendances": [{"attendanceId": "%s", "hours": {"$numberDouble": "2.25"}}], \
                "chosenPlatforms": [{"plannedHours": {"$numberDouble": "2.5"}, "platformId": "platform-a", \
                "platformName": "a", "programEndsAt": {"$date": {"$numberLong": "1930154400000"}}, \
                "programStartsAt": {"$date": {"$numberLong": "1930147200000"}}, "targetIds": ["t1"]}], \
                "closed": false, \
                "hoursBudget": {"$numberDouble": "40.0"}, "hoursSpent": {"$numberDouble": "2.25"}, \
                "objectives": [{"closed": false, "objectiveId": "o1"}, \
                {"closed": true, "deadline": "2031-06-30", "objectiveId": "o2"}], \
                "org": "org-needs-poll", "ownerId": null, "periodEnd": "2031-06-30", "periodStart": "2031-04-01", \
                "targets": [{"function": "Purchasing", "objectiveId": "o1", "priority": {"$numberInt": "2"}, \
                "targetId": "t1"}], "team": "team-1"}""".formatted(attendanceId));
    }

    /** A projection on a database of its own, with the guard's index as the service declares it. */
    private static Needs needs() {
        MongoTemplate mongo = new MongoTemplate(client, "needs-poll-" + UUID.randomUUID());
        mongo.indexOps(PlanNeeds.class).ensureIndex(GuardedWrite.index(PlanNeeds.APPLIED_SEQUENCE));
        PlanNeedsStore store = new PlanNeedsStore(mongo);
        return new Needs(new PlanNeedsProjection(store), store, new DeadLetterStore(mongo, Clock.systemUTC()), mongo);
    }

    private record Needs(PlanNeedsProjection projection, PlanNeedsStore store, DeadLetterStore deadLetters,
                         MongoTemplate mongo) {

        PlanEventBatchListener consumer() {
            return new PlanEventBatchListener(List.of(projection), deadLetters, "needs-poll-test");
        }

        /** Each event a poll of its own, as it comes live. */
        void applyEachAsItComes(List<PlanEventEnvelope> events) {
            events.forEach(event -> consumer().onMessage(records(List.of(event))));
        }

        Map<String, String> documents() {
            return StoredDocuments.of(mongo, List.of(PlanNeeds.COLLECTION), List.of());
        }
    }
}
