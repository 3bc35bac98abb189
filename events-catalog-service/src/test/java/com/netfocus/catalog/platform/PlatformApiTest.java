package com.netfocus.catalog.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.netfocus.catalog.testing.PlatformJson;
import com.netfocus.infrastructure.testing.Callers;
import com.netfocus.infrastructure.testing.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
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
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/** The platform API over HTTP on the real wire server: create, list, get, org scoping, roles, bad input. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlatformApiTest {

    private static final TestInfrastructure infrastructure = new TestInfrastructure("catalog", "api");
    private static final Instant BASE = Instant.parse("2031-03-10T17:00:00Z");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        infrastructure.register(registry);
        registry.add("management.endpoint.health.show-details", () -> "always");
    }

    @Autowired
    TestRestTemplate http;
    @Autowired
    MongoTemplate mongo;

    @Test
    void anAdminAddsAPlatformThatTheOrgCanListAndRead() {
        String org = uniqueOrg();
        ResponseEntity<JsonNode> created = post(Callers.admin(org),
                PlatformJson.valid("Logistics breakfast", "CHAMBER_MEETING", BASE).toString());

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String platformId = created.getBody().get("platformId").asText();
        assertThat(created.getHeaders().getLocation()).hasToString("/api/v1/platforms/" + platformId);

        JsonNode platform = get("/api/v1/platforms/" + platformId, Callers.rep(org)).getBody();
        assertThat(platform.get("platformId").asText()).isEqualTo(platformId);
        assertThat(platform.get("name").asText()).isEqualTo("Logistics breakfast");
        assertThat(platform.get("kind").asText()).isEqualTo("CHAMBER_MEETING");
        assertThat(Instant.parse(platform.get("programStartsAt").asText())).isEqualTo(BASE);
        assertThat(platform.get("cost").decimalValue()).isEqualByComparingTo("45.50");
        assertThat(platform.get("networkingSupported").asBoolean()).isTrue();
        assertThat(platform.get("expectedAttendance").asInt()).isEqualTo(120);
        assertThat(platform.get("audience")).hasSize(2);
        assertThat(platform.get("audience").get(0).get("function").asText()).isEqualTo("Purchasing");
        assertThat(platform.get("audience").get(0).get("share").asDouble()).isEqualTo(0.4);
        assertThat(platform.get("activity").get("timesChosen").asLong()).isZero();
        assertThat(platform.get("activity").get("attendances").asLong()).isZero();
        assertThat(platform.get("activity").get("peopleMet").asLong()).isZero();

        JsonNode listing = get("/api/v1/platforms", Callers.rep(org)).getBody();
        assertThat(listing.get("total").asLong()).isEqualTo(1);
        assertThat(listing.get("items").get(0).get("platformId").asText()).isEqualTo(platformId);
    }

    @Test
    void healthIsUpForTheLauncher() {
        ResponseEntity<JsonNode> health = http.getForEntity("/actuator/health", JsonNode.class);
        assertThat(health.getStatusCode()).as(String.valueOf(health.getBody())).isEqualTo(HttpStatus.OK);
        assertThat(health.getBody().get("status").asText()).isEqualTo("UP");
    }

    @Test
    void anotherOrgNeitherSeesNorReadsThePlatform() {
        String org = uniqueOrg();
        String platformId = add(org, "Private seminar", "SEMINAR", BASE);

        ResponseEntity<JsonNode> read = get("/api/v1/platforms/" + platformId, Callers.rep(uniqueOrg()));
        assertThat(read.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(read.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(get("/api/v1/platforms", Callers.rep(uniqueOrg())).getBody().get("total").asLong()).isZero();
    }

    @Test
    void onlyAnAdminAddsPlatforms() {
        String org = uniqueOrg();
        ResponseEntity<JsonNode> refused = post(Callers.rep(org),
                PlatformJson.valid("Not allowed", "MEETUP", BASE).toString());

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused.getBody().get("detail").asText()).contains("ADMIN");
        assertThat(storedFor(org)).isZero();
    }

    @Test
    void aCallerWithoutIdentityIsUnauthenticated() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<JsonNode> refused = http.exchange("/api/v1/platforms", HttpMethod.GET,
                new HttpEntity<>(headers), JsonNode.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void listsFilterByKindAndProgrammeStartAndPage() {
        String org = uniqueOrg();
        String early = add(org, "Early conference", "CONFERENCE", BASE);
        String middle = add(org, "Middle meetup", "MEETUP", BASE.plus(10, ChronoUnit.DAYS));
        String late = add(org, "Late conference", "CONFERENCE", BASE.plus(20, ChronoUnit.DAYS));

        JsonNode conferences = get("/api/v1/platforms?kind=CONFERENCE", Callers.rep(org)).getBody();
        assertThat(ids(conferences)).containsExactly(early, late);

        JsonNode window = get("/api/v1/platforms?from=" + BASE.plus(1, ChronoUnit.DAYS) + "&to="
                + BASE.plus(20, ChronoUnit.DAYS), Callers.rep(org)).getBody();
        assertThat(ids(window)).containsExactly(middle);

        JsonNode secondPage = get("/api/v1/platforms?page=1&size=2", Callers.rep(org)).getBody();
        assertThat(ids(secondPage)).containsExactly(late);
        assertThat(secondPage.get("page").asInt()).isEqualTo(1);
        assertThat(secondPage.get("size").asInt()).isEqualTo(2);
        assertThat(secondPage.get("total").asLong()).isEqualTo(3);
    }

    @Test
    void listsFilterByWordsOfNameOrganiserAndLocationAndByAnAudienceSegment() {
        String org = uniqueOrg();
        String breakfast = add(org, "Logistics breakfast", "CHAMBER_MEETING", BASE);
        com.fasterxml.jackson.databind.node.ObjectNode summit = PlatformJson.valid("Retail summit", "CONFERENCE",
                BASE.plus(1, ChronoUnit.DAYS));
        summit.put("organizer", "Retail Guild").put("location", "Expo hall, Rotterdam");
        summit.putArray("audience").addObject().put("function", "Finance").put("position", "CFO")
                .put("industry", "Retail").put("share", 0.5);
        String summitId = post(Callers.admin(org), summit.toString()).getBody().get("platformId").asText();

        assertThat(ids(get("/api/v1/platforms?q=logist", Callers.rep(org)).getBody())).containsExactly(breakfast);
        assertThat(ids(get("/api/v1/platforms?q=retail rotter", Callers.rep(org)).getBody())).containsExactly(summitId);
        assertThat(ids(get("/api/v1/platforms?q=chamber utrecht", Callers.rep(org)).getBody()))
                .containsExactly(breakfast);
        assertThat(ids(get("/api/v1/platforms?q=ogistics", Callers.rep(org)).getBody())).isEmpty();
        assertThat(ids(get("/api/v1/platforms?function=purchasing&industry=LOGISTICS", Callers.rep(org)).getBody()))
                .containsExactly(breakfast);
        assertThat(ids(get("/api/v1/platforms?position=cfo", Callers.rep(org)).getBody())).containsExactly(summitId);
        // one segment must name all of them: the breakfast's Operations managers are of no industry
        assertThat(ids(get("/api/v1/platforms?function=Operations&industry=Logistics", Callers.rep(org)).getBody()))
                .isEmpty();
        assertThat(ids(get("/api/v1/platforms?q=summit&kind=MEETUP", Callers.rep(org)).getBody())).isEmpty();
        assertThat(get("/api/v1/platforms?q=logistics", Callers.rep(uniqueOrg())).getBody().get("total").asLong())
                .isZero();
    }

    @Test
    void pagingAndFiltersOutOfBoundsAreRefusedNamingTheParameter() {
        String org = uniqueOrg();
        assertProblem(get("/api/v1/platforms?size=1000", Callers.rep(org)), "size");
        assertProblem(get("/api/v1/platforms?page=-1", Callers.rep(org)), "page");
        assertProblem(get("/api/v1/platforms?kind=PICNIC", Callers.rep(org)), "kind");
        assertProblem(get("/api/v1/platforms?from=yesterday", Callers.rep(org)), "from");
        assertProblem(get("/api/v1/platforms?from=" + BASE + "&to=" + BASE, Callers.rep(org)), "to");
        assertProblem(get("/api/v1/platforms?q=" + "x".repeat(201), Callers.rep(org)), "q");
        assertProblem(http.exchange(java.net.URI.create("/api/v1/platforms?industry=%07"), HttpMethod.GET,
                new HttpEntity<>(Callers.rep(org)), JsonNode.class), "industry");
    }

    static Stream<Arguments> badBodies() {
        return Stream.of(
                Arguments.of("malformed JSON", (Consumer<ObjectNode>) null, "{\"name\": \"x\",", "body"),
                Arguments.of("missing name", edit(b -> b.remove("name")), null, "name"),
                Arguments.of("blank name", edit(b -> b.put("name", "  ")), null, "name"),
                Arguments.of("missing kind", edit(b -> b.remove("kind")), null, "kind"),
                Arguments.of("kind out of vocabulary", edit(b -> b.put("kind", "PICNIC")), null, "kind"),
                Arguments.of("unknown field", edit(b -> b.put("shrimp", true)), null, "shrimp"),
                Arguments.of("wrong type of cost", edit(b -> b.put("cost", "cheap")), null, "cost"),
                Arguments.of("negative cost", edit(b -> b.put("cost", -1)), null, "cost"),
                Arguments.of("wrong type of attendance", edit(b -> b.putArray("expectedAttendance")), null,
                        "expectedAttendance"),
                Arguments.of("zero attendance", edit(b -> b.put("expectedAttendance", 0)), null, "expectedAttendance"),
                Arguments.of("absurd attendance", edit(b -> b.put("expectedAttendance", 5_000_000)), null,
                        "expectedAttendance"),
                Arguments.of("missing networkingSupported", edit(b -> b.remove("networkingSupported")), null,
                        "networkingSupported"),
                Arguments.of("not a date", edit(b -> b.put("startsAt", "next tuesday")), null, "startsAt"),
                Arguments.of("doors close before they open", edit(b -> b.put("endsAt", BASE.minus(Duration.ofHours(2)).toString())),
                        null, "endsAt"),
                Arguments.of("programme ends before it starts",
                        edit(b -> b.put("programEndsAt", BASE.minus(Duration.ofMinutes(1)).toString())), null, "programEndsAt"),
                Arguments.of("programme starts before doors open",
                        edit(b -> b.put("programStartsAt", BASE.minus(Duration.ofHours(2)).toString())), null, "programStartsAt"),
                Arguments.of("programme ends after doors close",
                        edit(b -> b.put("programEndsAt", BASE.plus(Duration.ofHours(5)).toString())), null, "programEndsAt"),
                Arguments.of("absurd duration", edit(b -> b.put("endsAt", BASE.plus(Duration.ofDays(30)).toString())), null,
                        "endsAt"),
                Arguments.of("share above 1", edit(b -> ((ObjectNode) b.get("audience").get(0)).put("share", 1.5)), null,
                        "audience[0].share"),
                Arguments.of("share of 0", edit(b -> ((ObjectNode) b.get("audience").get(1)).put("share", 0)), null,
                        "audience[1].share"),
                Arguments.of("shares above 1 in all", edit(b -> ((ObjectNode) b.get("audience").get(0)).put("share", 0.9)),
                        null, "audience"),
                Arguments.of("segment naming nobody", edit(b -> b.withArray("audience").addObject().put("share", 0.1)), null,
                        "audience[2]"),
                Arguments.of("missing audience", edit(b -> b.remove("audience")), null, "audience"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badBodies")
    void badInputIsRefusedNamingTheFieldAndNothingIsStored(String caseName, Consumer<ObjectNode> edit, String raw,
                                                           String field) {
        String org = uniqueOrg();
        String body = raw;
        if (body == null) {
            ObjectNode json = PlatformJson.valid("Bad " + caseName, "SEMINAR", BASE);
            edit.accept(json);
            body = json.toString();
        }

        ResponseEntity<JsonNode> refused = post(Callers.admin(org), body);

        assertProblem(refused, field);
        assertThat(storedFor(org)).isZero();
    }

    private static Consumer<ObjectNode> edit(Consumer<ObjectNode> edit) {
        return edit;
    }

    private void assertProblem(ResponseEntity<JsonNode> response, String field) {
        assertThat(response.getStatusCode().is4xxClientError()).as("status %s", response.getStatusCode()).isTrue();
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().get("errors")).as(response.getBody().toString())
                .anySatisfy(error -> assertThat(error.get("field").asText()).isEqualTo(field));
    }

    private String add(String org, String name, String kind, Instant programStart) {
        ResponseEntity<JsonNode> created = post(Callers.admin(org), PlatformJson.valid(name, kind, programStart).toString());
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return created.getBody().get("platformId").asText();
    }

    private ResponseEntity<JsonNode> post(HttpHeaders headers, String body) {
        return http.exchange("/api/v1/platforms", HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
    }

    private ResponseEntity<JsonNode> get(String path, HttpHeaders headers) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);
    }

    private long storedFor(String org) {
        return mongo.count(query(where(Platform.ORG).is(org)), Platform.class);
    }

    private static Stream<String> idStream(JsonNode page) {
        return Stream.iterate(0, i -> i < page.get("items").size(), i -> i + 1)
                .map(i -> page.get("items").get(i).get("platformId").asText());
    }

    private static java.util.List<String> ids(JsonNode page) {
        return idStream(page).toList();
    }

    private static String uniqueOrg() {
        return "org-" + UUID.randomUUID();
    }

}
