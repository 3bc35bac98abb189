package com.netfocus.planning.outreach;

import com.fasterxml.jackson.databind.JsonNode;
import com.netfocus.planning.support.Api;
import com.netfocus.planning.support.PlanFlow;
import com.netfocus.planning.support.ServiceApiTest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Outreach through the API: logged against a target, and refused with the field named when the input is bad. */
class OutreachApiTest extends ServiceApiTest {

    private static final String OUTREACH = """
            {"targetId":"%s","channel":"%s","happenedAt":"%s","summary":"%s"}
            """;

    @Test
    void outreachIsLoggedAndShownWithThePlan() {
        String planId = PlanFlow.createPlan(api);
        String targetId = PlanFlow.target(api, planId, PlanFlow.objective(api, planId));
        Instant happened = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);

        Api.Response logged = api.post("/api/v1/plans/" + planId + "/outreach",
                OUTREACH.formatted(targetId, "IN_PERSON", happened, "their CFO decides in Q3"));

        assertThat(logged.status()).as(String.valueOf(logged.body())).isEqualTo(201);
        assertThat(logged.text("outreachId")).isNotBlank();
        assertThat(logged.body().path("version").asLong()).isEqualTo(3);
        JsonNode shown = plan(planId).path("outreach").get(0);
        assertThat(shown.path("outreachId").asText()).isEqualTo(logged.text("outreachId"));
        assertThat(shown.path("channel").asText()).isEqualTo("IN_PERSON");
        assertThat(Instant.parse(shown.path("happenedAt").asText())).isEqualTo(happened);
        assertThat(plan(planId).path("objectives").get(0).path("progress").path("outreach").asInt()).isEqualTo(1);
    }

    @Test
    void badOutreachIsRefusedNamingTheFieldAndNothingIsStored() {
        String planId = PlanFlow.createPlan(api);
        String targetId = PlanFlow.target(api, planId, PlanFlow.objective(api, planId));
        String path = "/api/v1/plans/" + planId + "/outreach";
        Instant earlier = Instant.now().minus(1, ChronoUnit.HOURS);

        assertProblem(api.post(path, OUTREACH.formatted(targetId, "FAX", earlier, "x")), 400, "channel");
        assertProblem(api.post(path, OUTREACH.formatted(targetId, "PHONE", "2030-01-01T10:00:00", "x")), 400,
                "happenedAt");
        assertProblem(api.post(path, OUTREACH.formatted(targetId, "PHONE", "yesterday", "x")), 400, "happenedAt");
        assertProblem(api.post(path, OUTREACH.formatted(targetId, "PHONE", Instant.now().plus(1, ChronoUnit.DAYS),
                "x")), 422, "happenedAt");
        assertProblem(api.post(path, OUTREACH.formatted(targetId, "PHONE",
                PlanFlow.TODAY.minusDays(30).atStartOfDay().toInstant(java.time.ZoneOffset.UTC), "x")), 422,
                "happenedAt");
        assertProblem(api.post(path, OUTREACH.formatted("0b6a3c7e-5d1f-4e2a-9c3b-000000000005", "EMAIL", earlier, "x")), 422, "targetId");
        assertProblem(api.post(path, OUTREACH.formatted(targetId, "EMAIL", earlier, "z".repeat(2001))), 422,
                "summary");
        assertProblem(api.post(path, """
                {"targetId":"%s","channel":"EMAIL","happenedAt":"%s"}
                """.formatted(targetId, earlier)), 400, "summary");
        assertHistoryLength(planId, 3);
    }
}
