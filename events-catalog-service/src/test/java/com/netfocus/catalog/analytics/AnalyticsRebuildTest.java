package com.netfocus.catalog.analytics;

import com.fasterxml.jackson.databind.JsonNode;
import com.netfocus.catalog.CatalogApplication;
import com.netfocus.catalog.testing.PlatformJson;
import com.netfocus.contracts.plan.EventAttended;
import com.netfocus.contracts.plan.FollowUp;
import com.netfocus.contracts.plan.FollowUpCompleted;
import com.netfocus.contracts.plan.FollowUpScheduled;
import com.netfocus.contracts.plan.ObjectiveAchieved;
import com.netfocus.contracts.plan.ObjectiveDefined;
import com.netfocus.contracts.plan.ObjectiveProgressRecorded;
import com.netfocus.contracts.plan.ObjectiveRevised;
import com.netfocus.contracts.plan.OutreachChannel;
import com.netfocus.contracts.plan.OutreachLogged;
import com.netfocus.contracts.plan.PersonMet;
import com.netfocus.contracts.plan.PlanCreated;
import com.netfocus.contracts.plan.PlanEvent;
import com.netfocus.contracts.plan.PlanEventCodec;
import com.netfocus.contracts.plan.PlanEventEnvelope;
import com.netfocus.contracts.plan.PlatformChosen;
import com.netfocus.contracts.plan.SmartVerdict;
import com.netfocus.contracts.plan.SmartVerdicts;
import com.netfocus.contracts.plan.TargetIdentified;
import com.netfocus.contracts.plan.TargetProfile;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
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
    private static final List<String> TEAMS = List.of("team-a", "team-b", "team-c");
    private static final int REPS = 8;
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
        Stream stream = streamApplied(personas, 20261126);
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
        Stream stream = streamApplied(personas, 20261127);
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
    private Stream streamApplied(Personas personas, long seed) {
        List<String> platforms = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            platforms.add(addPlatform(personas, "Platform " + i, Instant.parse("2031-02-01T16:00:00Z")
                    .plus(Duration.ofDays(45L * i))));
        }
        Stream stream = new Stream(personas.org, platforms, new Random(seed));
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
    private Map<String, String> everyTable(String base, Personas personas, Stream stream) {
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
        TestIdentity.seal(headers::set, personas.admin.userId(), personas.org, "team-z", "ADMIN");
        return headers;
    }

    private String addPlatform(Personas personas, String name, Instant programStart) {
        ResponseEntity<JsonNode> created = http.exchange("/api/v1/platforms", HttpMethod.POST,
                new HttpEntity<>(PlatformJson.valid(name, "SEMINAR", programStart).toString(), personas.admin.headers()),
                JsonNode.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return created.getBody().get("platformId").asText();
    }

    /**
     * A seeded random organisation: plans of {@value #REPS} reps over {@value #PLANS} plans, each taken through the
     * chain with facts spread over 2031-2032; it counts the org's totals as it goes, for the wait above.
     */
    private static final class Stream {

        private final String org;
        private final List<String> platforms;
        private final Random random;
        final TreeSet<String> reps = new TreeSet<>();
        private long plans;
        private long objectives;
        private long chosen;
        private long attended;
        private long met;
        private long targetMet;
        private long followUps;
        private long followUpsDone;
        private long achieved;

        Stream(String org, List<String> platforms, Random random) {
            this.org = org;
            this.platforms = platforms;
            this.random = random;
        }

        String expectedTotal() {
            return "plans=" + plans + " objectives=" + objectives + " chosen=" + chosen + " attended=" + attended
                    + " met=" + met + " targetMet=" + targetMet + " followUps=" + followUps + "/" + followUpsDone
                    + " achieved=" + achieved;
        }

        List<PlanEventEnvelope> events() {
            List<List<PlanEventEnvelope>> perPlan = new ArrayList<>();
            for (int p = 0; p < PLANS; p++) {
                perPlan.add(plan(p));
            }
            // Interleave the plans as concurrent reps would.
            List<PlanEventEnvelope> all = new ArrayList<>();
            while (perPlan.stream().anyMatch(list -> !list.isEmpty())) {
                List<PlanEventEnvelope> next = perPlan.get(random.nextInt(perPlan.size()));
                if (!next.isEmpty()) {
                    all.add(next.remove(0));
                }
            }
            return all;
        }

        private List<PlanEventEnvelope> plan(int index) {
            String planId = UUID.randomUUID().toString();
            String rep = "rep-" + (index % REPS);
            String team = TEAMS.get(index % REPS % TEAMS.size());
            reps.add(rep);
            List<PlanEventEnvelope> events = new ArrayList<>();
            Instant[] clock = {Instant.parse("2031-01-01T09:00:00Z").plus(Duration.ofDays(random.nextInt(400)))};
            java.util.function.Consumer<PlanEvent> emit = event -> {
                clock[0] = clock[0].plus(Duration.ofHours(1 + random.nextInt(24 * 20)));
                events.add(PlanEventCodec.envelope(UUID.randomUUID().toString(), events.size(), clock[0], rep, org, team,
                        "c", event));
            };
            emit.accept(new PlanCreated(planId, "Plan " + index, LocalDate.parse("2031-01-01"),
                    LocalDate.parse("2032-12-31"), 10 + random.nextInt(50), rep, org, team));
            plans++;
            List<String> targetIds = new ArrayList<>();
            int objectiveCount = 1 + random.nextInt(3);
            for (int o = 0; o < objectiveCount; o++) {
                String objectiveId = "o" + o;
                emit.accept(new ObjectiveDefined(planId, objectiveId, "Objective " + o, "outcome", "metric",
                        1 + random.nextInt(6), LocalDate.parse("2033-06-30"), verdicts()));
                objectives++;
                if (random.nextInt(4) == 0) {
                    emit.accept(new ObjectiveRevised(planId, objectiveId, "Sharper " + o, "outcome", "metric",
                            1 + random.nextInt(6), null, verdicts()));
                }
                String targetId = "t" + o;
                emit.accept(new TargetIdentified(planId, targetId, objectiveId, null, new TargetProfile(
                        random.nextBoolean() ? "Purchasing" : "Operations", random.nextBoolean() ? "Director" : "Manager",
                        random.nextBoolean() ? "Logistics" : null), 1 + random.nextInt(5), "why"));
                targetIds.add(targetId);
                if (random.nextInt(3) == 0) {
                    emit.accept(new OutreachLogged(planId, "out" + o, targetId, OutreachChannel.EMAIL, clock[0], "s"));
                }
                if (random.nextInt(3) == 0) {
                    emit.accept(new ObjectiveProgressRecorded(planId, objectiveId, 1 + random.nextInt(2), "n"));
                }
            }
            int followUpCount = 0;
            for (String platformId : platforms) {
                if (random.nextInt(3) == 0) {
                    continue;
                }
                List<String> servedTargets = targetIds.subList(0, 1 + random.nextInt(targetIds.size()));
                int early = random.nextInt(5) * 20;
                int late = random.nextInt(5) * 20;
                Instant programme = Instant.parse("2031-03-01T16:00:00Z").plus(Duration.ofDays(random.nextInt(500)));
                emit.accept(new PlatformChosen(planId, platformId, "p", servedTargets, programme,
                        programme.plus(Duration.ofHours(2)), early, late, 2 + (early + late) / 60.0));
                chosen++;
                if (random.nextBoolean()) {
                    List<PersonMet> people = new ArrayList<>();
                    int count = random.nextInt(6);
                    for (int i = 0; i < count; i++) {
                        String targetId = random.nextBoolean() ? servedTargets.get(random.nextInt(servedTargets.size()))
                                : null;
                        people.add(new PersonMet(null, "Person " + i, "Co", "f", "p", "i", null, targetId));
                        met++;
                        targetMet += targetId == null ? 0 : 1;
                    }
                    List<FollowUp> promised = new ArrayList<>();
                    if (count > 0 && random.nextBoolean()) {
                        promised.add(new FollowUp("f" + followUpCount++, null, "Person 0", null,
                                LocalDate.parse("2033-01-01"), "call"));
                        followUps++;
                    }
                    int arrivedEarly = random.nextInt(90);
                    int stayedLate = random.nextInt(90);
                    emit.accept(new EventAttended(planId, platformId, programme.minus(Duration.ofMinutes(arrivedEarly)),
                            programme.plus(Duration.ofMinutes(120 + stayedLate)), arrivedEarly, stayedLate,
                            2 + (arrivedEarly + stayedLate) / 60.0, people, promised, "n"));
                    attended++;
                }
            }
            if (random.nextBoolean()) {
                emit.accept(new FollowUpScheduled(planId, new FollowUp("f" + followUpCount++, "contact-1", null, null,
                        LocalDate.parse("2033-01-01"), "write")));
                followUps++;
            }
            for (int f = 0; f < followUpCount; f++) {
                if (random.nextBoolean()) {
                    emit.accept(new FollowUpCompleted(planId, "f" + f, clock[0], "done"));
                    followUpsDone++;
                }
            }
            if (random.nextBoolean()) {
                emit.accept(new ObjectiveAchieved(planId, "o0", "done"));
                achieved++;
            }
            return events;
        }

        private SmartVerdicts verdicts() {
            SmartVerdict soft = random.nextInt(3) == 0 ? SmartVerdict.failed("doubt") : SmartVerdict.met("ok");
            return new SmartVerdicts(SmartVerdict.met("s"), SmartVerdict.met("m"), soft, SmartVerdict.met("r"),
                    SmartVerdict.met("t"));
        }
    }
}
