package com.netfocus.planning.objective;

import com.fasterxml.jackson.databind.JsonNode;
import com.netfocus.planning.support.Api;
import com.netfocus.planning.support.PlanFlow;
import com.netfocus.planning.support.ServiceApiTest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Objectives revised, progressed, achieved and abandoned through the API; progress shown now and as of a moment. */
class ObjectiveLifecycleApiTest extends ServiceApiTest {

    private static final String CFO_OBJECTIVE = """
            {"statement":"Learn how hospital CFOs choose billing software","outcome":"three pilot deals",
             "metric":"CFOs met","target":%d,"deadline":"%s"}
            """;

    private String objectivePath(String planId, String objectiveId) {
        return "/api/v1/plans/" + planId + "/objectives/" + objectiveId;
    }

    @Test
    void anObjectiveAchievedAtFivePercentIsAcceptedWithAWarningAndAtItsTargetWithNone() {
        String planId = PlanFlow.createPlan(api);
        String objectiveId = PlanFlow.objective(api, planId);
        Api.Response revised = api.put(objectivePath(planId, objectiveId),
                CFO_OBJECTIVE.formatted(20, PlanFlow.TODAY.plusDays(120)));
        assertThat(revised.status()).as(String.valueOf(revised.body())).isEqualTo(200);
        assertThat(api.post(objectivePath(planId, objectiveId) + "/progress", "{\"amount\":1}").status())
                .isEqualTo(201);

        Api.Response achieved = api.post(objectivePath(planId, objectiveId) + "/achieved", "{}");

        assertThat(achieved.status()).as(String.valueOf(achieved.body())).isEqualTo(200);
        assertThat(achieved.body().path("warnings").get(0).path("progressPercent").asInt()).isEqualTo(5);
        assertThat(plan(planId).path("objectives").get(0).path("status").asText()).isEqualTo("ACHIEVED");

        String second = PlanFlow.createPlan(api);
        String reached = PlanFlow.objective(api, second);
        assertThat(api.post(objectivePath(second, reached) + "/progress", "{\"amount\":12}").status())
                .isEqualTo(201);
        Api.Response done = api.post(objectivePath(second, reached) + "/achieved", "{}");
        assertThat(done.status()).as(String.valueOf(done.body())).isEqualTo(200);
        assertThat(done.body().path("warnings")).isEmpty();
    }

    @Test
    void anObjectiveIsRevisedProgressedAndAchievedWithItsProgressShown() {
        String planId = PlanFlow.createPlan(api);
        String objectiveId = PlanFlow.objective(api, planId);
        String targetId = PlanFlow.target(api, planId, objectiveId);

        Api.Response revised = api.put(objectivePath(planId, objectiveId),
                CFO_OBJECTIVE.formatted(20, PlanFlow.TODAY.plusDays(120)));
        assertThat(revised.status()).as(String.valueOf(revised.body())).isEqualTo(200);
        assertThat(revised.body().path("version").asLong()).isEqualTo(3);
        assertThat(revised.body().path("smart").path("measurable").path("reason").asText()).contains("20");

        Api.Response progressed = api.post(objectivePath(planId, objectiveId) + "/progress",
                "{\"amount\":2,\"note\":\"two referrals\"}");
        assertThat(progressed.status()).as(String.valueOf(progressed.body())).isEqualTo(201);
        assertThat(progressed.body().path("version").asLong()).isEqualTo(4);
        Api.Response outreach = api.post("/api/v1/plans/" + planId + "/outreach", """
                {"targetId":"%s","channel":"PHONE","happenedAt":"%s","summary":"they buy after a pilot"}
                """.formatted(targetId, Instant.now().minus(1, ChronoUnit.HOURS)));
        assertThat(outreach.status()).as(String.valueOf(outreach.body())).isEqualTo(201);

        JsonNode objective = plan(planId).path("objectives").get(0);
        assertThat(objective.path("status").asText()).isEqualTo("ACTIVE");
        assertThat(objective.path("target").asInt()).isEqualTo(20);
        assertThat(objective.path("progress").path("peopleMet").asInt()).isZero();
        assertThat(objective.path("progress").path("outreach").asInt()).isEqualTo(1);
        assertThat(objective.path("progress").path("manual").asInt()).isEqualTo(2);
        assertThat(objective.path("progress").path("total").asInt()).isEqualTo(3);
        assertThat(objective.path("progress").path("target").asInt()).isEqualTo(20);
        assertThat(objective.path("progress").path("percent").asInt()).isEqualTo(15);

        Api.Response achieved = api.post(objectivePath(planId, objectiveId) + "/achieved", "{\"note\":\"pilots signed\"}");
        assertThat(achieved.status()).as(String.valueOf(achieved.body())).isEqualTo(200);
        assertThat(achieved.body().path("version").asLong()).isEqualTo(6);
        // 3 of 20 is 15 %: accepted, with the doubt said, as the Achievable and Realistic doubts are
        assertThat(achieved.body().path("warnings")).singleElement().satisfies(warning -> {
            assertThat(warning.path("code").asText()).isEqualTo("BELOW_TARGET");
            assertThat(warning.path("progressPercent").asInt()).isEqualTo(15);
            assertThat(warning.path("reason").asText()).contains("15 % of the target (3 of 20");
        });
        assertThat(plan(planId).path("objectives").get(0).path("status").asText()).isEqualTo("ACHIEVED");
        assertThat(history(planId).findValuesAsText("type")).containsExactly("PlanCreated", "ObjectiveDefined",
                "TargetIdentified", "ObjectiveRevised", "ObjectiveProgressRecorded", "OutreachLogged",
                "ObjectiveAchieved");

        Api.Response again = api.put(objectivePath(planId, objectiveId),
                CFO_OBJECTIVE.formatted(25, PlanFlow.TODAY.plusDays(120)));
        assertProblem(again, 422, "objectiveId");
        assertHistoryLength(planId, 7);
    }

