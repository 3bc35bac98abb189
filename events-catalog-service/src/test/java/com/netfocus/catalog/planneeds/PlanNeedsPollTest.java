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
import com.netfocus.support.planevents.PlanEventRecordListener;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.listener.BatchListenerFailedException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
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
 * The plan needs written once per plan and poll ({@link PlanNeedsProjection} as a poll-aware projection) are the
 * plan needs written event by event, on the wire server: a seeded stream of many plans, with redeliveries, goes event
 * by event into one database and in polls into another, and every document is the same. A redelivered poll writes
 * nothing; a failure when the poll's writes are made, or another writer of a plan meanwhile, loses nothing once the
 * consumer retried the poll; an unreadable event in the middle of a poll is dead-lettered and the rest applied.
 */
class PlanNeedsPollTest {

    private static final int PLANS = 100;
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
    void polledEventsOfManyPlansWriteTheSameDocumentsAsEventByEventWithOneWritePerPlanAndPoll() {
        List<PlanEventEnvelope> events = PolledEvents.stream(ORG, PLATFORMS, 20261211, PLANS);
        Needs eventByEvent = needs();
        Needs polled = needs();

        applyEachAsItComes(eventByEvent.projection, events);
        polls(events).forEach(poll -> applyPoll(polled.projection, poll));

        assertThat(polled.documents()).isEqualTo(eventByEvent.documents()).hasSize(PLANS);
        long planPolls = polls(events).stream()
                .mapToLong(poll -> poll.stream().map(PlanEventEnvelope::planId).distinct().count()).sum();
        assertThat(polled.store.writes).isLessThan(eventByEvent.store.writes).isLessThanOrEqualTo(planPolls);
        assertThat(polled.store.reads).isEqualTo(planPolls);
    }

    @Test
    void aRedeliveredPollWritesNothing() {
        List<PlanEventEnvelope> events = PolledEvents.stream(ORG, PLATFORMS, 20261212, PLANS);
        Needs polled = needs();
        polls(events).forEach(poll -> applyPoll(polled.projection, poll));
        Map<String, String> before = polled.documents();
        polled.store.writes = 0;

        polls(events).forEach(poll -> applyPoll(polled.projection, poll));

        assertThat(polled.store.writes).isZero();
        assertThat(polled.documents()).isEqualTo(before);
    }

    @Test
    void aFailureWhileThePollIsWrittenLosesNothingOnceThePollIsRetried() {
        List<PlanEventEnvelope> events = PolledEvents.stream(ORG, PLATFORMS, 20261213, PLANS);
        Needs reference = needs();
        applyEachAsItComes(reference.projection, events);
        Needs failing = needs();
        PlanEventBatchListener consumer = failing.consumer();
        List<List<PlanEventEnvelope>> polls = polls(events);
        // The database goes away after a few plans of the first poll were written.
        failing.store.failWriteAfter = 5;

        BatchListenerFailedException failure = catchThrowableOfType(BatchListenerFailedException.class,
                () -> consumer.onMessage(records(polls.get(0))));
        assertThat(failure.getIndex()).isZero();
        assertThat(failing.store.writes).isEqualTo(5);

        // What the error handler does: the same poll again from its first record, then the next ones.
        polls.forEach(poll -> consumer.onMessage(records(poll)));
        assertThat(failing.documents()).isEqualTo(reference.documents());
    }

