package com.netfocus.planning.settings;

import com.fasterxml.jackson.databind.JsonNode;
import com.netfocus.planning.support.Api;
import com.netfocus.planning.support.PlanFlow;
import com.netfocus.planning.support.ServiceApiTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Per-org settings: read by anyone, changed by admins within bounds, and applied to the org's commands. */
class OrgSettingsApiTest extends ServiceApiTest {

    private static final String PATH = "/api/v1/org-settings";

    private Api admin() {
        return api.withRoles("REP,ADMIN");
    }

    @Test
    void anOrgWithoutSettingsRunsOnTheDefaults() {
        Api.Response shown = api.get(PATH);

        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.body().path("org").asText()).isEqualTo(org);
        assertThat(shown.body().path("maxActiveObjectives").asInt()).isEqualTo(3);
        assertThat(shown.body().path("peopleMetPerHour").asDouble()).isEqualTo(2.0);
        assertThat(shown.body().path("customised").asBoolean()).isFalse();
    }

    @Test
    void onlyAnAdminChangesThem() {
        Api.Response refused = api.put(PATH, "{\"maxActiveObjectives\":1,\"peopleMetPerHour\":5}");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(api.get(PATH).body().path("customised").asBoolean()).isFalse();
    }

    @Test
    void anAdminsSettingsApplyToTheOrgsObjectivesAndSmartCheckOnly() {
        Api.Response changed = admin().put(PATH, "{\"maxActiveObjectives\":1,\"peopleMetPerHour\":5}");
        assertThat(changed.status()).as(String.valueOf(changed.body())).isEqualTo(200);
        assertThat(api.get(PATH).body().path("maxActiveObjectives").asInt()).isEqualTo(1);
        assertThat(api.get(PATH).body().path("customised").asBoolean()).isTrue();

        // 150 people in 40 budgeted hours: achievable at 5 per hour (200), not at the default 2 (80)
        String planId = PlanFlow.createPlan(api);
        Api.Response defined = api.post("/api/v1/plans/" + planId + "/objectives", """
                {"statement":"Learn how hospital CFOs choose billing software","outcome":"pilots",
                 "metric":"CFOs met","target":150,"deadline":"%s"}
                """.formatted(PlanFlow.TODAY.plusDays(90)));
        assertThat(defined.status()).as(String.valueOf(defined.body())).isEqualTo(201);
        assertThat(defined.body().path("smart").path("achievable").path("ok").asBoolean()).isTrue();
        Api.Response second = PlanFlow.defineObjective(api, planId);
        assertProblem(second, 422, "objectives");
        assertThat(second.body().path("errors").get(0).path("reason").asText()).contains("at most 1 active");
        assertHistoryLength(planId, 2);

        String smartCheck = """
                {"statement":"meet hospital CFOs","outcome":"pilots","metric":"CFOs met","target":150,
                 "deadline":"%s","hoursBudget":40}
                """.formatted(PlanFlow.TODAY.plusDays(60));
        JsonNode here = api.post("/api/v1/smart-check", smartCheck).body();
        JsonNode elsewhere = api.as("rep-2", "other-" + org).post("/api/v1/smart-check", smartCheck).body();
        assertThat(here.path("smart").path("achievable").path("ok").asBoolean()).isTrue();
        assertThat(elsewhere.path("smart").path("achievable").path("ok").asBoolean()).isFalse();
        assertThat(api.as("rep-2", "other-" + org).get(PATH).body().path("maxActiveObjectives").asInt()).isEqualTo(3);
    }

    @Test
    void theMinutesAroundAProgrammeAndTheLongestPeriodAreTheOrgsToChoose() {
        JsonNode defaults = api.get(PATH).body();
        assertThat(defaults.path("minutesBeforeProgram").asInt()).isEqualTo(360);
        assertThat(defaults.path("minutesAfterProgram").asInt()).isEqualTo(360);
        assertThat(defaults.path("maxPlanMonths").asInt()).isEqualTo(36);
        String fourYears = """
                {"title":"Four years","periodStart":"%s","periodEnd":"%s","hoursBudget":40}"""
                .formatted(PlanFlow.TODAY, PlanFlow.TODAY.plusYears(4));
        assertProblem(api.post("/api/v1/plans", fourYears), 422, "periodEnd");

        Api.Response changed = admin().put(PATH, """
                {"maxActiveObjectives":3,"peopleMetPerHour":2,"minutesBeforeProgram":600,"maxPlanMonths":60}""");

        assertThat(changed.status()).as(String.valueOf(changed.body())).isEqualTo(200);
        JsonNode shown = api.get(PATH).body();
        assertThat(shown.path("minutesBeforeProgram").asInt()).isEqualTo(600);
        assertThat(shown.path("minutesAfterProgram").asInt()).as("left out: the default").isEqualTo(360);
        assertThat(shown.path("maxPlanMonths").asInt()).isEqualTo(60);
        assertThat(api.post("/api/v1/plans", fourYears).status()).isEqualTo(201);
    }

    @Test
    void valuesOutsideTheBoundsAreRefusedNamingEachAndNothingIsSaved() {
        assertProblem(admin().put(PATH, "{\"maxActiveObjectives\":0,\"peopleMetPerHour\":25}"), 422,
                "maxActiveObjectives", "peopleMetPerHour");
        assertProblem(admin().put(PATH, "{\"maxActiveObjectives\":11,\"peopleMetPerHour\":0.05}"), 422,
                "maxActiveObjectives", "peopleMetPerHour");
        assertProblem(admin().put(PATH, "{\"maxActiveObjectives\":2.5,\"peopleMetPerHour\":2}"), 400,
                "maxActiveObjectives");
        assertProblem(admin().put(PATH, "{\"peopleMetPerHour\":2}"), 400, "maxActiveObjectives");
        assertProblem(admin().put(PATH, "{\"maxActiveObjectives\":2,\"peopleMetPerHour\":2,\"x\":1}"), 400, "x");
        assertProblem(admin().put(PATH, """
                {"maxActiveObjectives":2,"peopleMetPerHour":2,"minutesBeforeProgram":-1,"minutesAfterProgram":1441,
                 "maxPlanMonths":0}"""), 422, "minutesBeforeProgram", "minutesAfterProgram", "maxPlanMonths");

        assertThat(api.get(PATH).body().path("customised").asBoolean()).isFalse();
    }
}
