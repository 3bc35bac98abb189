package com.netfocus.contact.contact;

import com.netfocus.infrastructure.testing.ManagementEndpoints;
import com.fasterxml.jackson.databind.JsonNode;
import com.netfocus.infrastructure.testing.Callers;
import com.netfocus.infrastructure.testing.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/** The contacts API over HTTP on the real wire server: create, list, get, org scoping, bad input. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ContactApiTest {

    private static final TestInfrastructure infrastructure = new TestInfrastructure("contact", "api");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        infrastructure.register(registry);
    }

    @Autowired
    TestRestTemplate http;
    @Autowired
    MongoTemplate mongo;

    @Test
    void aRepAddsAContactThatTheOrgCanListAndRead() {
        String org = uniqueOrg();
        ResponseEntity<JsonNode> created = post(Callers.rep(org), """
                {"name": "Ann Buyer", "company": "Acme Logistics", "function": "Purchasing", "position": "Director",
                 "industry": "Logistics", "email": "ann@acme.example", "phone": "+31 6 1234 5678"}""");

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String contactId = created.getBody().get("contactId").asText();
        assertThat(created.getHeaders().getLocation()).hasToString("/api/v1/contacts/" + contactId);

        JsonNode contact = get("/api/v1/contacts/" + contactId, Callers.rep(org)).getBody();
        assertThat(contact.get("contactId").asText()).isEqualTo(contactId);
        assertThat(contact.get("name").asText()).isEqualTo("Ann Buyer");
        assertThat(contact.get("company").asText()).isEqualTo("Acme Logistics");
        assertThat(contact.get("function").asText()).isEqualTo("Purchasing");
        assertThat(contact.get("position").asText()).isEqualTo("Director");
        assertThat(contact.get("industry").asText()).isEqualTo("Logistics");
        assertThat(contact.get("email").asText()).isEqualTo("ann@acme.example");
        assertThat(contact.get("phone").asText()).isEqualTo("+31 6 1234 5678");

        JsonNode listing = get("/api/v1/contacts", Callers.rep(org)).getBody();
        assertThat(listing.get("total").asLong()).isEqualTo(1);
        assertThat(listing.get("items").get(0).get("contactId").asText()).isEqualTo(contactId);
    }

    @Test
    void healthIsUpForTheLauncher() {
        ResponseEntity<JsonNode> health = http.getForEntity("/actuator/health", JsonNode.class);
        assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(health.getBody().get("status").asText()).isEqualTo("UP");
    }

    @Test
    void onlyHealthIsOpenToAnyoneAndMetricsNeedTheManagementToken() {
        ManagementEndpoints.assertOnlyHealthIsOpen(http.getRootUri());
    }

    @Test
    void onlyANameIsRequired() {
        String org = uniqueOrg();
        ResponseEntity<JsonNode> created = post(Callers.rep(org), "{\"name\": \"Bob\"}");
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode contact = get("/api/v1/contacts/" + created.getBody().get("contactId").asText(), Callers.rep(org)).getBody();
        assertThat(contact.get("email").isNull()).isTrue();
    }

    @Test
    void anotherOrgNeitherSeesNorReadsTheContact() {
        String org = uniqueOrg();
        String contactId = post(Callers.rep(org), "{\"name\": \"Carol\"}").getBody().get("contactId").asText();

        ResponseEntity<JsonNode> read = get("/api/v1/contacts/" + contactId, Callers.rep(uniqueOrg()));
        assertThat(read.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(read.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(get("/api/v1/contacts", Callers.rep(uniqueOrg())).getBody().get("total").asLong()).isZero();
    }

    @Test
    void listsArePagedByName() {
        String org = uniqueOrg();
        IntStream.of(3, 1, 5, 2, 4).forEach(i -> post(Callers.rep(org), "{\"name\": \"Person " + i + "\"}"));

        JsonNode secondPage = get("/api/v1/contacts?page=1&size=2", Callers.rep(org)).getBody();

        assertThat(names(secondPage)).containsExactly("Person 3", "Person 4");
        assertThat(secondPage.get("total").asLong()).isEqualTo(5);
        assertThat(secondPage.get("page").asInt()).isEqualTo(1);
        assertThat(secondPage.get("size").asInt()).isEqualTo(2);
    }

    @Test
    void pagingOutOfBoundsIsRefusedNamingTheParameter() {
        assertProblem(get("/api/v1/contacts?size=0", Callers.rep(uniqueOrg())), "size");
        assertProblem(get("/api/v1/contacts?size=101", Callers.rep(uniqueOrg())), "size");
        assertProblem(get("/api/v1/contacts?page=x", Callers.rep(uniqueOrg())), "page");
        // page x size beyond an int once wrapped around to the first page
        assertProblem(get("/api/v1/contacts?page=2147483647&size=100", Callers.rep(uniqueOrg())), "page");
        assertProblem(get("/api/v1/contacts?page=101&size=100", Callers.rep(uniqueOrg())), "page");
    }

    @Test
    void aPagePastTheLastContactIsEmpty() {
        String org = uniqueOrg();
        post(Callers.rep(org), "{\"name\": \"Only One\"}");

        JsonNode beyond = get("/api/v1/contacts?page=100&size=100", Callers.rep(org)).getBody();

        assertThat(beyond.get("items")).isEmpty();
        assertThat(beyond.get("total").asLong()).isEqualTo(1);
    }

    @Test
    void aCallerWithoutIdentityIsUnauthenticated() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<JsonNode> refused = http.exchange("/api/v1/contacts", HttpMethod.POST,
                new HttpEntity<>("{\"name\": \"Dan\"}", headers), JsonNode.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            malformed JSON             | {"name": "x",                              | body
            missing name               | {"company": "Acme"}                        | name
            blank name                 | {"name": "   "}                            | name
            name of the wrong type     | {"name": ["Ann"]}                          | name
            unknown field              | {"name": "Ann", "shrimp": true}            | shrimp
            invalid email              | {"name": "Ann", "email": "not-an-address"} | email
            phone with letters         | {"name": "Ann", "phone": "call me maybe"}  | phone
            """)
    void badInputIsRefusedNamingTheFieldAndNothingIsStored(String caseName, String body, String field) {
        String org = uniqueOrg();

        assertProblem(post(Callers.rep(org), body), field);
        assertThat(mongo.count(query(where(Contact.ORG).is(org)), Contact.class)).isZero();
    }

    private void assertProblem(ResponseEntity<JsonNode> response, String field) {
        assertThat(response.getStatusCode().is4xxClientError()).as("status %s", response.getStatusCode()).isTrue();
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().get("errors")).as(response.getBody().toString())
                .anySatisfy(error -> assertThat(error.get("field").asText()).isEqualTo(field));
    }

    private ResponseEntity<JsonNode> post(HttpHeaders headers, String body) {
        return http.exchange("/api/v1/contacts", HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
    }

    private ResponseEntity<JsonNode> get(String path, HttpHeaders headers) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);
    }

    private static List<String> names(JsonNode page) {
        return IntStream.range(0, page.get("items").size()).mapToObj(i -> page.get("items").get(i).get("name").asText())
                .toList();
    }

    private static String uniqueOrg() {
        return "org-" + UUID.randomUUID();
    }
}
