package com.netfocus.planning.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.netfocus.planning.platform.KnownPlatforms;
import com.netfocus.planning.support.Api;
import com.netfocus.planning.support.PlanFlow;
import com.netfocus.planning.support.TestInfrastructure;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The API on the real wire server and broker: the whole chain, the read side, and bad input changing nothing. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "netfocus.planning.snapshot-threshold=2")
class PlanApiTest {

    private static TestInfrastructure.Names names;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        names = TestInfrastructure.register(registry, "api");
    }

    @LocalServerPort
    int port;
    @Autowired
    KnownPlatforms knownPlatforms;
    @Autowired
    EventStorageEngine events;
    @Autowired
    Cache planCache;

    private Api api;

    @BeforeEach
    void setUp() {
        api = new Api(port, "rep-1", "acme", "north");
    }

    @Test
    void theWholeChainIsStoredAndShown() {
        String planId = PlanFlow.createPlan(api);
        Api.Response objective = PlanFlow.defineObjective(api, planId);
        assertThat(objective.status()).isEqualTo(201);
        assertThat(objective.body().path("smart").path("specific").path("ok").asBoolean()).isTrue();
        assertThat(objective.body().path("version").asLong()).isEqualTo(1);
        String objectiveId = objective.text("objectiveId");
        String targetId = PlanFlow.target(api, planId, objectiveId);
        String platformId = awaitListed(PlanFlow.listPlatform(names.catalogEvents(), "acme"));

        Api.Response chosen = PlanFlow.choose(api, planId, platformId, targetId);
        assertThat(chosen.status()).as(String.valueOf(chosen.body())).isEqualTo(201);
        assertThat(chosen.body().path("plannedHours").asDouble()).isEqualTo(7.5);
        Api.Response attended = PlanFlow.attend(api, planId, platformId, targetId);
        assertThat(attended.status()).as(String.valueOf(attended.body())).isEqualTo(201);
        assertThat(attended.body().path("version").asLong()).isEqualTo(4);
        String attendanceId = attended.body().path("attendanceId").asText();
        assertThat(UUID.fromString(attendanceId)).isNotNull();

        JsonNode plan = api.get("/api/v1/plans/" + planId).body();
        assertThat(plan.path("status").asText()).isEqualTo("ACTIVE");
        assertThat(plan.path("ownerId").asText()).isEqualTo("rep-1");
        assertThat(plan.path("version").asLong()).isEqualTo(4);
        assertThat(plan.path("hours").path("budgeted").asDouble()).isEqualTo(40);
        // a 6 h programme, 30 min early and 60 late; the rep came 30 min early and left an hour into it
        assertThat(plan.path("hours").path("planned").asDouble()).isEqualTo(7.5);
        assertThat(plan.path("hours").path("spent").asDouble()).isEqualTo(1.5);
        assertThat(plan.path("objectives").get(0).path("smart").path("timely").path("ok").asBoolean()).isTrue();
        assertThat(plan.path("targets").get(0).path("profile").path("position").asText()).isEqualTo("CFO");
        assertThat(plan.path("platforms").get(0).path("platformName").asText()).isEqualTo("Hospital finance forum");
        assertThat(plan.path("attendance").get(0).path("attendanceId").asText()).isEqualTo(attendanceId);
        assertThat(plan.path("attendance").get(0).path("minutesBeforeProgram").asInt()).isEqualTo(30);
        assertThat(plan.path("attendance").get(0).path("minutesAfterProgram").asInt()).isEqualTo(0);

        JsonNode history = api.get("/api/v1/plans/" + planId + "/history").body();
        assertThat(history).hasSize(5);
        assertThat(history.findValuesAsText("type")).containsExactly("PlanCreated", "ObjectiveDefined",
                "TargetIdentified", "PlatformChosen", "EventAttended");
        assertThat(history.get(3).path("sequence").asLong()).isEqualTo(3);
        assertThat(history.get(3).path("actor").asText()).isEqualTo("rep-1");
        assertThat(history.get(3).path("correlationId").asText()).startsWith("corr-");
        assertThat(history.get(3).path("payload").path("platformId").asText()).isEqualTo(platformId);
    }

    @Test
    void aPlanLoadsTheSameFromItsSnapshotAsFromTheCache() {
        String planId = PlanFlow.createPlan(api);
        String objectiveId = PlanFlow.objective(api, planId);
        PlanFlow.target(api, planId, objectiveId);
        PlanFlow.target(api, planId, objectiveId);
        JsonNode cached = api.get("/api/v1/plans/" + planId).body();
        await().atMost(Duration.ofSeconds(10)).until(() -> events.readSnapshot(planId).isPresent());

        planCache.removeAll();

        assertThat(api.get("/api/v1/plans/" + planId).body()).isEqualTo(cached);
        assertThat(cached.path("objectives").get(0).path("smart").path("measurable").path("ok").asBoolean()).isTrue();
        assertThat(PlanFlow.target(api, planId, objectiveId)).isNotBlank();
        assertThat(api.get("/api/v1/plans/" + planId).body().path("version").asLong()).isEqualTo(4);
    }

    @Test
    void everyStoredEventCarriesTheCallersMetadata() {
        String planId = PlanFlow.createPlan(api);
        PlanFlow.objective(api, planId);

        List<? extends DomainEventMessage<?>> stored = events.readEvents(planId, 0).asStream().toList();
        assertThat(stored).hasSize(2).allSatisfy(event -> {
            assertThat(event.getMetaData()).containsEntry("actor", "rep-1").containsEntry("org", "acme")
                    .containsEntry("team", "north");
            assertThat(event.getMetaData().get("correlationId")).asString().startsWith("corr-");
        });
    }

    @Test
    void thePlanAsOfAMomentShowsOnlyWhatHappenedBefore() {
        String planId = PlanFlow.createPlan(api);
        Instant between = Instant.now();
        await().until(() -> Instant.now().isAfter(between));
        PlanFlow.objective(api, planId);

        JsonNode before = api.get("/api/v1/plans/" + planId + "?asOf=" + between).body();
        assertThat(before.path("objectives")).isEmpty();
        assertThat(before.path("version").asLong()).isZero();
        assertThat(api.get("/api/v1/plans/" + planId).body().path("objectives")).hasSize(1);
    }

    @Test
    void aFailingSmartCriterionIsRefusedWith422AndNothingIsStored() {
        String planId = PlanFlow.createPlan(api);
        Api.Response refused = api.post("/api/v1/plans/" + planId + "/objectives", """
                {"statement":"I heard they're serving shrimp","outcome":"food","metric":"plates","target":3,
                 "deadline":"%s"}
                """.formatted(PlanFlow.TODAY.minusDays(3)));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body().path("errors").findValuesAsText("field")).containsExactly("statement", "deadline");
        assertHistoryLength(planId, 1);
    }

    @Test
    void smartCheckAssessesWithoutStoring() {
        String planId = PlanFlow.createPlan(api);
        Api.Response checked = api.post("/api/v1/smart-check", """
                {"planId":"%s","statement":"meet hospital CFOs","outcome":"pilots","metric":"CFOs met","target":500,
                 "deadline":"%s"}
                """.formatted(planId, PlanFlow.TODAY.plusDays(60)));

        assertThat(checked.status()).isEqualTo(200);
        assertThat(checked.body().path("smart").path("specific").path("ok").asBoolean()).isTrue();
        assertThat(checked.body().path("smart").path("achievable").path("ok").asBoolean()).isFalse();
        assertHistoryLength(planId, 1);
    }

    @Test
    void malformedJsonIsA400NamingTheBody() {
        String planId = PlanFlow.createPlan(api);
        Api.Response response = api.post("/api/v1/plans/" + planId + "/objectives", "{\"statement\": ");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().path("errors").get(0).path("field").asText()).isEqualTo("body");
        assertHistoryLength(planId, 1);
    }

    @Test
    void aWrongTypeIsA400NamingTheField() {
        String planId = PlanFlow.createPlan(api);
        Api.Response response = api.post("/api/v1/plans/" + planId + "/objectives", """
                {"statement":"meet hospital CFOs","outcome":"x","metric":"CFOs met","target":"many",
                 "deadline":"%s"}
                """.formatted(PlanFlow.TODAY.plusDays(60)));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().path("errors").get(0).path("field").asText()).isEqualTo("target");
        assertHistoryLength(planId, 1);
    }

    @Test
    void missingFieldsAreA400NamingEachField() {
        Api.Response response = api.post("/api/v1/plans", "{\"title\":\"x\"}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().path("errors").findValuesAsText("field"))
                .contains("periodStart", "periodEnd", "hoursBudget");
    }

    @Test
    void anUnknownFieldIsA400() {
        Api.Response response = api.post("/api/v1/plans", """
                {"title":"x","periodStart":"2030-01-01","periodEnd":"2030-02-01","hoursBudget":5,"color":"red"}
                """);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().path("errors").get(0).path("field").asText()).isEqualTo("color");
    }

    @Test
    void aBrokenBusinessRuleIsA422AndChangesNothing() {
        String planId = PlanFlow.createPlan(api);
        Api.Response response = api.post("/api/v1/plans/" + planId + "/targets", """
                {"objectiveId":"0b6a3c7e-5d1f-4e2a-9c3b-000000000001","contactId":"0b6a3c7e-5d1f-4e2a-9c3b-000000000002","priority":1}
                """);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.body().path("errors").get(0).path("field").asText()).isEqualTo("objectiveId");
        assertHistoryLength(planId, 1);
        assertThat(api.get("/api/v1/plans/" + planId).body().path("version").asLong()).isZero();
    }

    @Test
    void anUnknownPlatformIsA422OnPlatformId() {
        String planId = PlanFlow.createPlan(api);
        String targetId = PlanFlow.target(api, planId, PlanFlow.objective(api, planId));

        Api.Response response = PlanFlow.choose(api, planId, "0b6a3c7e-5d1f-4e2a-9c3b-000000000003", targetId);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.body().path("errors").get(0).path("field").asText()).isEqualTo("platformId");
        assertHistoryLength(planId, 3);
    }

    @Test
    void anUnknownPlanIsA404ProblemEverywhere() {
        String unknown = "0b6a3c7e-5d1f-4e2a-9c3b-000000000004";
        assertThat(api.get("/api/v1/plans/" + unknown).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/plans/" + unknown + "/history").status()).isEqualTo(404);
        Api.Response objective = PlanFlow.defineObjective(api, unknown);
        assertThat(objective.status()).isEqualTo(404);
        assertThat(objective.contentType()).startsWith("application/problem+json");
        assertThat(events.readEvents(unknown, 0).asStream().count()).isZero();
    }

    @Test
    void aPlanOfAnotherOrgIsA404AndUnchanged() {
        String planId = PlanFlow.createPlan(api);
        Api stranger = api.as("rep-9", "other-org");

        assertThat(stranger.get("/api/v1/plans/" + planId).status()).isEqualTo(404);
        assertThat(stranger.get("/api/v1/plans/" + planId + "/history").status()).isEqualTo(404);
        assertThat(PlanFlow.defineObjective(stranger, planId).status()).isEqualTo(404);
        assertHistoryLength(planId, 1);
    }

    @Test
    void aCallWithoutCallerIsA401() {
        Api anonymous = new Api(port, null, null, null);
        assertThat(anonymous.post("/api/v1/plans", "{}").status()).isEqualTo(401);
    }

    private void assertHistoryLength(String planId, int expected) {
        assertThat(api.get("/api/v1/plans/" + planId + "/history").body()).hasSize(expected);
    }

    private String awaitListed(String platformId) {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> knownPlatforms.find(platformId, "acme").isPresent());
        return platformId;
    }
}
