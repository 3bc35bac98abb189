package com.netfocus.reconciliation;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import com.netfocus.contracts.chain.EventHash;
import com.netfocus.contracts.chain.StoredEventFields;
import com.netfocus.contracts.plan.AttendanceIds;
import com.netfocus.contracts.plan.EventAttended;
import com.netfocus.infrastructure.testing.PlanEventRecords;
import com.netfocus.infrastructure.testing.SharedInfrastructure;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reconciliation on the real broker and MongoDB wire server over TCP: stores written as the services write
 * them agree; then a difference is planted in each place (a record missing on the topic, a projection behind,
 * a platform counted twice) and each is found, with the plan and what was expected.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReconciliationStoresTest {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String TOPIC = "reconciliation-test-" + RUN;
    private static final String PLAN_A = "plan-a-" + RUN;
    private static final String PLAN_B = "plan-b-" + RUN;
    private static final String PLATFORM = "platform-" + RUN;
    /** When the events written here were stored. */
    private static final String STORED_AT = "2026-06-18T21:00:00Z";

    private static MongoClient mongo;
    private static MongoDatabase planning;
    private static MongoDatabase catalog;
    private static MongoDatabase contacts;
    private static ReconciliationSettings settings;

    @BeforeAll
    static void storesThatAgree() {
        mongo = MongoClients.create(SharedInfrastructure.mongoUri());
        planning = mongo.getDatabase("reconcile-planning-" + RUN);
        catalog = mongo.getDatabase("reconcile-catalog-" + RUN);
        contacts = mongo.getDatabase("reconcile-contacts-" + RUN);
        settings = ReconciliationSettings.fromCommandLine(java.util.Map.of(
                        "MONGODB_URI", SharedInfrastructure.mongoUri(),
                        "KAFKA_BOOTSTRAP_SERVERS", SharedInfrastructure.kafkaBootstrapServers()),
                "--planning-db=" + planning.getName(), "--catalog-db=" + catalog.getName(),
                "--contact-db=" + contacts.getName(), "--topic=" + TOPIC);

        List<String> planA = List.of(
                "{\"planId\":\"" + PLAN_A + "\",\"title\":\"t\",\"periodStart\":\"2026-01-01\",\"periodEnd\":\"2026-12-31\"}",
                "{\"planId\":\"" + PLAN_A + "\",\"targetId\":\"t-1\"}",
                "{\"planId\":\"" + PLAN_A + "\",\"platformId\":\"" + PLATFORM + "\"}",
                attended(PLAN_A, "2026-06-18T17:30:00Z", "2026-06-18T20:45:00Z", "[{},{}]"));
        List<String> types = List.of("PlanCreated", PlanningEventStore.TARGET_IDENTIFIED, PlanningEventStore.PLATFORM_CHOSEN,
                PlanningEventStore.EVENT_ATTENDED);
        try (PlanEventRecords records = new PlanEventRecords(TOPIC)) {
            for (int sequence = 0; sequence < planA.size(); sequence++) {
                store(PLAN_A, sequence, types.get(sequence), planA.get(sequence));
                records.sendRaw(PLAN_A, envelope(PLAN_A, sequence));
            }
            records.sendRaw(PLAN_A, envelope(PLAN_A, 1)); // a duplicate is no difference
            store(PLAN_B, 0, "PlanCreated", "{\"planId\":\"" + PLAN_B + "\"}");
            records.sendRaw(PLAN_B, envelope(PLAN_B, 0));
        }
        catalog.getCollection(CatalogProjections.PLAN_NEEDS).insertMany(List.of(
                new Document("_id", PLAN_A).append(CatalogProjections.APPLIED_SEQUENCE, 3L)
                        .append(CatalogProjections.TARGETS, List.of(new Document("targetId", "t-1")))
                        .append(CatalogProjections.CHOSEN_PLATFORMS, List.of(new Document("platformId", PLATFORM))),
                new Document("_id", PLAN_B).append(CatalogProjections.APPLIED_SEQUENCE, 0L)));
        catalog.getCollection(CatalogProjections.PLATFORM_ACTIVITY).insertOne(new Document("_id", PLATFORM)
                .append(CatalogProjections.TIMES_CHOSEN, 1L).append(CatalogProjections.ATTENDANCES, 1L)
                .append(CatalogProjections.PEOPLE_MET, 2L));
        contacts.getCollection(ContactProjections.PLAN_PEOPLE).insertMany(List.of(
                new Document("_id", PLAN_A).append(ContactProjections.APPLIED_SEQUENCE, 3L)
                        .append(ContactProjections.TARGETS, List.of(new Document("targetId", "t-1"))),
                new Document("_id", PLAN_B).append(ContactProjections.APPLIED_SEQUENCE, 0L)));
    }

    @AfterAll
    static void close() {
        mongo.close();
    }

    @Test
    @Order(1)
    void stores_written_alike_agree() {
        ReconciliationReport report = Reconciliation.run(settings);
        assertThat(report.differences()).isEmpty();
        assertThat(report.text()).isEqualTo("2 plan(s), 5 event(s) compared: no difference");
    }

    @Test
    @Order(2)
    void planted_differences_are_each_found() {
        // an event stored but never published, a projection that missed it, and an attendance counted twice
        store(PLAN_B, 1, "ObjectiveDefined", "{\"planId\":\"" + PLAN_B + "\"}");
        catalog.getCollection(CatalogProjections.PLAN_NEEDS).updateOne(Filters.eq("_id", PLAN_B),
                Updates.set(CatalogProjections.APPLIED_SEQUENCE, 1L));
        catalog.getCollection(CatalogProjections.PLATFORM_ACTIVITY).updateOne(Filters.eq("_id", PLATFORM),
                Updates.inc(CatalogProjections.ATTENDANCES, 1L));

        ReconciliationReport report = Reconciliation.run(settings);

        assertThat(report.differences()).containsExactlyInAnyOrder(
                new Difference(PLAN_B, Comparison.TOPIC, "sequences 0-1", "missing 1"),
                new Difference(PLAN_B, ProjectionReader.CONTACT_PLAN_PEOPLE, "applied sequence 1", "applied sequence 0"),
                new Difference("platform " + PLATFORM, Comparison.PLATFORM_ACTIVITY,
                        "chosen 1, attended 1, people met 2", "chosen 1, attended 2, people met 2"));
        assertThat(report.json()).contains("\"subject\" : \"" + PLAN_B + "\"", "\"found\" : \"missing 1\"");
    }

    @Test
    @Order(3)
    void a_plan_whose_publication_is_blocked_is_reported_until_its_sequence_is_published() {
        // planning-service's position of plan A, as it writes it when Kafka refused sequence 4 for good
        Date since = Date.from(Instant.parse("2026-11-26T10:15:30Z"));
        store(PLAN_A, 4, "ObjectiveDefined", "{\"planId\":\"" + PLAN_A + "\"}");
        planning.getCollection(PublicationPositionsReader.POSITIONS).insertOne(new Document("_id", PLAN_A)
                .append("publishedSequence", 3L).append("pending", true).append("marks", 5L).append("open", 0L)
                .append("blockedSequence", 4L).append("blockedReason", "RecordTooLargeException: too large")
                .append("blockedSince", since));

        assertThat(Reconciliation.run(settings).differences()).contains(
                new Difference(PLAN_A, Comparison.PUBLICATION, "every event published",
                        "blocked at sequence 4 since 2026-11-26T10:15:30Z: RecordTooLargeException: too large"));

        // another instance published sequence 4 since: a block at or below the published sequence no longer counts
        planning.getCollection(PublicationPositionsReader.POSITIONS).updateOne(Filters.eq("_id", PLAN_A),
                Updates.set("publishedSequence", 4L));
        assertThat(Reconciliation.run(settings).differences())
                .noneMatch(difference -> difference.where().equals(Comparison.PUBLICATION));
    }

    @Test
    @Order(4)
    void attendances_stored_before_planning_refused_them_are_listed_as_left_out_of_the_figures() {
        String planC = "plan-c-" + RUN;
        store(planC, 0, PlanningEventStore.PLAN_CREATED, "{\"planId\":\"" + planC
                + "\",\"periodStart\":\"2026-01-01\",\"periodEnd\":\"2026-12-31\"}");
        // logged on 18 June: three weeks ahead, after the period, in the year 1, and one that happened
        store(planC, 1, PlanningEventStore.EVENT_ATTENDED, attended(planC, "2026-07-09T17:00:00Z",
                "2026-07-09T19:00:00Z", "[]"));
        store(planC, 2, PlanningEventStore.EVENT_ATTENDED, attended(planC, "2027-01-04T17:00:00Z",
                "2027-01-04T19:00:00Z", "[]"), "2027-01-05T09:00:00Z");
        store(planC, 3, PlanningEventStore.EVENT_ATTENDED, attended(planC, "0001-01-01T10:00:00Z",
                "0001-01-01T12:00:00Z", "[]"));
        store(planC, 4, PlanningEventStore.EVENT_ATTENDED, attended(planC, "2026-06-18T17:00:00Z",
                "2026-06-18T19:00:00Z", "[]"));

        ReconciliationReport report = Reconciliation.run(settings);

        assertThat(report.leftOut()).extracting(LeftOutAttendance::planId, LeftOutAttendance::sequence)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(planC, 1L),
                        org.assertj.core.groups.Tuple.tuple(planC, 2L), org.assertj.core.groups.Tuple.tuple(planC, 3L));
        assertThat(report.leftOut()).extracting(LeftOutAttendance::why).satisfiesExactly(
                why -> assertThat(why).startsWith("logged before it happened"),
                why -> assertThat(why).startsWith("outside the plan's period"),
                why -> assertThat(why).contains("more than 1096 days before it was logged"));
        assertThat(report.differences()).noneMatch(difference -> difference.found().contains("attendance"));
        assertThat(report.text()).contains(planC + " | sequence 1 | attendance left out of the figures | logged "
                + "before it happened").endsWith("3 attendance(s) left out of the figures");
        assertThat(report.json()).contains("\"attendancesLeftOutOfFigures\"", "\"sequence\" : 2");
    }

    @Test
    @Order(5)
    void the_counts_follow_the_changes_and_corrections_of_a_plan_in_the_order_of_its_events() {
        String planD = "plan-d-" + RUN;
        String kept = "kept-" + RUN;
        String withdrawn = "withdrawn-" + RUN;
        String legacy = AttendanceIds.of(new EventAttended(planD, kept, null, null, 0, 0, 0, List.of(), List.of(),
                null), 6);
        // stored out of order: the reader follows the sequences, not the order the store returns
        store(planD, 9, "AttendanceRetracted", "{\"planId\":\"" + planD + "\",\"attendanceId\":\"" + legacy
                + "\"}");
        store(planD, 0, PlanningEventStore.PLAN_CREATED, "{\"planId\":\"" + planD + "\",\"periodStart\":\"2026-01-01\","
                + "\"periodEnd\":\"2026-12-31\",\"carriedForward\":{\"fromPlanId\":\"p\",\"objectives\":[{}],"
                + "\"targets\":[{},{}]}}");
        store(planD, 1, PlanningEventStore.TARGET_IDENTIFIED, "{\"planId\":\"" + planD + "\",\"targetId\":\"t-3\"}");
        store(planD, 2, "TargetRetired", "{\"planId\":\"" + planD + "\",\"targetId\":\"t-3\"}");
        store(planD, 3, PlanningEventStore.PLATFORM_CHOSEN, "{\"planId\":\"" + planD + "\",\"platformId\":\"" + kept
                + "\"}");
        store(planD, 4, PlanningEventStore.PLATFORM_CHOSEN, "{\"planId\":\"" + planD + "\",\"platformId\":\""
                + withdrawn + "\"}");
        store(planD, 5, "PlatformWithdrawn", "{\"planId\":\"" + planD + "\",\"platformId\":\"" + withdrawn + "\"}");
        // one logged before ids (retracted at 9), one logged three weeks ahead and corrected to what happened
        store(planD, 6, PlanningEventStore.EVENT_ATTENDED, attendedAt(planD, kept, null, "2026-06-10T17:00:00Z",
                "2026-06-10T19:00:00Z", "[{}]"));
        store(planD, 7, PlanningEventStore.EVENT_ATTENDED, attendedAt(planD, kept, "a-7", "2026-07-09T17:00:00Z",
                "2026-07-09T19:00:00Z", "[{}]"));
        store(planD, 8, "AttendanceCorrected", "{\"planId\":\"" + planD + "\",\"attendanceId\":\"a-7\","
                + "\"platformId\":\"" + kept + "\",\"arrivedAt\":\"2026-06-17T17:00:00Z\","
                + "\"leftAt\":\"2026-06-17T19:00:00Z\",\"contactsMet\":[{},{},{}]}");

        EventStoreReader store = EventStoreReader.read(planning);

        StoredPlan plan = store.plans().get(planD);
        assertThat(plan.targets()).as("two carried forward, one identified and retired").isEqualTo(2);
        assertThat(plan.platformsChosen()).isEqualTo(1);
        assertThat(plan.leftOut()).as("the attendance as corrected happened").isEmpty();
        assertThat(store.platformCounts().get(kept)).isEqualTo(new PlatformCounts(1, 1, 3));
        assertThat(store.platformCounts().get(withdrawn)).isEqualTo(PlatformCounts.NONE);
    }

    @Test
    @Order(6)
    void an_event_altered_in_the_store_is_found_by_its_hash_chain() {
        String planE = "plan-e-" + RUN;
        String previous = EventHash.CHAIN_START;
        for (int sequence = 0; sequence < 3; sequence++) {
            Document event = event(planE, sequence, sequence == 0 ? "PlanCreated" : "ObjectiveDefined",
                    "{\"planId\":\"" + planE + "\",\"step\":" + sequence + "}", STORED_AT);
            String hash = EventHash.of(event, previous);
            planning.getCollection(PlanningEventStore.EVENTS).insertOne(event.append(StoredEventFields.HASH, hash)
                    .append(StoredEventFields.PREVIOUS_HASH, previous));
            previous = hash;
        }
        assertThat(Reconciliation.run(settings).differences())
                .noneMatch(difference -> difference.where().equals(Comparison.HASH_CHAIN));

        planning.getCollection(PlanningEventStore.EVENTS).updateOne(Filters.and(
                        Filters.eq(PlanningEventStore.AGGREGATE_IDENTIFIER, planE),
                        Filters.eq(PlanningEventStore.SEQUENCE_NUMBER, 1L)),
                Updates.set(PlanningEventStore.SERIALIZED_PAYLOAD, "{\"planId\":\"" + planE + "\"}"));

        assertThat(Reconciliation.run(settings).differences()).filteredOn(difference -> difference.where()
                .equals(Comparison.HASH_CHAIN)).singleElement().satisfies(difference -> {
                    assertThat(difference.subject()).isEqualTo(planE);
                    assertThat(difference.found()).startsWith("broken at sequence 1: the event's content does not"
                            + " match its hash");
                });
    }

    /** An attendance at the platform, with its own id (null: logged before ids). */
    private static String attendedAt(String planId, String platformId, String attendanceId, String arrivedAt,
                                     String leftAt, String contactsMet) {
        return "{\"planId\":\"" + planId + "\"," + (attendanceId == null ? "" : "\"attendanceId\":\"" + attendanceId
                + "\",") + "\"platformId\":\"" + platformId + "\",\"arrivedAt\":\"" + arrivedAt + "\",\"leftAt\":\""
                + leftAt + "\",\"contactsMet\":" + contactsMet + "}";
    }

    private static String attended(String planId, String arrivedAt, String leftAt, String contactsMet) {
        return "{\"planId\":\"" + planId + "\",\"platformId\":\"" + PLATFORM + "\",\"arrivedAt\":\"" + arrivedAt
                + "\",\"leftAt\":\"" + leftAt + "\",\"contactsMet\":" + contactsMet + "}";
    }

    /** An event document as Axon's Mongo storage writes it (JSON payload kept as text), stored on 18 June 2026. */
    private static void store(String planId, long sequence, String type, String payload) {
        store(planId, sequence, type, payload, STORED_AT);
    }

    private static void store(String planId, long sequence, String type, String payload, String timestamp) {
        planning.getCollection(PlanningEventStore.EVENTS).insertOne(event(planId, sequence, type, payload, timestamp));
    }

    private static Document event(String planId, long sequence, String type, String payload, String timestamp) {
        return new Document(PlanningEventStore.AGGREGATE_IDENTIFIER, planId)
                .append(PlanningEventStore.SEQUENCE_NUMBER, sequence).append("type", "NetworkingPlan")
                .append("eventIdentifier", UUID.randomUUID().toString())
                .append(PlanningEventStore.TIMESTAMP, timestamp)
                .append(PlanningEventStore.PAYLOAD_TYPE, "com.netfocus.contracts.plan." + type)
                .append(PlanningEventStore.SERIALIZED_PAYLOAD, payload);
    }

    private static byte[] envelope(String planId, long sequence) {
        return ("{\"eventId\":\"" + UUID.randomUUID() + "\",\"planId\":\"" + planId + "\",\"sequence\":" + sequence
                + ",\"type\":\"X\",\"payload\":{}}").getBytes(StandardCharsets.UTF_8);
    }
}
