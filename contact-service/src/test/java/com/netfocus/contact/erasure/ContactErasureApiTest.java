package com.netfocus.contact.erasure;

import com.fasterxml.jackson.databind.JsonNode;
import com.netfocus.contracts.contact.ContactErased;
import com.netfocus.contracts.contact.ContactEvent;
import com.netfocus.contracts.plan.EventAttended;
import com.netfocus.contracts.plan.FollowUp;
import com.netfocus.contracts.plan.PersonMet;
import com.netfocus.contracts.plan.PlanCreated;
import com.netfocus.infrastructure.testing.Callers;
import com.netfocus.infrastructure.testing.EventRecordsReader;
import com.netfocus.infrastructure.testing.PlanEventRecords;
import com.netfocus.infrastructure.testing.TestInfrastructure;
import com.netfocus.support.personaldata.KeyVault;
import com.netfocus.support.personaldata.PersonalData;
import com.netfocus.support.personaldata.PersonalFields;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Erasure through the contact service on the real broker and wire server: who may ask, the person's keys destroyed,
 * every row about them gone (contact, people met, follow-ups), {@code ContactErased} published with all their keys,
 * a repeated request answered the same, the other person of the same attendance untouched, and a replayed attendance
 * not bringing the person back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ContactErasureApiTest {

    @RegisterExtension
    static final TestInfrastructure infrastructure = new TestInfrastructure("contact", "erasure");
    private static final PlanEventRecords records = infrastructure.planEventRecords();
    private static final Instant ARRIVED = Instant.parse("2031-05-01T15:30:00Z");
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String ADA = "Ada Lovelace";
    private static final String ADA_EMAIL = "ada@lovelace.test";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        infrastructure.register(registry);
    }

    @Autowired
    TestRestTemplate http;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    PersonalData personalData;
    @Autowired
    KeyVault vault;

    @Test
    void an_erased_person_is_gone_from_this_service_and_their_keys_destroyed() {
        String org = "org-" + UUID.randomUUID();
        String planId = UUID.randomUUID().toString();
        String adaPersonId = "person-" + UUID.randomUUID();
        String grace = addContact(org, """
                {"name":"Grace Hopper","company":"Navy","email":"grace@navy.test"}""");
        records.send(0, org, new PlanCreated(planId, "Q2", LocalDate.parse("2031-04-01"), LocalDate.parse("2031-06-30"),
                40, "rep-" + org, org, "team-1"));
        records.send(1, org, attended(planId, adaPersonId, grace));

        JsonNode people = awaitPeople(org, planId, 2);
        String ada = people.get(0).path("contactId").asText();
        assertThat(people.get(0).path("name").asText()).isEqualTo(ADA);
        assertThat(contact(org, ada).getBody().path("email").asText()).isEqualTo(ADA_EMAIL);
        await().atMost(WAIT).until(() -> followUpsOf(planId) == 2);

        assertThat(erase(Callers.headers("rep-2-" + org, org, "REP"), ada)).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(erase(Callers.headers("manager-" + org, org, "MANAGER"), ada)).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(erase(Callers.admin("org-other"), ada)).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(erase(Callers.rep(org), UUID.randomUUID().toString())).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(vault.existingKey(adaPersonId)).as("refusals change nothing").isPresent();
        assertThat(contact(org, ada).getStatusCode()).isEqualTo(HttpStatus.OK);

        try (EventRecordsReader<JsonNode> contactEvents = new EventRecordsReader<>(infrastructure.contactEventsTopic(),
                JsonNode.class)) {
            assertThat(erase(Callers.rep(org), ada)).isEqualTo(HttpStatus.NO_CONTENT);

            assertThat(vault.existingKey(ada)).isEmpty();
            assertThat(vault.existingKey(adaPersonId)).isEmpty();
            assertThat(vault.existingKey(grace)).isPresent();
            assertThat(contact(org, ada).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
            JsonNode left = awaitPeople(org, planId, 1);
            assertThat(left.get(0).path("contactId").asText()).isEqualTo(grace);
            assertThat(left.get(0).path("name").asText()).isEqualTo("Grace Hopper");
            assertThat(followUpsOf(planId)).isEqualTo(1);
            assertThat(storedDocuments()).doesNotContain(ADA, ADA_EMAIL, "Analytical Engines Ltd");

            ContactErased erased = await().atMost(WAIT).until(() -> erasedEvent(contactEvents, ada), e -> e != null);
            assertThat(erased.org()).isEqualTo(org);
            assertThat(erased.requestedBy()).isEqualTo("rep-" + org);
            assertThat(erased.keyIds()).containsExactlyInAnyOrder(ada, adaPersonId);
            assertThat(erased.correlationId()).isNotBlank();
        }

        // asked again (here by an admin of the org): the same answer, nothing else changes
        assertThat(erase(Callers.admin(org), ada)).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(erase(Callers.admin("org-other"), ada)).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(mongo.count(new org.springframework.data.mongodb.core.query.Query(), ContactErasure.class))
                .isEqualTo(1);

        // the same sealed attendance replayed into another plan does not bring Ada back as a contact
        String replayed = UUID.randomUUID().toString();
        records.send(0, org, new PlanCreated(replayed, "Q3", LocalDate.parse("2031-07-01"),
                LocalDate.parse("2031-09-30"), 40, "rep-" + org, org, "team-1"));
        records.send(1, org, attended(replayed, adaPersonId, grace));
        JsonNode again = awaitPeople(org, replayed, 2);
        assertThat(again.get(0).path("name").asText()).isEqualTo(PersonalData.ERASED);
        assertThat(again.get(0).path("contactId").isNull()).isTrue();
        assertThat(storedDocuments()).doesNotContain(ADA, ADA_EMAIL);
    }

    /** Ada met by name only (her fields sealed under her person id, as planning does) and Grace by contact id. */
    private EventAttended attended(String planId, String adaPersonId, String grace) {
        PersonalData.Session session = personalData.session();
        List<PersonMet> people = PersonalFields.sealPeople(session, List.of(
                new PersonMet(null, ADA, "Analytical Engines Ltd", "Engineering", "Head", "Computing", ADA_EMAIL, null,
                        adaPersonId),
                new PersonMet(grace, "Grace Hopper", null, null, null, null, null, null)));
        LocalDate due = LocalDate.parse("2031-05-08");
        List<FollowUp> followUps = PersonalFields.sealFollowUps(session, List.of(
                new FollowUp("f-" + UUID.randomUUID(), null, ADA, null, due, "send the deck", adaPersonId),
                new FollowUp("f-" + UUID.randomUUID(), grace, null, null, due, "call")));
        return new EventAttended(planId, "platform-1", ARRIVED, ARRIVED.plus(Duration.ofHours(3)), 30, 30, 3, people,
                followUps, null);
    }

    private static ContactErased erasedEvent(EventRecordsReader<JsonNode> reader, String contactId) throws Exception {
        for (EventRecordsReader.KeyedRecord<JsonNode> record : reader.poll()) {
            if (contactId.equals(record.key()) && ContactEvent.decode(record.value().toString())
                    instanceof ContactErased erased) {
                return erased;
            }
        }
        return null;
    }

    /** Every document of this service's database, as text. */
    private String storedDocuments() {
        List<String> all = new ArrayList<>();
        for (String collection : mongo.getCollectionNames()) {
            mongo.getCollection(collection).find().forEach(document -> all.add(document.toJson()));
        }
        return String.join("\n", all);
    }

    private long followUpsOf(String planId) {
        return mongo.getCollection("follow_ups").countDocuments(new Document("planId", planId));
    }

    private HttpStatus erase(HttpHeaders caller, String contactId) {
        return HttpStatus.valueOf(http.exchange("/api/v1/contacts/" + contactId + "/erasure", HttpMethod.POST,
                new HttpEntity<>(caller), JsonNode.class).getStatusCode().value());
    }

    private JsonNode awaitPeople(String org, String planId, int count) {
        return await().atMost(WAIT).until(() -> {
            ResponseEntity<JsonNode> response = http.exchange("/api/v1/plans/" + planId + "/people", HttpMethod.GET,
                    new HttpEntity<>(Callers.rep(org)), JsonNode.class);
            return response.getStatusCode() == HttpStatus.OK ? response.getBody().path("peopleMet") : null;
        }, people -> people != null && people.size() == count);
    }

    private ResponseEntity<JsonNode> contact(String org, String contactId) {
        return http.exchange("/api/v1/contacts/" + contactId, HttpMethod.GET, new HttpEntity<>(Callers.rep(org)),
                JsonNode.class);
    }

    private String addContact(String org, String body) {
        ResponseEntity<JsonNode> created = http.exchange("/api/v1/contacts", HttpMethod.POST,
                new HttpEntity<>(body, Callers.rep(org)), JsonNode.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return created.getBody().get("contactId").asText();
    }
}
