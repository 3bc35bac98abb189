package com.netfocus.planning.publication;

import com.fasterxml.jackson.databind.JsonNode;
import com.netfocus.contracts.plan.PlanEventEnvelope;
import com.netfocus.planning.platform.KnownPlatforms;
import com.netfocus.planning.support.Api;
import com.netfocus.planning.support.PlanFlow;
import com.netfocus.planning.support.TestInfrastructure;
import com.netfocus.planning.support.TopicReader;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A change whose event would be larger than the limit (here a small one, so that a few dozen people met exceed it once
 * their personal fields are sealed) is refused with 413 naming the field, before anything is stored: the refused
 * event is nowhere (store, aggregate cache, publication mark, Kafka), and the plan's next change takes its sequence.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "netfocus.planning.publication.limits.max-event-size=8KB")
class EventSizeLimitApiTest {

    private static final int PEOPLE_MET = 40;
    private static TestInfrastructure.Names names;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        names = TestInfrastructure.register(registry, "event-size");
    }

    @LocalServerPort
    int port;
    @Autowired
    KnownPlatforms knownPlatforms;
    @Autowired
    EventStorageEngine events;
    @Autowired
    Cache planCache;
    @Autowired
    PublicationPositions positions;

    private Api api;
    private TopicReader topic;

    @BeforeEach
    void setUp() {
        api = new Api(port, "rep-1", "acme", "north");
        topic = new TopicReader(names.planEvents());
    }

    @AfterEach
    void tearDown() {
        topic.close();
    }

    @Test
    void anAttendanceWhoseEventWouldBeTooLargeIsRefusedNamingTheFieldAndLeavesNothingAnywhere() {
        String planId = PlanFlow.createPlan(api);
        String objectiveId = PlanFlow.objective(api, planId);
        String targetId = PlanFlow.target(api, planId, objectiveId);
        String platformId = PlanFlow.listPlatform(names.catalogEvents(), "acme");
        await().atMost(Duration.ofSeconds(30)).until(() -> knownPlatforms.find(platformId, "acme").isPresent());
        assertThat(PlanFlow.choose(api, planId, platformId, targetId).status()).isEqualTo(201);
        await().atMost(Duration.ofSeconds(30)).until(() -> topic.of(planId).size() == 4);
        long marks = positions.find(planId).orElseThrow().marks();
        assertThat(planCache.containsKey(planId)).as("the plan is cached before the refused change").isTrue();

        Api.Response refused = api.post("/api/v1/plans/" + planId + "/attendance",
                attendance(platformId, targetId, PEOPLE_MET));

        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        JsonNode error = refused.body().path("errors").path(0);
        assertThat(error.path("field").asText()).isEqualTo("contactsMet");
        assertThat(error.path("reason").asText()).contains("an event may hold at most 8,192", "send less of it");
        assertThat(events.readEvents(planId, 4).asStream()).as("nothing stored").isEmpty();
        assertThat(planCache.containsKey(planId)).as("the plan left the cache with the refused event").isFalse();
        assertThat(positions.find(planId)).hasValueSatisfying(position -> {
            assertThat(position.marks()).as("not marked for publication").isEqualTo(marks);
            assertThat(position.pending()).isFalse();
        });
        JsonNode plan = api.get("/api/v1/plans/" + planId).body();
        assertThat(plan.path("version").asLong()).isEqualTo(3);
        assertThat(plan.path("attendance")).isEmpty();

        Api.Response next = api.post("/api/v1/plans/" + planId + "/attendance", attendance(platformId, targetId, 1));

        assertThat(next.status()).as(String.valueOf(next.body())).isEqualTo(201);
        assertThat(next.body().path("version").asLong()).isEqualTo(4);
        await().atMost(Duration.ofSeconds(30)).until(() -> topic.of(planId).size() >= 5);
        List<PlanEventEnvelope> published = topic.of(planId);
        assertThat(published).extracting(PlanEventEnvelope::sequence).containsExactly(0L, 1L, 2L, 3L, 4L);
        assertThat(published.get(4).type()).isEqualTo("EventAttended");
        assertThat(published.get(4).payload().path("contactsMet")).hasSize(1);
    }

    private static String attendance(String platformId, String targetId, int people) {
        String contactsMet = IntStream.range(0, people).mapToObj(i -> """
                {"name":"Person %d of St. Mary's hospital","company":"St. Mary","function":"finance",
                 "position":"CFO","industry":"healthcare","email":"person%d@example.org","targetId":"%s"}
                """.formatted(i, i, targetId)).collect(Collectors.joining(","));
        return """
                {"platformId":"%s","arrivedAt":"%s","leftAt":"%s","contactsMet":[%s],"notes":"long evening"}
                """.formatted(platformId, PlanFlow.ARRIVED, PlanFlow.LEFT, contactsMet);
    }
}
