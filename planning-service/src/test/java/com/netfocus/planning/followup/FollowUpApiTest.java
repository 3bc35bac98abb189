package com.netfocus.planning.followup;

import com.fasterxml.jackson.databind.JsonNode;
import com.netfocus.planning.support.Api;
import com.netfocus.planning.support.PlanFlow;
import com.netfocus.planning.support.ServiceApiTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Follow-ups scheduled on their own or promised at an event, completed once, listed with the plan. */
class FollowUpApiTest extends ServiceApiTest {

    private static final LocalDate EVENT_DAY = PlanFlow.PROGRAM_START.atZone(java.time.ZoneOffset.UTC).toLocalDate();

    private Api.Response schedule(String planId, String body) {
        return api.post("/api/v1/plans/" + planId + "/follow-ups", body);
    }

    @Test
    void followUpsAreScheduledCompletedOnceAndListed() {
        String contactId = knownContact();
        String planId = PlanFlow.createPlan(api);
        String targetId = PlanFlow.target(api, planId, PlanFlow.objective(api, planId));

        Api.Response byName = schedule(planId, """
                {"personName":"Ann Lee","targetId":"%s","dueOn":"%s","action":"send the case study"}
                """.formatted(targetId, PlanFlow.TODAY.plusDays(3)));
        Api.Response byContact = schedule(planId, """
                {"contactId":"%s","dueOn":"%s","action":"ask for an introduction"}
                """.formatted(contactId, PlanFlow.TODAY));
        assertThat(byName.status()).as(String.valueOf(byName.body())).isEqualTo(201);
        assertThat(byContact.status()).as(String.valueOf(byContact.body())).isEqualTo(201);
        assertThat(byContact.body().path("version").asLong()).isEqualTo(4);
        String followUpId = byName.text("followUpId");

        Api.Response done = api.post("/api/v1/plans/" + planId + "/follow-ups/" + followUpId + "/completed",
                "{\"outcome\":\"she wants a demo\"}");
        assertThat(done.status()).as(String.valueOf(done.body())).isEqualTo(200);
        assertThat(done.body().path("version").asLong()).isEqualTo(5);

        JsonNode listed = plan(planId).path("followUps");
        assertThat(listed.findValuesAsText("status")).containsExactly("DONE", "OPEN");
        assertThat(listed.get(0).path("outcome").asText()).isEqualTo("she wants a demo");
        assertThat(listed.get(1).path("contactId").asText()).isEqualTo(contactId);

        assertProblem(api.post("/api/v1/plans/" + planId + "/follow-ups/" + followUpId + "/completed",
                "{\"outcome\":\"again\"}"), 422, "followUpId");
        Api.Response unknown = api.post("/api/v1/plans/" + planId + "/follow-ups/0b6a3c7e-5d1f-4e2a-9c3b-000000000006/completed",
                "{\"outcome\":\"x\"}");
        assertThat(unknown.status()).isEqualTo(404);
        assertHistoryLength(planId, 6);
    }

    @Test
    void badFollowUpsAreRefusedNamingTheFieldAndNothingIsStored() {
        String planId = PlanFlow.createPlan(api);
        String body = """
                {"personName":"Ann Lee","dueOn":"%s","action":"call"}
                """;

        assertProblem(schedule(planId, body.formatted("31.12.2030")), 400, "dueOn");
        assertProblem(schedule(planId, body.formatted(PlanFlow.TODAY.minusDays(1))), 422, "dueOn");
        assertProblem(schedule(planId, body.formatted(PlanFlow.TODAY.plusYears(50))), 422, "dueOn");
        assertProblem(schedule(planId, """
                {"contactId":"0b6a3c7e-5d1f-4e2a-9c3b-000000000007","dueOn":"%s","action":"call"}
                """.formatted(PlanFlow.TODAY)), 422, "contactId");
        assertProblem(schedule(planId, """
                {"dueOn":"%s","action":"call"}
                """.formatted(PlanFlow.TODAY)), 422, "personName");
        assertProblem(schedule(planId, """
                {"personName":"Ann","targetId":"0b6a3c7e-5d1f-4e2a-9c3b-000000000005","dueOn":"%s","action":"call"}
                """.formatted(PlanFlow.TODAY)), 422, "targetId");
        assertProblem(schedule(planId, """
                {"personName":"Ann","dueOn":"%s"}
                """.formatted(PlanFlow.TODAY)), 422, "action");
        assertHistoryLength(planId, 1);
    }