    /**
     * A dead letter's replay (outside any poll, on a request thread) writes a plan the poll holds: the poll's
     * compare-and-set fails, the consumer retries the poll, and the retry reads the plan afresh.
     */
    @Test
    void aPlanWrittenByAnotherWriterDuringThePollIsReadAfreshWhenThePollIsRetried() {
        List<PlanEventEnvelope> events = PolledEvents.stream(ORG, PLATFORMS, 20261214, 3);
        Needs reference = needs();
        applyEachAsItComes(reference.projection, events);
        Needs contended = needs();
        Needs otherWriter = needs(contended.mongo);
        String planId = events.get(0).planId();
        List<PlanEventEnvelope> ofPlan = events.stream().filter(e -> e.planId().equals(planId)).toList();
        // The plan's first event was applied before the poll, which starts with a redelivery of it; right after the
        // poll read the plan, another writer applies the plan's second event.
        PolledEvents.apply(contended.projection, ofPlan.get(0));
        contended.store.afterNextRead = () -> PolledEvents.apply(otherWriter.projection, ofPlan.get(1));

        BatchListenerFailedException failure = catchThrowableOfType(BatchListenerFailedException.class,
                () -> contended.consumer().onMessage(records(events)));
        assertThat(failure.getIndex()).isZero();
        assertThat(failure).hasCauseInstanceOf(ConcurrentModificationException.class);
        assertThat(otherWriter.store.writes).isEqualTo(1);

        contended.consumer().onMessage(records(events));
        assertThat(contended.documents()).isEqualTo(reference.documents());
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
        applyEachAsItComes(reference.projection, events);
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

        applyPoll(polled.projection, events);

        assertThat(polled.documents().get(planId)).isEqualTo("""
                {"_id": "plan-format", "appliedSequence": {"$numberLong": "7"}, \
                "attendances": [{"attendanceId": "%s", "hours": {"$numberDouble": "2.25"}, \
                "platformId": "platform-a"}], \
                "chosenPlatforms": [{"plannedHours": {"$numberDouble": "2.5"}, "platformId": "platform-a", \
                "platformName": "a", "programEndsAt": {"$date": {"$numberLong": "1930154400000"}}, \
                "programStartsAt": {"$date": {"$numberLong": "1930147200000"}}, "targetIds": ["t1"]}], \
                "closed": false, \
                "hoursBudget": {"$numberDouble": "40.0"}, "hoursSpent": {"$numberDouble": "2.25"}, \
                "objectives": [{"closed": false, "objectiveId": "o1"}, \
                {"closed": true, "deadline": "2031-06-30", "objectiveId": "o2"}], \
                "org": "org-needs-poll", "ownerId": null, "periodEnd": "2031-06-30", "periodStart": "2031-04-01", \
                "targets": [{"function": "Purchasing", "objectiveId": "o1", "priority": {"$numberInt": "2"}, \
                "retired": false, "targetId": "t1"}], "team": "team-1"}""".formatted(
                AttendanceIds.of((EventAttended) history.get(6), 6)));
    }

    /** A projection on a database of its own, with the guard's index as the service declares it. */
    private static Needs needs() {
        return needs(new MongoTemplate(client, "needs-poll-" + UUID.randomUUID()));
    }

    private static Needs needs(MongoTemplate mongo) {
        mongo.indexOps(PlanNeeds.class).ensureIndex(GuardedWrite.index(PlanNeeds.APPLIED_SEQUENCE));
        CountingStore store = new CountingStore(mongo);
        return new Needs(new PlanNeedsProjection(store), store, new DeadLetterStore(mongo, Clock.systemUTC()), mongo);
    }

    private record Needs(PlanNeedsProjection projection, CountingStore store, DeadLetterStore deadLetters,
                         MongoTemplate mongo) {

        PlanEventBatchListener consumer() {
            return new PlanEventBatchListener(new PlanEventRecordListener(projection), deadLetters, "needs-poll-test");
        }

        Map<String, String> documents() {
            return PolledEvents.documents(mongo, PlanNeeds.COLLECTION);
        }
    }

    /** The store, counting its reads and the writes it made, and failing a write once when told. */
    private static final class CountingStore extends PlanNeedsStore {

        long reads;
        long writes;
        long failWriteAfter = -1;
        Runnable afterNextRead;

        CountingStore(MongoTemplate mongo) {
            super(mongo);
        }

        @Override
        PlanNeeds read(String planId, String org) {
            reads++;
            PlanNeeds read = super.read(planId, org);
            if (afterNextRead != null) {
                Runnable meanwhile = afterNextRead;
                afterNextRead = null;
                meanwhile.run();
            }
            return read;
        }

        @Override
        void write(PlanNeedsChange change) {
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