    @Test
    void abandoningAnObjectiveNeedsAReasonAndFreesAPlace() {
        String planId = PlanFlow.createPlan(api);
        String first = PlanFlow.objective(api, planId);
        PlanFlow.objective(api, planId);
        PlanFlow.objective(api, planId);
        assertProblem(PlanFlow.defineObjective(api, planId), 422, "objectives");

        assertProblem(api.post(objectivePath(planId, first) + "/abandoned", "{}"), 400, "reason");
        assertHistoryLength(planId, 4);
        Api.Response abandoned = api.post(objectivePath(planId, first) + "/abandoned",
                "{\"reason\":\"the product line was dropped\"}");
        assertThat(abandoned.status()).as(String.valueOf(abandoned.body())).isEqualTo(200);

        assertThat(PlanFlow.defineObjective(api, planId).status()).isEqualTo(201);
        assertThat(plan(planId).path("objectives").findValuesAsText("status"))
                .containsExactly("ABANDONED", "ACTIVE", "ACTIVE", "ACTIVE");
    }

    @Test
    void aRevisionFailingHardCriteriaIsRefusedListingEachAndChangesNothing() {
        String planId = PlanFlow.createPlan(api);
        String objectiveId = PlanFlow.objective(api, planId);

        Api.Response refused = api.put(objectivePath(planId, objectiveId), """
                {"statement":"I'm just networking","outcome":"x","metric":"people","target":1000000000,
                 "deadline":"%s"}
                """.formatted(PlanFlow.TODAY.minusDays(1)));

        assertProblem(refused, 422, "statement", "target", "deadline");
        assertHistoryLength(planId, 2);
        assertThat(plan(planId).path("objectives").get(0).path("target").asInt()).isEqualTo(12);
    }

    @Test
    void anUnknownObjectiveIsA404() {
        String planId = PlanFlow.createPlan(api);

        Api.Response response = api.post(objectivePath(planId, "0b6a3c7e-5d1f-4e2a-9c3b-000000000001") + "/progress", "{\"amount\":1}");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertHistoryLength(planId, 1);
    }

    @Test
    void badProgressAmountsAreRefusedNamingTheAmount() {
        String planId = PlanFlow.createPlan(api);
        String path = objectivePath(planId, PlanFlow.objective(api, planId)) + "/progress";

        assertProblem(api.post(path, "{\"amount\":0}"), 422, "amount");
        assertProblem(api.post(path, "{\"amount\":1000000000}"), 422, "amount");
        assertProblem(api.post(path, "{\"amount\":2.5}"), 400, "amount");
        assertProblem(api.post(path, "{\"amount\":99999999999}"), 400, "amount");
        assertProblem(api.post(path, "{\"amount\":\"lots\"}"), 400, "amount");
        assertProblem(api.post(path, "{\"note\":\"forgot the amount\"}"), 400, "amount");
        assertHistoryLength(planId, 2);
    }

    @Test
    void theProgressAsOfAMomentIsTheProgressThen() {
        String planId = PlanFlow.createPlan(api);
        String objectiveId = PlanFlow.objective(api, planId);
        api.post(objectivePath(planId, objectiveId) + "/progress", "{\"amount\":3}");
        Instant between = Instant.now();
        await().until(() -> Instant.now().isAfter(between));
        api.post(objectivePath(planId, objectiveId) + "/progress", "{\"amount\":4}");

        JsonNode then = api.get("/api/v1/plans/" + planId + "?asOf=" + between).body();
        assertThat(then.path("objectives").get(0).path("progress").path("manual").asInt()).isEqualTo(3);
        assertThat(plan(planId).path("objectives").get(0).path("progress").path("manual").asInt()).isEqualTo(7);
        assertProblem(api.get("/api/v1/plans/" + planId + "?asOf=2030-01-01T10:00:00"), 400, "asOf");
    }
}
