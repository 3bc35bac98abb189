package com.netfocus.contact.projections;

import com.netfocus.contracts.plan.AttendanceIds;
import com.netfocus.contracts.plan.EventAttended;
import com.netfocus.contracts.plan.FollowUp;
import com.netfocus.contracts.plan.FollowUpCompleted;
import com.netfocus.contracts.plan.FollowUpScheduled;
import com.netfocus.contracts.plan.ObjectiveDefined;
import com.netfocus.contracts.plan.PersonMet;
import com.netfocus.contracts.plan.PlanCreated;
import com.netfocus.contracts.plan.PlanEvent;
import com.netfocus.contracts.plan.PlanEventCodec;
import com.netfocus.contracts.plan.PlanEventEnvelope;
import com.netfocus.contracts.plan.TargetIdentified;
import com.netfocus.contracts.plan.TargetProfile;
import com.netfocus.infrastructure.testing.PlanEventRecords;
import com.netfocus.infrastructure.testing.TestInfrastructure;
import com.netfocus.support.personaldata.PersonalData;
import com.netfocus.support.personaldata.PersonalFields;
import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The documents the plan events make in the contact service, as its readers know them (the plan's people, the
 * contacts made from people met and their duplicate keys, the follow-ups and whose plan they are): one plan's history
 * with sealed personal fields, a known contact named by id, newcomers met twice (merged), follow-ups scheduled at an
 * attendance and on their own, one completed, and a redelivery, through the real consumer. Every field and number
 * type is pinned, so that a change in how the projections write cannot change what they write.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProjectionDocumentsTest {

    @RegisterExtension
    static final TestInfrastructure infrastructure = new TestInfrastructure("contact", "documents");
    private static final PlanEventRecords records = infrastructure.planEventRecords();
    private static final JsonWriterSettings EXTENDED = JsonWriterSettings.builder().outputMode(JsonMode.EXTENDED)
            .build();
    private static final String ORG = "org-documents";
    private static final String PLAN = "plan-documents";
    private static final String OWNER = "rep-owner";
    private static final Instant AT = Instant.parse("2031-05-01T15:30:00Z");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        infrastructure.register(registry);
    }

    @Autowired
    MongoTemplate mongo;
    @Autowired
    PersonalData personalData;

    @Test
    void thePlanEventsWriteTheDocumentsReadersKnow() {
        mongo.insert(new Document("_id", "contact-known").append("org", ORG).append("createdBy", OWNER)
                .append("ownerId", OWNER).append("team", "team-1").append("createdAt", java.util.Date.from(AT))
                .append("name", "Kim Known").append("company", "Kco").append("function", null)
                .append("position", "Director").append("industry", null).append("email", "kim@kco.example")
                .append("phone", null).append("emailKey", "kim@kco.example").append("nameKey", "kim known|kco")
                .append("registeredPublished", true), "contacts");
        PersonalData.Session session = personalData.session();
        List<PlanEvent> history = List.of(
                new PlanCreated(PLAN, "Q2", LocalDate.parse("2031-04-01"), LocalDate.parse("2031-06-30"), 40, OWNER,
                        ORG, "team-1"),
                new ObjectiveDefined(PLAN, "o1", "Win 2 contracts", "revenue", "contracts", 2,
                        LocalDate.parse("2031-06-30"), null),
                new TargetIdentified(PLAN, "t1", "o1", "contact-known", null, 1, "decides"),
                new TargetIdentified(PLAN, "t2", "o1", null, new TargetProfile("Operations", "Manager", "Retail"), 2,
                        "runs the warehouses"),
                new EventAttended(PLAN, "platform-1", AT, AT.plus(Duration.ofHours(3)), 30, 30, 3,
                        PersonalFields.sealPeople(session, List.of(
                                new PersonMet("contact-known", null, null, null, null, null, null, "t1"),
                                new PersonMet(null, "Nora New", "Nco", "Sales", null, null, null, "t2", "person-1"),
                                new PersonMet(null, "nora  new", "NCO", null, "VP", null, null, null, "person-2"),
                                new PersonMet(null, "Olaf Other", "Oco", null, null, "Retail", "olaf@oco.example",
                                        null, "person-3"))),
                        PersonalFields.sealFollowUps(session, List.of(new FollowUp("f1", null, "Nora New", "t2",
                                LocalDate.parse("2031-05-08"), "send the offer", "person-1"))), "good lunch"),
                new FollowUpScheduled(PLAN, new FollowUp("f2", "contact-known", null, null,
                        LocalDate.parse("2031-05-20"), "call")),
                new EventAttended(PLAN, "platform-2", AT.plus(Duration.ofDays(7)), AT.plus(Duration.ofDays(7)
                        .plusHours(2)), 0, 15, 2.25, PersonalFields.sealPeople(session, List.of(new PersonMet(null,
                        "Nora New", "Nco", null, null, "Logistics", "nora@nco.example", null, "person-4"))),
                        List.of(), "n"),
                new FollowUpCompleted(PLAN, "f1", AT.plus(Duration.ofDays(8)), "offer sent"));
        for (int sequence = 0; sequence < history.size(); sequence++) {
            send(sequence, history.get(sequence));
        }
        send(4, history.get(4));
        send(3, history.get(3));
        // same plan, same partition: once this one is applied, so are the redeliveries before it
        send(history.size(), new ObjectiveDefined(PLAN, "o2", "Meet 5 buyers", "pipeline", "buyers", 5,
                LocalDate.parse("2031-06-30"), null));

        await().atMost(Duration.ofSeconds(30)).until(() -> document("plan_people", PLAN) != null
                && document("plan_people", PLAN).contains("\"appliedSequence\": {\"$numberLong\": \"8\"}")
                && document("follow_ups", "f1") != null && document("follow_ups", "f1").contains("DONE"));

        Map<String, String> documents = new TreeMap<>();
        for (String collection : List.of("plan_people", "contacts", "contact_keys", "follow_ups",
                "follow_up_plans")) {
            mongo.findAll(Document.class, collection).forEach(document -> {
                document.remove("registeredPublished");
                documents.put(collection + "/" + document.get("_id"), sorted(document).toJson(EXTENDED));
            });
        }
        Map<String, String> expected = new TreeMap<>();
        expected.put("contact_keys/3e234b9bce8e514dd3824677fda09829415f3399f246e1518ce64cb5241f4ec2", """
                {"_id": "3e234b9bce8e514dd3824677fda09829415f3399f246e1518ce64cb5241f4ec2", \
                "contactIds": ["9334ed86-fa26-3d1f-99ed-5a18e55e0935"]}""");
        expected.put("contact_keys/6029c5c8f9ebb6f48a3d6f8241da5a490ecdc2c00a6a49738cd7216406a2e06c", """
                {"_id": "6029c5c8f9ebb6f48a3d6f8241da5a490ecdc2c00a6a49738cd7216406a2e06c", \
                "contactIds": ["c5d653e3-eec9-3479-91d4-7e6ca15783d6"]}""");
        expected.put("contact_keys/6b2714230cdd8fe1ae0723528468767a0ae1ab8c8ce382f8b357da73b8c0661a", """
                {"_id": "6b2714230cdd8fe1ae0723528468767a0ae1ab8c8ce382f8b357da73b8c0661a", \
                "contactIds": ["9334ed86-fa26-3d1f-99ed-5a18e55e0935"]}""");
        expected.put("contact_keys/8b19f9491b7847b1ac38f38f44676a4feee7e8262fade64ca0d45dc9da180c4f", """
                {"_id": "8b19f9491b7847b1ac38f38f44676a4feee7e8262fade64ca0d45dc9da180c4f", \
                "contactIds": ["c5d653e3-eec9-3479-91d4-7e6ca15783d6"]}""");
        expected.put("contacts/9334ed86-fa26-3d1f-99ed-5a18e55e0935", """
                {"_class": "com.netfocus.contact.contact.Contact", \
                "_id": "9334ed86-fa26-3d1f-99ed-5a18e55e0935", "company": "Oco", \
                "createdAt": {"$date": {"$numberLong": "1935415800000"}}, "createdBy": "rep-owner", \
                "email": "olaf@oco.example", "emailKey": "olaf@oco.example", "industry": "Retail", \
                "keyIds": ["person-3"], "name": "Olaf Other", "nameKey": "olaf other|oco", \
                "org": "org-documents", "ownerId": "rep-owner", "team": "team-1"}""");
        expected.put("contacts/c5d653e3-eec9-3479-91d4-7e6ca15783d6", """
                {"_class": "com.netfocus.contact.contact.Contact", \
                "_id": "c5d653e3-eec9-3479-91d4-7e6ca15783d6", "company": "Nco", \
                "createdAt": {"$date": {"$numberLong": "1935415800000"}}, "createdBy": "rep-owner", \
                "email": "nora@nco.example", "emailKey": "nora@nco.example", "function": "Sales", \
                "industry": "Logistics", "keyIds": ["person-1", "person-2", "person-4"], "name": "Nora New", \
                "nameKey": "nora new|nco", "org": "org-documents", "ownerId": "rep-owner", "position": "VP", \
                "team": "team-1"}""");
        expected.put("contacts/contact-known", """
                {"_id": "contact-known", "company": "Kco", \
                "createdAt": {"$date": {"$numberLong": "1935415800000"}}, "createdBy": "rep-owner", \
                "email": "kim@kco.example", "emailKey": "kim@kco.example", "function": null, "industry": null, \
                "name": "Kim Known", "nameKey": "kim known|kco", "org": "org-documents", \
                "ownerId": "rep-owner", "phone": null, "position": "Director", "team": "team-1"}""");
        expected.put("follow_up_plans/plan-documents", """
                {"_id": "plan-documents", "org": "org-documents", "ownerId": "rep-owner", "team": "team-1"}""");
        expected.put("follow_ups/f1", """
                {"_id": "f1", "action": "send the offer", "appliedSequence": {"$numberLong": "7"}, \
                "completedAt": {"$date": {"$numberLong": "1936107000000"}}, "contactId": null, \
                "dueOn": {"$date": {"$numberLong": "1935964800000"}}, "keyId": "person-1", \
                "org": "org-documents", "outcome": "offer sent", "ownerId": "rep-owner", \
                "personName": "Nora New", "planId": "plan-documents", \
                "scheduledAt": {"$date": {"$numberLong": "1935430200000"}}, "status": "DONE", \
                "targetId": "t2", "team": "team-1"}""");
        expected.put("follow_ups/f2", """
                {"_id": "f2", "action": "call", "appliedSequence": {"$numberLong": "5"}, "completedAt": null, \
                "contactId": "contact-known", "dueOn": {"$date": {"$numberLong": "1937001600000"}}, \
                "keyId": "contact-known", "org": "org-documents", "outcome": null, "ownerId": "rep-owner", \
                "personName": null, "planId": "plan-documents", \
                "scheduledAt": {"$date": {"$numberLong": "1935433800000"}}, "status": "OPEN", \
                "targetId": null, "team": "team-1"}""");
        expected.put("plan_people/plan-documents", """
                {"_id": "plan-documents", "appliedSequence": {"$numberLong": "8"}, "org": "org-documents", \
                "ownerId": "rep-owner", "peopleMet": [{"attendanceId": "%1$s", "company": "Kco", "contactId": "contact-known", \
                "email": "kim@kco.example", "metAt": {"$date": {"$numberLong": "1935415800000"}}, \
                "name": "Kim Known", "platformId": "platform-1", "position": "Director", "targetId": "t1"}, \
                {"attendanceId": "%1$s", "company": "Nco", "contactId": "c5d653e3-eec9-3479-91d4-7e6ca15783d6", "function": "Sales", \
                "metAt": {"$date": {"$numberLong": "1935415800000"}}, "name": "Nora New", \
                "platformId": "platform-1", "targetId": "t2"}, {"attendanceId": "%1$s", "company": "NCO", \
                "contactId": "c5d653e3-eec9-3479-91d4-7e6ca15783d6", \
                "metAt": {"$date": {"$numberLong": "1935415800000"}}, "name": "nora  new", \
                "platformId": "platform-1", "position": "VP"}, {"attendanceId": "%1$s", "company": "Oco", \
                "contactId": "9334ed86-fa26-3d1f-99ed-5a18e55e0935", "email": "olaf@oco.example", \
                "industry": "Retail", "metAt": {"$date": {"$numberLong": "1935415800000"}}, \
                "name": "Olaf Other", "platformId": "platform-1"}, {"attendanceId": "%2$s", "company": "Nco", \
                "contactId": "c5d653e3-eec9-3479-91d4-7e6ca15783d6", "email": "nora@nco.example", \
                "industry": "Logistics", "metAt": {"$date": {"$numberLong": "1936020600000"}}, \
                "name": "Nora New", "platformId": "platform-2"}], "targets": [{"contactId": "contact-known", \
                "objectiveId": "o1", "priority": {"$numberInt": "1"}, "rationale": "decides", \
                "targetId": "t1"}, {"objectiveId": "o1", "priority": {"$numberInt": "2"}, \
                "profile": {"function": "Operations", "industry": "Retail", "position": "Manager"}, \
                "rationale": "runs the warehouses", "targetId": "t2"}], "team": "team-1"}""".formatted(AttendanceIds.of((EventAttended) history.get(4), 4),
                AttendanceIds.of((EventAttended) history.get(6), 6)));
        assertThat(documents).isEqualTo(expected);
    }

    private void send(long sequence, PlanEvent event) {
        PlanEventEnvelope envelope = PlanEventCodec.envelope("event-" + sequence, sequence,
                AT.plus(Duration.ofHours(sequence)), OWNER, ORG, "team-1", "c", event);
        records.sendRaw(PLAN, PlanEventCodec.encode(envelope));
    }

    private String document(String collection, String id) {
        Document document = mongo.findById(id, Document.class, collection);
        return document == null ? null : sorted(document).toJson(EXTENDED);
    }

    private static Document sorted(Document document) {
        Document copy = new Document();
        new TreeMap<>(document).forEach((field, value) -> copy.put(field, value instanceof Document inner
                ? sorted(inner) : value instanceof List<?> list ? list.stream()
                .map(item -> item instanceof Document innerDocument ? sorted(innerDocument) : item).toList()
                : value));
        return copy;
    }
}
