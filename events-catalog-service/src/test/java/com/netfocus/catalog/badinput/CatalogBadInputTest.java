package com.netfocus.catalog.badinput;

import com.fasterxml.jackson.databind.JsonNode;
import com.netfocus.catalog.platform.Platform;
import com.netfocus.catalog.testing.PlatformJson;
import com.netfocus.contracts.plan.ObjectiveDefined;
import com.netfocus.contracts.plan.PlanCreated;
import com.netfocus.contracts.plan.TargetIdentified;
import com.netfocus.contracts.plan.TargetProfile;
import com.netfocus.infrastructure.testing.PlanEventRecords;
import com.netfocus.infrastructure.testing.Personas;
import com.netfocus.infrastructure.testing.TestInfrastructure;
import com.netfocus.infrastructure.testing.badinput.BadInputTable;
import com.netfocus.infrastructure.testing.badinput.BadInputTests;
import com.netfocus.infrastructure.testing.badinput.FieldKind;
import com.netfocus.infrastructure.testing.badinput.Row;
import com.netfocus.infrastructure.testing.badinput.Sample;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Bad input on every endpoint of events-catalog-service ({@link BadInputTable}): each case a 4xx problem+json naming
 * the field, parameter or path variable, and the platforms, plan needs and activity projections exactly as before;
 * emoji in free text (names, organizers, topics, locations, audience descriptions) stored intact.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CatalogBadInputTest implements BadInputTests {

    @RegisterExtension
    static final TestInfrastructure infrastructure = new TestInfrastructure("catalog", "badinput");
    private static final PlanEventRecords records = infrastructure.planEventRecords();
    private static final Duration WAIT = Duration.ofSeconds(30);
    static final String CSV = "name,kind,organizer,topic,startsAt,endsAt,programStartsAt,programEndsAt,"
            + "location,cost,networkingSupported,expectedAttendance,audience\n"
            + "Chamber lunch,CHAMBER_MEETING,Chamber,Exports,2031-05-01T11:30:00Z,2031-05-01T15:00:00Z,"
            + "2031-05-01T12:00:00Z,2031-05-01T14:00:00Z,Town hall,25.50,yes,120,Purchasing|Director|Logistics=0.25\n";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        infrastructure.register(registry);
    }

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate http;
    @Autowired
    MongoTemplate mongo;

    private final Personas personas = new Personas();

    @Override
    public BadInputTable table() {
        return BadInputTable.onLocalPort(port, personas.admin, mongo.getDb())
                .settledWhen(() -> !mongo.exists(query(where(Platform.LISTED_PUBLISHED).ne(true)), Platform.class));
    }

    @Override
    public List<Row> rows() {
        String platformId = addPlatform();
        String planId = plan();
        List<Row> rows = List.of(
                Row.post("/api/v1/platforms", () -> Sample.body(platform().toString()))
                        .readBack("/api/v1/platforms/{platformId}")
                        .kind("topic", FieldKind.MULTILINE)
                        .optional("organizer", "topic", "audience[0].function", "audience[0].position",
                                "audience[0].industry")
                        .refuses("more audience segments than a platform may describe", () -> {
                            com.fasterxml.jackson.databind.node.ObjectNode crowded =
                                    (com.fasterxml.jackson.databind.node.ObjectNode) platform();
                            com.fasterxml.jackson.databind.node.ArrayNode audience = crowded.putArray("audience");
                            for (int i = 0; i < 21; i++) {
                                audience.addObject().put("function", "Purchasing " + i).put("share", 0.04);
                            }
                            return Sample.body(crowded.toString());
                        }, 422, "audience"),
                Row.get("/api/v1/platforms", Sample::none).param("kind", FieldKind.ENUM)
                        .param("from", FieldKind.INSTANT).param("to", FieldKind.INSTANT)
                        .param("q", FieldKind.TEXT).param("function", FieldKind.TEXT)
                        .param("position", FieldKind.TEXT).param("industry", FieldKind.TEXT)
                        .param("page", FieldKind.PAGE).param("size", FieldKind.INTEGER),
                Row.get("/api/v1/platforms/{platformId}", () -> Sample.path(Map.of("platformId", platformId))),
                Row.post("/api/v1/platforms/import", () -> Sample.body(CSV)).upload("text/csv")
                        .refuses("more rows than one import may hold", () -> Sample.body(CSV
                                + CSV.substring(CSV.indexOf('\n') + 1).repeat(2000)), 413, "file"),
                Row.get("/api/v1/plans/{planId}/recommendations", () -> Sample.path(Map.of("planId", planId)))
                        .param("minVersion", FieldKind.INTEGER).param("arriveEarlyMinutes", FieldKind.INTEGER)
                        .param("stayLateMinutes", FieldKind.INTEGER).param("limit", FieldKind.INTEGER),
                Row.get("/api/v1/plans/{planId}/portfolio", () -> Sample.path(Map.of("planId", planId)))
                        .param("minVersion", FieldKind.INTEGER).param("arriveEarlyMinutes", FieldKind.INTEGER)
                        .param("stayLateMinutes", FieldKind.INTEGER),
                Row.get("/api/v1/plans/{planId}/returns", () -> Sample.path(Map.of("planId", planId))),
                Row.get("/api/v1/teams/{team}/coverage", () -> Sample.path(Map.of("team", Personas.TEAM_A)))
                        .codePath("team")
                        .param("from", FieldKind.DATE).param("to", FieldKind.DATE),
                Row.get("/api/v1/teams/{team}/portfolio", () -> Sample.path(Map.of("team", Personas.TEAM_A)))
                        .codePath("team")
                        .param("arriveEarlyMinutes", FieldKind.INTEGER).param("stayLateMinutes", FieldKind.INTEGER));
        List<Row> all = new java.util.ArrayList<>(rows);
        List.of("summary", "team-members", "platform-roi", "arrival-timing").forEach(table -> all.add(analytics(table)));
        all.add(Row.get("/api/v1/dead-letters/catalog", Sample::none).param("page", FieldKind.PAGE)
                .param("size", FieldKind.INTEGER));
        all.add(Row.post("/api/v1/dead-letters/catalog/{deadLetterId}/replay",
                () -> Sample.path(Map.of("deadLetterId", java.util.UUID.randomUUID().toString()))));
        return all;
    }

    private static JsonNode platform() {
        return PlatformJson.valid("Logistics dinner", "CONFERENCE", Instant.parse("2031-03-01T17:00:00Z"));
    }

    private String addPlatform() {
        ResponseEntity<JsonNode> created = http.exchange("/api/v1/platforms", HttpMethod.POST,
                new HttpEntity<>(platform().toString(), personas.admin.headers()), JsonNode.class);
        assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
        return created.getBody().get("platformId").asText();
    }

    /** A plan with a profile target, known to the catalog's projection. */
    private String plan() {
        String planId = UUID.randomUUID().toString();
        String org = personas.org;
        records.send(0, org, new PlanCreated(planId, "Q1", LocalDate.parse("2031-01-01"), LocalDate.parse("2031-06-30"),
                10, personas.owner.userId(), org, Personas.TEAM_A));
        records.send(1, org, new ObjectiveDefined(planId, "o1", "Meet logistics buyers", "two deals", "buyers met", 3,
                LocalDate.parse("2031-06-30"), null));
        records.send(2, org, new TargetIdentified(planId, "t1", "o1", null,
                new TargetProfile("Purchasing", "Director", "Logistics"), 1, "they buy"));
        await().atMost(WAIT).until(() -> {
            ResponseEntity<JsonNode> response = http.exchange("/api/v1/plans/" + planId + "/recommendations",
                    HttpMethod.GET, new HttpEntity<>(personas.admin.headers()), JsonNode.class);
            return response.getStatusCode() == HttpStatus.OK && response.getBody().get("version").asLong() == 2;
        });
        return planId;
    }

    /** An analytics table: all of them read the same query record (each uses the parameters it needs). */
    private static Row analytics(String table) {
        return Row.get("/api/v1/analytics/" + table, Sample::none)
                .param("scope", FieldKind.ENUM).param("subject", FieldKind.CODE).param("team", FieldKind.CODE)
                .param("granularity", FieldKind.ENUM).param("from", FieldKind.DATE).param("to", FieldKind.DATE)
                .param("limit", FieldKind.INTEGER).param("format", FieldKind.ENUM).answers("text/csv");
    }
}