    @Test
    void followUpsPromisedAtAnEventAreRecordedWithTheAttendance() {
        String platformId = listedPlatform();
        String planId = PlanFlow.createPlan(api);
        String targetId = PlanFlow.target(api, planId, PlanFlow.objective(api, planId));
        assertThat(PlanFlow.choose(api, planId, platformId, targetId).status()).isEqualTo(201);

        Api.Response attended = api.post("/api/v1/plans/" + planId + "/attendance", """
                {"platformId":"%s","arrivedAt":"%s","leftAt":"%s",
                 "contactsMet":[{"name":"Ann Lee","company":"St. Mary","targetId":"%s"}],
                 "followUps":[{"personName":"Ann Lee","targetId":"%s","dueOn":"%s","action":"send pricing"}]}
                """.formatted(platformId, PlanFlow.ARRIVED, PlanFlow.LEFT,
                targetId, targetId, EVENT_DAY.plusDays(2)));

        assertThat(attended.status()).as(String.valueOf(attended.body())).isEqualTo(201);
        String followUpId = attended.body().path("followUpIds").get(0).asText();
        JsonNode plan = plan(planId);
        assertThat(plan.path("followUps").get(0).path("followUpId").asText()).isEqualTo(followUpId);
        assertThat(plan.path("followUps").get(0).path("status").asText()).isEqualTo("OPEN");
        assertThat(plan.path("attendance").get(0).path("followUps").get(0).path("action").asText())
                .isEqualTo("send pricing");
        assertThat(plan.path("objectives").get(0).path("progress").path("peopleMet").asInt()).isEqualTo(1);
    }

    @Test
    void badAttendanceIsRefusedNamingTheFieldAndNothingIsStored() {
        String platformId = listedPlatform();
        String planId = PlanFlow.createPlan(api);
        String targetId = PlanFlow.target(api, planId, PlanFlow.objective(api, planId));
        assertThat(PlanFlow.choose(api, planId, platformId, targetId).status()).isEqualTo(201);
        String path = "/api/v1/plans/" + planId + "/attendance";
        String attendance = """
                {"platformId":"%s","arrivedAt":"%s","leftAt":"%s","followUps":[%s]}
                """;

        assertProblem(api.post(path, attendance.formatted(platformId, PlanFlow.PROGRAM_START,
                PlanFlow.PROGRAM_START.plus(500, ChronoUnit.HOURS), "")), 422, "leftAt");
        assertProblem(api.post(path, attendance.formatted(platformId, PlanFlow.PROGRAM_START, PlanFlow.PROGRAM_END,
                "{\"personName\":\"Ann\",\"dueOn\":\"%s\",\"action\":\"call\"}".formatted(EVENT_DAY.minusDays(1)))),
                422, "followUps[0].dueOn");
        assertProblem(api.post(path, attendance.formatted(platformId, PlanFlow.PROGRAM_START, PlanFlow.PROGRAM_END,
                "{\"personName\":\"Ann\",\"dueOn\":\"tomorrow\",\"action\":\"call\"}")), 400, "followUps[0].dueOn");
        assertProblem(api.post(path, attendance.formatted(platformId, "2030-04-10T18:00", PlanFlow.PROGRAM_END, "")),
                400, "arrivedAt");
        assertHistoryLength(planId, 4);
    }
}
