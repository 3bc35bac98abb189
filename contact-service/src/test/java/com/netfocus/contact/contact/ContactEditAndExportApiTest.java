package com.netfocus.contact.contact;

import com.fasterxml.jackson.databind.JsonNode;
import com.netfocus.contact.publication.ContactUpdate;
import com.netfocus.contracts.contact.ContactEvent;
import com.netfocus.contracts.contact.ContactUpdated;
import com.netfocus.infrastructure.testing.Callers;
import com.netfocus.infrastructure.testing.EventRecordsReader;
import com.netfocus.infrastructure.testing.TestInfrastructure;
import org.junit.jupiter.api.Test;
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

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Editing a contact (its owner only; the duplicate rules of the intake; ContactUpdated on the contact topic naming the
 * fields changed), searching the contacts by words, and exporting them as CSV and vCard that import again to the same
 * contacts.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ContactEditAndExportApiTest {

    private static final TestInfrastructure infrastructure = new TestInfrastructure("contact", "edit");
    private static final MediaType TEXT_CSV = MediaType.parseMediaType("text/csv");
    private static final MediaType TEXT_VCARD = MediaType.parseMediaType("text/vcard");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        infrastructure.register(registry);
    }

    @Autowired
    TestRestTemplate http;
    @Autowired
    MongoTemplate mongo;

    @Test
    void theOwnerEditsAContactAndTheEditIsPublishedNamingTheFieldsChanged() {
        String org = uniqueOrg();
        String contactId = add(org, "{\"name\": \"Ann Buyer\", \"company\": \"Acme\", \"position\": \"Director\"}");

        ResponseEntity<JsonNode> edited = patch(contactId, Callers.rep(org), """
                {"position": "Chief procurement officer", "email": "ann@acme.example", "company": "Acme",
                 "reason": "promoted"}""");

        assertThat(edited.getStatusCode()).as(String.valueOf(edited.getBody())).isEqualTo(HttpStatus.OK);
        assertThat(texts(edited.getBody().get("changedFields"))).containsExactly("position", "email");
        JsonNode contact = get("/api/v1/contacts/" + contactId, Callers.rep(org)).getBody();
        assertThat(contact.get("position").asText()).isEqualTo("Chief procurement officer");
        assertThat(contact.get("email").asText()).isEqualTo("ann@acme.example");
        assertThat(contact.get("company").asText()).isEqualTo("Acme");
        await().atMost(Duration.ofSeconds(30)).until(() -> mongo.exists(query(where("contactId").is(contactId)
                .and(ContactUpdate.PUBLISHED).is(true)), ContactUpdate.class));
        ContactUpdated published;
        try (EventRecordsReader<JsonNode> records = new EventRecordsReader<>(infrastructure.contactEventsTopic(),
                JsonNode.class)) {
            published = await().atMost(Duration.ofSeconds(30)).until(() -> records.poll().stream()
                    .filter(record -> contactId.equals(record.key()))
                    .map(record -> decode(record.value().toString()))
                    .filter(ContactUpdated.class::isInstance).map(ContactUpdated.class::cast)
                    .findFirst().orElse(null), java.util.Objects::nonNull);
        }
        assertThat(published.changedFields()).containsExactly("position", "email");
        assertThat(published.reason()).isEqualTo("promoted");
        assertThat(published.updatedBy()).isEqualTo("rep-" + org);
        assertThat(published.org()).isEqualTo(org);

        // the same values again change nothing and publish nothing
        ResponseEntity<JsonNode> again = patch(contactId, Callers.rep(org), "{\"email\": \"ann@acme.example\"}");
        assertThat(texts(again.getBody().get("changedFields"))).isEmpty();
        assertThat(mongo.count(query(where("contactId").is(contactId)), ContactUpdate.class)).isOne();
    }

    @Test
    void anEditThatWouldDuplicateAnotherContactIsRefusedAndChangesNothing() {
        String org = uniqueOrg();
        String ann = add(org, "{\"name\": \"Ann Buyer\", \"company\": \"Acme\", \"email\": \"ann@acme.example\"}");
        String bob = add(org, "{\"name\": \"Bob Seller\", \"company\": \"Acme\"}");

        assertProblem(patch(bob, Callers.rep(org), "{\"email\": \"ANN@acme.example\"}"), HttpStatus.UNPROCESSABLE_ENTITY,
                "email");
        assertProblem(patch(bob, Callers.rep(org), "{\"name\": \"ann  buyer\"}"), HttpStatus.UNPROCESSABLE_ENTITY,
                "name");
        assertProblem(patch(bob, Callers.rep(org), "{\"name\": \"  \"}"), HttpStatus.UNPROCESSABLE_ENTITY, "name");
        assertProblem(patch(bob, Callers.rep(org), "{\"reason\": \"nothing else\"}"), HttpStatus.UNPROCESSABLE_ENTITY,
                "body");
        assertThat(get("/api/v1/contacts/" + bob, Callers.rep(org)).getBody().get("name").asText())
                .isEqualTo("Bob Seller");
        assertThat(mongo.count(query(where("contactId").in(ann, bob)), ContactUpdate.class)).isZero();

        // once Bob's name changes, the import finds him under the new name: no twin is created
        assertThat(patch(bob, Callers.rep(org), "{\"name\": \"Robert Seller\"}").getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode report = importFile(org, TEXT_CSV, "name,company\nRobert Seller,Acme\n").getBody();
        assertThat(report.get("imported").asInt()).isZero();
        assertThat(report.get("merged").asInt()).isOne();
    }

    @Test
    void onlyTheOwnerEditsAndAnotherOrgDoesNotFindTheContact() {
        String org = uniqueOrg();
        String contactId = add(org, "{\"name\": \"Ann Buyer\"}");

        assertProblem(patch(contactId, Callers.admin(org), "{\"company\": \"Globex\"}"), HttpStatus.FORBIDDEN, null);
        assertProblem(patch(contactId, Callers.rep(uniqueOrg()), "{\"company\": \"Globex\"}"), HttpStatus.NOT_FOUND,
                null);
        assertThat(get("/api/v1/contacts/" + contactId, Callers.rep(org)).getBody().get("company").isNull()).isTrue();
    }

    @Test
    void aSearchFindsContactsByWordsOfTheirNameCompanyAndRoleOnlyAmongThoseTheCallerMayRead() {
        String org = uniqueOrg();
        add(org, "{\"name\": \"José Díaz\", \"company\": \"Acme Logistics\", \"function\": \"Purchasing\"}");
        add(org, "{\"name\": \"Ann Buyer\", \"company\": \"Globex\", \"industry\": \"Healthcare\"}");
        add(org, "{\"name\": \"Bob Seller\", \"company\": \"Acme Foods\", \"position\": \"Director\"}");
        HttpHeaders stranger = Callers.rep(uniqueOrg());

        assertThat(names(get("/api/v1/contacts?q=acme", Callers.rep(org)).getBody())).containsExactly("Bob Seller",
                "José Díaz");
        assertThat(names(get("/api/v1/contacts?q=jose purch", Callers.rep(org)).getBody())).containsExactly("José Díaz");
        assertThat(names(get("/api/v1/contacts?q=health", Callers.rep(org)).getBody())).containsExactly("Ann Buyer");
        assertThat(names(get("/api/v1/contacts?q=director acme", Callers.rep(org)).getBody()))
                .containsExactly("Bob Seller");
        JsonNode paged = get("/api/v1/contacts?q=acme&size=1&page=1", Callers.rep(org)).getBody();
        assertThat(names(paged)).containsExactly("José Díaz");
        assertThat(paged.get("total").asLong()).isEqualTo(2);
        assertThat(get("/api/v1/contacts?q=acme", stranger).getBody().get("total").asLong()).isZero();
        assertProblem(http.exchange(java.net.URI.create("/api/v1/contacts?q=%07"), HttpMethod.GET,
                new HttpEntity<>(Callers.rep(org)), JsonNode.class), HttpStatus.BAD_REQUEST, "q");
    }

    @Test
    void anExportImportsAgainToTheSameContacts() {
        String org = uniqueOrg();
        add(org, "{\"name\": \"José Díaz\", \"company\": \"Acme, \\\"Logistics\\\"\", \"function\": \"Purchasing\","
                + " \"position\": \"Director\", \"industry\": \"Logistics\", \"email\": \"jose@acme.example\","
                + " \"phone\": \"+34 600 000 000\"}");
        add(org, "{\"name\": \"Ann Buyer\"}");

        ResponseEntity<String> csv = export("/api/v1/contacts?format=csv", Callers.rep(org));
        ResponseEntity<String> vcard = exportAccepting(TEXT_VCARD, Callers.rep(org));

        assertThat(csv.getHeaders().getContentType().isCompatibleWith(TEXT_CSV)).isTrue();
        assertThat(csv.getBody()).startsWith("name,company,function,position,industry,email,phone");
        assertThat(vcard.getHeaders().getContentType().isCompatibleWith(TEXT_VCARD)).isTrue();
        assertThat(vcard.getBody()).contains("BEGIN:VCARD", "X-INDUSTRY:Logistics");
        // the CSV file is also what Accept: text/csv asks for; a format nobody serves is refused before anything
        assertThat(exportAccepting(TEXT_CSV, Callers.rep(org)).getBody()).isEqualTo(csv.getBody());
        HttpHeaders xml = Callers.rep(org);
        xml.setAccept(List.of(MediaType.APPLICATION_XML));
        assertThat(http.exchange("/api/v1/contacts", HttpMethod.GET, new HttpEntity<>(xml), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_ACCEPTABLE);
        List<JsonNode> original = contactsOf(org);
        for (var file : List.of(new Object[]{TEXT_CSV, csv.getBody()}, new Object[]{TEXT_VCARD, vcard.getBody()})) {
            // into the same book: every row is one of the contacts already there
            JsonNode same = importFile(org, (MediaType) file[0], (String) file[1]).getBody();
            assertThat(same.get("imported").asInt()).isZero();
            assertThat(same.get("merged").asInt()).isEqualTo(2);
            assertThat(contactsOf(org)).isEqualTo(original);
            // into an empty book: the same contacts, field by field
            String other = uniqueOrg();
            assertThat(importFile(other, (MediaType) file[0], (String) file[1]).getBody().get("imported").asInt())
                    .isEqualTo(2);
            assertThat(withoutIds(contactsOf(other))).isEqualTo(withoutIds(original));
        }
    }

    private List<JsonNode> contactsOf(String org) {
        List<JsonNode> contacts = new ArrayList<>();
        get("/api/v1/contacts?size=100", Callers.rep(org)).getBody().get("items").forEach(contacts::add);
        return contacts;
    }

    private static List<JsonNode> withoutIds(List<JsonNode> contacts) {
        return contacts.stream().map(contact -> {
            com.fasterxml.jackson.databind.node.ObjectNode copy = contact.deepCopy();
            copy.remove("contactId");
            copy.remove("ownerId");
            return (JsonNode) copy;
        }).toList();
    }

    private static ContactEvent decode(String json) {
        try {
            return ContactEvent.decode(json);
        } catch (java.io.IOException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    private String add(String org, String body) {
        ResponseEntity<JsonNode> created = http.exchange("/api/v1/contacts", HttpMethod.POST,
                new HttpEntity<>(body, Callers.rep(org)), JsonNode.class);
        assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
        return created.getBody().get("contactId").asText();
    }

    private ResponseEntity<JsonNode> patch(String contactId, HttpHeaders headers, String body) {
        return http.exchange("/api/v1/contacts/" + contactId, HttpMethod.PATCH, new HttpEntity<>(body, headers),
                JsonNode.class);
    }

    private ResponseEntity<JsonNode> get(String path, HttpHeaders headers) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);
    }

    private ResponseEntity<String> export(String path, HttpHeaders headers) {
        ResponseEntity<String> answer = http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
        return answer;
    }

    private ResponseEntity<String> exportAccepting(MediaType type, HttpHeaders headers) {
        HttpHeaders accepting = new HttpHeaders();
        accepting.putAll(headers);
        accepting.setAccept(List.of(type));
        return export("/api/v1/contacts", accepting);
    }

    private ResponseEntity<JsonNode> importFile(String org, MediaType type, String content) {
        HttpHeaders headers = Callers.rep(org);
        headers.setContentType(type);
        return http.exchange("/api/v1/contacts/import", HttpMethod.POST,
                new HttpEntity<>(content.getBytes(StandardCharsets.UTF_8), headers), JsonNode.class);
    }

    private static void assertProblem(ResponseEntity<JsonNode> response, HttpStatus status, String field) {
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        if (field != null) {
            assertThat(response.getBody().get("errors").findValuesAsText("field")).contains(field);
        }
    }

    private static List<String> names(JsonNode page) {
        return page.get("items").findValuesAsText("name");
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    private static String uniqueOrg() {
        return "org-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
