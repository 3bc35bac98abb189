package com.netfocus.contact.isolation;

import com.fasterxml.jackson.databind.JsonNode;
import com.netfocus.contact.contact.Contact;
import com.netfocus.contact.publication.ContactUpdate;
import com.netfocus.contact.followup.FollowUpEntry;
import com.netfocus.contact.followup.FollowUpPlan;
import com.netfocus.contact.people.PlanPeople;
import com.netfocus.infrastructure.testing.Personas;
import com.netfocus.infrastructure.testing.Personas.Persona;
import com.netfocus.infrastructure.testing.RoleMatrix;
import com.netfocus.infrastructure.testing.RoleMatrix.Endpoint;
import com.netfocus.contracts.plan.EventAttended;
import com.netfocus.contracts.plan.FollowUp;
import com.netfocus.contracts.plan.PersonMet;
import com.netfocus.contracts.plan.PlanCreated;
import com.netfocus.contracts.plan.TargetIdentified;
import com.netfocus.contracts.plan.TargetProfile;
import com.netfocus.infrastructure.testing.PlanEventRecords;
import com.netfocus.infrastructure.testing.TestInfrastructure;
import com.netfocus.infrastructure.testing.Uploads;
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
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Every endpoint of the contact service, called by each persona of {@link Personas} and without an identity: a
 * plan's people and known matches are read by its owner, the team's manager and the org's admin only (another
 * user of the org 403, another org 404); a contact is read by its owner, their team's manager and the org's admin;
 * listings hold exactly what the caller may read; the due follow-ups are the caller's own; every refused call
 * leaves every collection of the store exactly as it was.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ContactRoleMatrixTest {

    @RegisterExtension
    static final TestInfrastructure infrastructure = new TestInfrastructure("contact", "roles");
    private static final PlanEventRecords records = infrastructure.planEventRecords();
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final MediaType TEXT_CSV = MediaType.parseMediaType("text/csv");
    private static final List<String> COLLECTIONS = List.of(Contact.COLLECTION, PlanPeople.COLLECTION,
            FollowUpEntry.COLLECTION, FollowUpPlan.COLLECTION, ContactUpdate.COLLECTION);
    private static final Instant ARRIVED = Instant.parse("2031-05-01T15:30:00Z");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        infrastructure.register(registry);
    }

    @Autowired
    TestRestTemplate http;
    @Autowired
    MongoTemplate mongo;

    private final Personas personas = new Personas();

    @Test
    void everyEndpointAnswersEachRoleAsTheRulesSay() {
        String contactId = addContact(personas.owner, "Ann's buyer", "Purchasing");
        String erasable = addContact(personas.owner, "Ann's contact who asks to be forgotten", null);
        String planId = ownersPlanWithAFollowUp();
        String csv = "name,company,email\nEve Import,Evco,eve-" + UUID.randomUUID() + "@evco.example\n";

        List<Endpoint> endpoints = List.of(
                new Endpoint("POST /api/v1/contacts", headers -> post("/api/v1/contacts",
                        "{\"name\": \"Added " + UUID.randomUUID() + "\"}", headers)),
                new Endpoint("GET /api/v1/contacts", headers -> get("/api/v1/contacts", headers)),
                new Endpoint("GET /api/v1/contacts?q=", headers -> get("/api/v1/contacts?q=buyer", headers)),
                new Endpoint("GET /api/v1/contacts?format=csv", headers -> file("/api/v1/contacts?format=csv", headers)),
                new Endpoint("GET /api/v1/contacts (text/vcard)", headers -> {
                    HttpHeaders vcard = new HttpHeaders();
                    vcard.putAll(headers);
                    vcard.setAccept(List.of(MediaType.parseMediaType("text/vcard")));
                    return file("/api/v1/contacts", vcard);
                }),
                new Endpoint("GET /api/v1/contacts/{id}", headers -> get("/api/v1/contacts/" + contactId, headers)),
                new Endpoint("PATCH /api/v1/contacts/{id}", headers -> http.exchange("/api/v1/contacts/" + contactId,
                        HttpMethod.PATCH, new HttpEntity<>("{\"position\": \"Head of purchasing\"}", headers),
                        JsonNode.class)),
                new Endpoint("POST /api/v1/contacts/import (text/csv)", headers -> {
                    HttpHeaders asCsv = new HttpHeaders();
                    asCsv.putAll(headers);
                    asCsv.setContentType(TEXT_CSV);
                    return http.exchange("/api/v1/contacts/import", HttpMethod.POST, new HttpEntity<>(csv, asCsv),
                            JsonNode.class);
                }),
                new Endpoint("POST /api/v1/contacts/import (multipart)", headers -> http.exchange(
                        "/api/v1/contacts/import", HttpMethod.POST,
                        Uploads.multipart(headers, "contacts.csv", TEXT_CSV, csv), JsonNode.class)),
                new Endpoint("GET /api/v1/plans/{planId}/people",
                        headers -> get("/api/v1/plans/" + planId + "/people", headers)),
                new Endpoint("GET /api/v1/plans/{planId}/known-matches",
                        headers -> get("/api/v1/plans/" + planId + "/known-matches", headers)),
                new Endpoint("GET /api/v1/follow-ups", headers -> get("/api/v1/follow-ups?dueBy="
                        + LocalDate.now(ZoneOffset.UTC).plusDays(2), headers)),
                new Endpoint("POST /api/v1/contacts/{id}/erasure",
                        headers -> post("/api/v1/contacts/" + erasable + "/erasure", null, headers)));

        // expected status per endpoint, for: owner, teammate, manager, other manager, admin, other org, anonymous
        Map<String, List<Integer>> expected = new LinkedHashMap<>();
        expected.put("POST /api/v1/contacts", List.of(201, 201, 201, 201, 201, 201, 401));
        expected.put("GET /api/v1/contacts", List.of(200, 200, 200, 200, 200, 200, 401));
        expected.put("GET /api/v1/contacts?q=", List.of(200, 200, 200, 200, 200, 200, 401));
        expected.put("GET /api/v1/contacts?format=csv", List.of(200, 200, 200, 200, 200, 200, 401));
        expected.put("GET /api/v1/contacts (text/vcard)", List.of(200, 200, 200, 200, 200, 200, 401));
        expected.put("GET /api/v1/contacts/{id}", List.of(200, 403, 200, 403, 200, 404, 401));
        // only the owner edits; the team's manager and the org's admin read the contact, but do not change it
        expected.put("PATCH /api/v1/contacts/{id}", List.of(200, 403, 403, 403, 403, 404, 401));
        expected.put("POST /api/v1/contacts/import (text/csv)", List.of(200, 200, 200, 200, 200, 200, 401));
        expected.put("POST /api/v1/contacts/import (multipart)", List.of(200, 200, 200, 200, 200, 200, 401));
        expected.put("GET /api/v1/plans/{planId}/people", List.of(200, 403, 200, 403, 200, 404, 401));
        expected.put("GET /api/v1/plans/{planId}/known-matches", List.of(200, 403, 200, 403, 200, 404, 401));
        expected.put("GET /api/v1/follow-ups", List.of(200, 200, 200, 200, 200, 200, 401));
        // the owner erases (204); only an admin may as well (204 again: idempotent), never the owner's team or manager
        expected.put("POST /api/v1/contacts/{id}/erasure", List.of(204, 403, 403, 403, 204, 404, 401));
        RoleMatrix.check(personas, endpoints, expected, this::snapshot);
    }

    @Test
    void listingsHoldExactlyWhatEachRoleMayRead() {
        String ann = addContact(personas.owner, "Ann's contact", null);
        String bob = addContact(personas.teammate, "Bob's contact", null);
        String max = addContact(personas.otherManager, "Max's contact", null);
        String ada = addContact(personas.admin, "Ada's contact", null);
        String oz = addContact(personas.stranger, "Oz's contact", null);

        assertThat(listed(personas.owner)).containsExactlyInAnyOrder(ann);
        assertThat(listed(personas.teammate)).containsExactlyInAnyOrder(bob);
        assertThat(listed(personas.manager)).containsExactlyInAnyOrder(ann, bob);
        assertThat(listed(personas.otherManager)).containsExactlyInAnyOrder(max);
        assertThat(listed(personas.admin)).containsExactlyInAnyOrder(ann, bob, max, ada);
        assertThat(listed(personas.stranger)).containsExactlyInAnyOrder(oz);
        assertThat(get("/api/v1/contacts/" + bob, personas.manager.headers()).getBody().get("ownerId").asText())
                .isEqualTo(personas.teammate.userId());
    }

    @Test
    void knownMatchesPeopleMetAndFollowUpsAreThePlanOwners() {
        String annBuyer = addContact(personas.owner, "Ann's buyer", "Purchasing");
        addContact(personas.teammate, "Bob's buyer", "Purchasing");
        String planId = ownersPlanWithAFollowUp();

        for (Persona reader : List.of(personas.owner, personas.manager, personas.admin)) {
            JsonNode matches = get("/api/v1/plans/" + planId + "/known-matches", reader.headers()).getBody();
            List<String> ids = new ArrayList<>();
            matches.get("matches").get(0).get("contacts").forEach(contact -> ids.add(contact.get("contactId").asText()));
            assertThat(ids).as("the owner's contacts only, as read by " + reader).containsExactly(annBuyer);
        }
        // The person met became the owner's contact: in the owner's book and the manager's, not the teammate's.
        String metId = get("/api/v1/plans/" + planId + "/people", personas.owner.headers()).getBody()
                .get("peopleMet").get(0).get("contactId").asText();
        assertThat(get("/api/v1/contacts/" + metId, personas.owner.headers()).getBody().get("ownerId").asText())
                .isEqualTo(personas.owner.userId());
        assertThat(listed(personas.manager)).contains(metId);
        assertThat(get("/api/v1/contacts/" + metId, personas.teammate.headers()).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        // Follow-ups stay the caller's own, whatever their role.
        assertThat(followUps(personas.owner)).isEqualTo(1);
        for (Persona other : List.of(personas.teammate, personas.manager, personas.admin, personas.stranger)) {
            assertThat(followUps(other)).as(other.description()).isZero();
        }
    }

    @Test
    void anImportIsMergedIntoTheImportersOwnContactsOnly() {
        String email = "eve-" + UUID.randomUUID() + "@evco.example";
        String annEve = addContact(personas.owner, "Eve", null, email);

        HttpHeaders asCsv = personas.teammate.headers();
        asCsv.setContentType(TEXT_CSV);
        JsonNode report = http.exchange("/api/v1/contacts/import", HttpMethod.POST,
                new HttpEntity<>("name,company,email,function\nEve,Evco," + email + ",Sales\n", asCsv), JsonNode.class)
                .getBody();

        assertThat(report.get("imported").asInt()).isEqualTo(1);
        assertThat(report.get("merged").asInt()).isZero();
        assertThat(get("/api/v1/contacts/" + annEve, personas.owner.headers()).getBody().get("function").isNull())
                .as("the owner's contact is not changed by a teammate's import").isTrue();
        assertThat(listed(personas.teammate)).hasSize(1).doesNotContain(annEve);
    }

    /** The owner's plan: a profile target, and an attendance meeting one new person with a follow-up. */
    private String ownersPlanWithAFollowUp() {
        String org = personas.org;
        String planId = UUID.randomUUID().toString();
        records.send(0, org, new PlanCreated(planId, "Q2", LocalDate.parse("2031-04-01"), LocalDate.parse("2031-06-30"),
                40, personas.owner.userId(), org, Personas.TEAM_A));
        records.send(1, org, new TargetIdentified(planId, "t1", "o1", null,
                new TargetProfile("Purchasing", null, null), 1, "they buy"));
        records.send(2, org, new EventAttended(planId, "platform-1", ARRIVED, ARRIVED.plus(Duration.ofHours(3)), 30,
                30, 3, List.of(new PersonMet(null, "Nora Met " + UUID.randomUUID(), "Nco", null, null, null, null, null)),
                List.of(new FollowUp("fu-" + UUID.randomUUID(), null, "Nora", null,
                        LocalDate.now(ZoneOffset.UTC).plusDays(1), "call"))
                , "lunch"));
        await().atMost(WAIT).until(() -> {
            ResponseEntity<JsonNode> people = get("/api/v1/plans/" + planId + "/people", personas.owner.headers());
            return people.getStatusCode() == HttpStatus.OK && people.getBody().get("appliedSequence").asLong() == 2
                    && followUps(personas.owner) == 1;
        });
        return planId;
    }

    private long followUps(Persona persona) {
        return get("/api/v1/follow-ups?dueBy=" + LocalDate.now(ZoneOffset.UTC).plusDays(2), persona.headers())
                .getBody().get("total").asLong();
    }

    /**
     * Every document of the service's collections, to compare before and after a refused call; taken once every
     * contact is published, so that the publication flag turning true is not mistaken for a change.
     */
    private Map<String, List<Document>> snapshot() {
        await().pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(20)).atMost(WAIT).until(() -> !mongo.exists(
                query(where(Contact.REGISTERED_PUBLISHED).ne(true)), Contact.class)
                && !mongo.exists(query(where(ContactUpdate.PUBLISHED).ne(true)), ContactUpdate.class));
        Map<String, List<Document>> documents = new LinkedHashMap<>();
        for (String collection : COLLECTIONS) {
            documents.put(collection, mongo.findAll(Document.class, collection));
        }
        return documents;
    }

    private List<String> listed(Persona persona) {
        List<String> ids = new ArrayList<>();
        get("/api/v1/contacts?size=100", persona.headers()).getBody().get("items")
                .forEach(item -> ids.add(item.get("contactId").asText()));
        return ids;
    }

    private String addContact(Persona persona, String name, String function) {
        return addContact(persona, name, function, null);
    }

    private String addContact(Persona persona, String name, String function, String email) {
        StringBuilder body = new StringBuilder("{\"name\": \"" + name + "\"");
        if (function != null) {
            body.append(", \"function\": \"").append(function).append("\"");
        }
        if (email != null) {
            body.append(", \"email\": \"").append(email).append("\"");
        }
        ResponseEntity<JsonNode> created = post("/api/v1/contacts", body.append("}").toString(), persona.headers());
        assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
        return created.getBody().get("contactId").asText();
    }

    private ResponseEntity<JsonNode> get(String path, HttpHeaders headers) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);
    }

    private ResponseEntity<JsonNode> post(String path, String body, HttpHeaders headers) {
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
    }

    /** A file export as the matrix reads answers: its status and headers (a problem's body is JSON). */
    private ResponseEntity<JsonNode> file(String path, HttpHeaders headers) {
        ResponseEntity<String> answer = http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
        JsonNode body = null;
        if (answer.getStatusCode().isError() && answer.getBody() != null) {
            try {
                body = new com.fasterxml.jackson.databind.ObjectMapper().readTree(answer.getBody());
            } catch (java.io.IOException notJson) {
                body = null;
            }
        }
        return new ResponseEntity<>(body, answer.getHeaders(), answer.getStatusCode());
    }
}
