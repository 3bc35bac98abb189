package com.netfocus.catalog.analytics;

import com.fasterxml.jackson.databind.JsonNode;
import com.netfocus.catalog.CatalogApplication;
import com.netfocus.contracts.plan.PlanEventCodec;
import com.netfocus.contracts.plan.PlanEventEnvelope;
import com.netfocus.infrastructure.testing.PlanEventRecords;
import com.netfocus.infrastructure.testing.Personas;
import com.netfocus.infrastructure.testing.TestIdentity;
import com.netfocus.infrastructure.testing.TestInfrastructure;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ConfigurableApplicationContext;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A replay from zero gives the same numbers as the live projection: a realistic stream (many reps in three teams,
 * every event type, facts over two years, redeliveries) is applied live through Kafka; then a second catalog
 * service, in a new consumer group and with its own analytics collections, rebuilds from the first record of the
 * topic, and every table, for every subject and granularity, answers the same.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AnalyticsRebuildTest {

    private static final TestInfrastructure infrastructure = new TestInfrastructure("catalog", "rebuild");
    private static final PlanEventRecords records = new PlanEventRecords(infrastructure.planEventsTopic());
    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final List<String> TEAMS = AnalyticsStream.TEAMS;
    private static final int PLANS = 24;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        infrastructure.register(registry);
    }

    @AfterAll
    static void closeProducer() {
        records.close();
    }

    @Autowired
    TestRestTemplate http;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    AnalyticsLayoutUpgrade upgrade;

    @Test
    void aReplayFromZeroAnswersEveryTableAsTheLiveProjectionDoes() {
        Personas personas = new Personas();
        AnalyticsStream stream = streamApplied(personas, 20261126);
        String live = liveService();

        ConfigurableApplicationContext rebuilt = rebuildingService();
        try {
            String replay = "http://localhost:" + rebuilt.getEnvironment().getProperty("local.server.port");
            await().atMost(WAIT).untilAsserted(() ->
                    assertThat(orgTotal(replay, personas)).isEqualTo(stream.expectedTotal()));
            Map<String, String> liveTables = everyTable(live, personas, stream);
            assertThat(everyTable(replay, personas, stream)).isEqualTo(liveTables);
            assertThat(liveTables).hasSizeGreaterThan(50);
        } finally {
            rebuilt.close();
        }
    }

    @Test
    void aStoreOfTheFirstLayoutIsMovedToTheCurrentOneWithTheSameTables() {
        Personas personas = new Personas();
        AnalyticsStream stream = streamApplied(personas, 20261127);
        String live = liveService();
        Map<String, String> tables = everyTable(live, personas, stream);
        AnalyticsCollections collections = new AnalyticsCollections("analytics");
        // The first layout: the same facts and subject indexes, the figures in collections this version no longer has.
        mongo.dropCollection(collections.planFigures());
        mongo.dropCollection(collections.planLists());
        mongo.insert(new Document("_id", "a first-layout month document"), collections.figuresOfLayout1());
        mongo.insert(new Document("_id", "a first-layout platform document"), collections.platformsOfLayout1());
        assertThat(orgTotal(live, personas)).isNotEqualTo(stream.expectedTotal());

        upgrade.afterSingletonsInstantiated();

        assertThat(everyTable(live, personas, stream)).isEqualTo(tables);
        assertThat(mongo.collectionExists(collections.figuresOfLayout1())).isFalse();
        assertThat(mongo.collectionExists(collections.platformsOfLayout1())).isFalse();
        // A store already in the current layout is left as it is.
        upgrade.afterSingletonsInstantiated();
        assertThat(everyTable(live, personas, stream)).isEqualTo(tables);
    }

    /** A seeded stream of a new org sent to the topic with redeliveries, and seen whole by the live service. */
    private AnalyticsStream streamApplied(Personas personas, long seed) {
        List<String> platforms = AnalyticsStream.addPlatforms(http, personas, 4);
        AnalyticsStream stream = new AnalyticsStream(personas.org, platforms, new Random(seed), PLANS);
        List<PlanEventEnvelope> events = stream.events();
        events.forEach(envelope -> records.sendRaw(envelope.planId(), PlanEventCodec.encode(envelope)));
        // Redeliveries, as after a rebalance: a third of the records again.
        events.stream().filter(envelope -> envelope.eventId().hashCode() % 3 == 0)
                .forEach(envelope -> records.sendRaw(envelope.planId(), PlanEventCodec.encode(envelope)));
        await().atMost(WAIT).untilAsserted(() ->
                assertThat(orgTotal(liveService(), personas)).isEqualTo(stream.expectedTotal()));
        return stream;
    }

    private String liveService() {
        return "http://localhost:" + http.getRootUri().replaceAll(".*:", "");
    }

    /** The same service on the same database and topic, in a new group and with its own analytics collections. */
    private static ConfigurableApplicationContext rebuildingService() {
        Map<String, Object> properties = new HashMap<>();
        infrastructure.register((name, value) -> properties.put(name, value.get()));
        properties.put("spring.kafka.consumer.group-id", "rebuild-" + UUID.randomUUID());
        properties.put("netfocus.catalog.analytics.collection-prefix", "rebuilt");
        properties.put("server.port", 0);
        // As arguments, so that they win over application.yml (default properties would not).
        return new SpringApplicationBuilder(CatalogApplication.class).run(properties.entrySet().stream()
                .map(property -> "--" + property.getKey() + "=" + property.getValue()).toArray(String[]::new));
    }

    /** Every table the dashboards read, by request, as JSON text. */
    private Map<String, String> everyTable(String base, Personas personas, AnalyticsStream stream) {
        Map<String, String> tables = new LinkedHashMap<>();
        List<String> subjects = new ArrayList<>();
        stream.reps.forEach(rep -> subjects.add("scope=rep&subject=" + rep));
        TEAMS.forEach(team -> subjects.add("scope=team&subject=" + team));
        subjects.add("scope=org");
        for (String subject : subjects) {
            for (String granularity : List.of("month", "quarter", "year")) {
                String path = "/api/v1/analytics/summary?" + subject + "&granularity=" + granularity;
                tables.put(path, get(base, path, personas));
            }
            String timing = "/api/v1/analytics/arrival-timing?" + subject;
            tables.put(timing, get(base, timing, personas));
        }
        TEAMS.forEach(team -> tables.put(team, get(base, "/api/v1/analytics/team-members?team=" + team, personas)));
        tables.put("roi", get(base, "/api/v1/analytics/platform-roi?limit=100", personas));
        tables.put("roi.csv", get(base, "/api/v1/analytics/platform-roi?format=csv", personas));
        return tables;
    }

    private String orgTotal(String base, Personas personas) {
        JsonNode total = PlanEventCodec.mapper().valueToTree(
                http.exchange(base + "/api/v1/analytics/summary?scope=org", HttpMethod.GET,
                        new HttpEntity<>(admin(personas)), JsonNode.class).getBody().get("total"));
        return "plans=" + total.get("plans") + " objectives=" + total.get("objectivesDefined")
                + " chosen=" + total.get("platformsChosen") + " attended=" + total.get("platformsAttended")
                + " met=" + total.get("peopleMet") + " targetMet=" + total.get("targetPeopleMet")
                + " followUps=" + total.get("followUpsScheduled") + "/" + total.get("followUpsDone")
                + " achieved=" + total.get("objectivesAchieved");
    }

    private String get(String base, String path, Personas personas) {
        ResponseEntity<String> answer = http.exchange(base + path, HttpMethod.GET, new HttpEntity<>(admin(personas)),
                String.class);
        assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        return answer.getBody();
    }

    private static HttpHeaders admin(Personas personas) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        TestIdentity.caller(headers::set, personas.admin.userId(), personas.org, "team-z", "ADMIN");
        return headers;
    }
}
