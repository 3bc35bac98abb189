package com.netfocus.catalog.isolation;

import com.fasterxml.jackson.databind.JsonNode;
import com.netfocus.catalog.activity.PlatformActivity;
import com.netfocus.catalog.planneeds.PlanNeeds;
import com.netfocus.catalog.platform.Platform;
import com.netfocus.catalog.testing.PlatformJson;
import com.netfocus.infrastructure.testing.Personas;
import com.netfocus.infrastructure.testing.Personas.Persona;
import com.netfocus.infrastructure.testing.RoleMatrix;
import com.netfocus.infrastructure.testing.RoleMatrix.Endpoint;
import com.netfocus.contracts.plan.ObjectiveDefined;
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
 * Every endpoint of the catalog service, called by each persona of {@link Personas} and without an identity:
 * the plan's advice is read by its owner, the team's manager and the org's admin only (another user of the org
 * 403, another org 404); a team's coverage and portfolio by the team's manager and the org's admin only (a REP or
 * another team's manager 403, another org 404); the catalog is read by every role of the org and changed by its admin only; every refused
 * write leaves every collection of the store exactly as it was.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CatalogRoleMatrixTest {

    @RegisterExtension
    static final TestInfrastructure infrastructure = new TestInfrastructure("catalog", "roles");
    private static final PlanEventRecords records = infrastructure.planEventRecords();
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final MediaType TEXT_CSV = MediaType.parseMediaType("text/csv");
    private static final String CSV = "name,kind,organizer,topic,startsAt,endsAt,programStartsAt,programEndsAt,"
            + "location,cost,networkingSupported,expectedAttendance,audience\n"
            + "Chamber lunch,CHAMBER_MEETING,Chamber,Exports,2031-05-01T11:30:00Z,2031-05-01T15:00:00Z,"
            + "2031-05-01T12:00:00Z,2031-05-01T14:00:00Z,Town hall,25.50,yes,120,Purchasing|Director|Logistics=0.25\n";
    private static final List<String> COLLECTIONS = List.of(Platform.COLLECTION, PlanNeeds.COLLECTION,
            PlatformActivity.COLLECTION);

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        infrastructure.register(registry);
    }

    @Autowired
    TestRestTemplate http;
    @Autowired
    MongoTemplate mongo;

    private final Personas personas = new Personas();

    /** One endpoint: how to call it as a caller, by the caller's headers. */
    @Test
    void everyEndpointAnswersEachRoleAsTheRulesSay() {
        String platformId = addPlatform(personas.admin.headers());
        String planId = UUID.randomUUID().toString();
        createPlan(planId);

        List<Endpoint> endpoints = List.of(
                new Endpoint("GET /api/v1/platforms", headers -> get("/api/v1/platforms", headers)),
                new Endpoint("GET /api/v1/platforms/{id}", headers -> get("/api/v1/platforms/" + platformId, headers)),
                new Endpoint("POST /api/v1/platforms", headers -> post("/api/v1/platforms",
                        PlatformJson.valid("Added", "SEMINAR", Instant.parse("2031-02-01T09:00:00Z")).toString(), headers)),
                new Endpoint("POST /api/v1/platforms/import (text/csv)", headers -> {
                    HttpHeaders csv = new HttpHeaders();
                    csv.putAll(headers);
                    csv.setContentType(TEXT_CSV);
                    return http.exchange("/api/v1/platforms/import", HttpMethod.POST, new HttpEntity<>(CSV, csv), JsonNode.class);
                }),
                new Endpoint("POST /api/v1/platforms/import (multipart)", headers -> http.exchange(
                        "/api/v1/platforms/import", HttpMethod.POST,
                        Uploads.multipart(headers, "platforms.csv", TEXT_CSV, CSV), JsonNode.class)),
                new Endpoint("GET /api/v1/plans/{planId}/recommendations",
                        headers -> get("/api/v1/plans/" + planId + "/recommendations", headers)),
                new Endpoint("GET /api/v1/plans/{planId}/portfolio",
                        headers -> get("/api/v1/plans/" + planId + "/portfolio", headers)),
                new Endpoint("GET /api/v1/plans/{planId}/returns",
                        headers -> get("/api/v1/plans/" + planId + "/returns", headers)),
                new Endpoint("GET /api/v1/teams/{team}/coverage",
                        headers -> get("/api/v1/teams/" + Personas.TEAM_A + "/coverage", headers)),
                new Endpoint("GET /api/v1/teams/{team}/portfolio",
                        headers -> get("/api/v1/teams/" + Personas.TEAM_A + "/portfolio", headers)));

        // expected status per endpoint, for: owner, teammate, manager, other manager, admin, other org, anonymous
        Map<String, List<Integer>> expected = new LinkedHashMap<>();
        expected.put("GET /api/v1/platforms", List.of(200, 200, 200, 200, 200, 200, 401));
        expected.put("GET /api/v1/platforms/{id}", List.of(200, 200, 200, 200, 200, 404, 401));
        expected.put("POST /api/v1/platforms", List.of(403, 403, 403, 403, 201, 201, 401));
        expected.put("POST /api/v1/platforms/import (text/csv)", List.of(403, 403, 403, 403, 200, 200, 401));
        expected.put("POST /api/v1/platforms/import (multipart)", List.of(403, 403, 403, 403, 200, 200, 401));
        expected.put("GET /api/v1/plans/{planId}/recommendations", List.of(200, 403, 200, 403, 200, 404, 401));
        expected.put("GET /api/v1/plans/{planId}/portfolio", List.of(200, 403, 200, 403, 200, 404, 401));
        expected.put("GET /api/v1/plans/{planId}/returns", List.of(200, 403, 200, 403, 200, 404, 401));
        // a team's coverage and portfolio: its manager and the org's admin; another org has no such team
        expected.put("GET /api/v1/teams/{team}/coverage", List.of(403, 403, 200, 403, 200, 404, 401));
        expected.put("GET /api/v1/teams/{team}/portfolio", List.of(403, 403, 200, 403, 200, 404, 401));
        RoleMatrix.check(personas, endpoints, expected, this::snapshot);
    }

    @Test
    void listingsShowOnlyTheCallersOrg() {
        String platformId = addPlatform(personas.admin.headers());
        String otherOrgsPlatform = addPlatform(personas.stranger.headers());

        for (Persona persona : List.of(personas.owner, personas.manager, personas.admin)) {
            assertThat(ids(get("/api/v1/platforms", persona.headers()).getBody())).as(persona.description())
                    .containsExactly(platformId);
        }
        assertThat(ids(get("/api/v1/platforms", personas.stranger.headers()).getBody())).containsExactly(otherOrgsPlatform);
    }

    @Test
    void anUnknownPlanIsNotFoundForEveryRole() {
        String unknown = UUID.randomUUID().toString();
        for (Persona persona : List.of(personas.owner, personas.manager, personas.admin)) {
            assertThat(get("/api/v1/plans/" + unknown + "/recommendations", persona.headers()).getStatusCode())
                    .isEqualTo(HttpStatus.NOT_FOUND);
        }
    }

    private void createPlan(String planId) {
        String org = personas.org;
        records.send(0, org, new PlanCreated(planId, "Q1", LocalDate.parse("2031-01-01"), LocalDate.parse("2031-06-30"),
                10, personas.owner.userId(), org, Personas.TEAM_A));
        records.send(1, org, new ObjectiveDefined(planId, "o1", "Meet logistics buyers", "two deals", "buyers met", 3,
                LocalDate.parse("2031-06-30"), null));
        records.send(2, org, new TargetIdentified(planId, "t1", "o1", null,
                new TargetProfile("Purchasing", "Director", "Logistics"), 1, "they buy"));
        await().atMost(WAIT).until(() -> {
            ResponseEntity<JsonNode> response = get("/api/v1/plans/" + planId + "/recommendations",
                    personas.owner.headers());
            return response.getStatusCode() == HttpStatus.OK && response.getBody().get("version").asLong() == 2;
        });
    }

    /**
     * Every document of the service's collections, to compare before and after a refused call; taken once the
     * platforms added so far are published, so that the publication flag turning true is not mistaken for a change.
     */
    private Map<String, List<Document>> snapshot() {
        await().pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(20)).atMost(WAIT).until(() -> !mongo.exists(
                query(where(Platform.LISTED_PUBLISHED).ne(true)), Platform.class));
        Map<String, List<Document>> documents = new LinkedHashMap<>();
        for (String collection : COLLECTIONS) {
            documents.put(collection, mongo.findAll(Document.class, collection));
        }
        return documents;
    }

    private String addPlatform(HttpHeaders headers) {
        ResponseEntity<JsonNode> created = post("/api/v1/platforms",
                PlatformJson.valid("Logistics dinner", "CONFERENCE", Instant.parse("2031-03-01T17:00:00Z")).toString(),
                headers);
        assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
        return created.getBody().get("platformId").asText();
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("platformId").asText()));
        return ids;
    }

    private ResponseEntity<JsonNode> get(String path, HttpHeaders headers) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);
    }

    private ResponseEntity<JsonNode> post(String path, String body, HttpHeaders headers) {
        return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
    }
}
