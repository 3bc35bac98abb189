package com.netfocus.planning.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.netfocus.planning.support.Api;
import com.netfocus.planning.support.PlanFlow;
import com.netfocus.planning.support.ServiceApiTest;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Closing a plan through the API: with carry-forward a new plan holds copies of the open objectives and their active
 * targets, both name each other; the closed plan refuses every change with 409 and stays readable with its history;
 * asking again gives the same answer and stores nothing more.
 */
class ClosureApiTest extends ServiceApiTest {

    private static String plans(String planId) {
        return "/api/v1/plans/" + planId;
    }

    private String carryForwardBody() {
        return """
                {"carryForward":true,"periodStart":"%s","periodEnd":"%s","hoursBudget":30,
                 "reason":"the half year is over"}""".formatted(PlanFlow.TODAY.plusDays(181), PlanFlow.TODAY.plusDays(360));
    }

    @Test
    void aPlanClosedWithCarryForwardContinuesInANewPlanThatNamesIt() {
        String planId = PlanFlow.createPlan(api);
        String objectiveId = PlanFlow.objective(api, planId);
        String targetId = PlanFlow.target(api, planId, objectiveId);
        String dropped = PlanFlow.objective(api, planId);
        api.post(plans(planId) + "/objectives/" + dropped + "/abandoned", "{\"reason\":\"no budget\"}");

        Api.Response closed = api.post(plans(planId) + "/closure", carryForwardBody());

        assertThat(closed.status()).as(String.valueOf(closed.body())).isEqualTo(200);
        String nextPlanId = closed.text("nextPlanId");
        assertThat(nextPlanId).isNotBlank().isNotEqualTo(planId);
        JsonNode old = plan(planId);
        assertThat(old.path("status").asText()).isEqualTo("CLOSED");
        assertThat(old.path("nextPlanId").asText()).isEqualTo(nextPlanId);
        JsonNode next = plan(nextPlanId);
        assertThat(next.path("previousPlanId").asText()).isEqualTo(planId);
        assertThat(next.path("ownerId").asText()).isEqualTo("rep-1");
        assertThat(next.path("periodStart").asText()).isEqualTo(PlanFlow.TODAY.plusDays(181).toString());
        assertThat(next.path("hours").path("budgeted").asDouble()).isEqualTo(30);
        assertThat(next.path("title").asText()).isEqualTo(old.path("title").asText());
        assertThat(next.path("objectives")).hasSize(1);
        assertThat(next.path("objectives").get(0).path("statement").asText())
                .isEqualTo(old.path("objectives").get(0).path("statement").asText());
        assertThat(next.path("targets")).hasSize(1);
        assertThat(next.path("targets").get(0).path("objectiveId").asText())
                .isEqualTo(next.path("objectives").get(0).path("objectiveId").asText());
        assertThat(next.path("targets").get(0).path("targetId").asText()).isNotEqualTo(targetId);
        JsonNode closing = history(planId).get(history(planId).size() - 1);
        assertThat(closing.path("type").asText()).isEqualTo("PlanClosed");
        assertThat(closing.path("actor").asText()).isEqualTo("rep-1");
        assertThat(closing.path("payload").path("reason").asText()).isEqualTo("the half year is over");
        assertThat(history(nextPlanId).get(0).path("payload").path("carriedForward").path("fromPlanId").asText())
                .isEqualTo(planId);

        // the new plan takes work: a target for the copied objective
        assertThat(PlanFlow.target(api, nextPlanId, next.path("objectives").get(0).path("objectiveId").asText()))
                .isNotBlank();
    }

    @Test
    void aClosedPlanRefusesEveryChangeWith409AndStaysReadable() {
        String planId = PlanFlow.createPlan(api);
        String objectiveId = PlanFlow.objective(api, planId);
        Instant open = Instant.now();
        Api.Response closed = api.post(plans(planId) + "/closure", null);
        assertThat(closed.status()).as(String.valueOf(closed.body())).isEqualTo(200);
        assertThat(closed.body().path("nextPlanId").isNull()).isTrue();

        assertProblem(api.patch(plans(planId), "{\"title\":\"Reopened\"}"), 409, "planId");
        assertProblem(PlanFlow.defineObjective(api, planId), 409, "planId");
        assertProblem(api.post(plans(planId) + "/targets", """
                {"objectiveId":"%s","profile":{"position":"CFO"},"priority":1}""".formatted(objectiveId)), 409,
                "planId");
        assertProblem(api.post(plans(planId) + "/closure", carryForwardBody()), 409, "planId");
        assertHistoryLength(planId, 3);
        assertThat(api.get(plans(planId) + "?asOf=" + open).body().path("status").asText()).isEqualTo("FOCUSED");
        assertThat(plan(planId).path("status").asText()).isEqualTo("CLOSED");
    }

    @Test
    void closingAgainWithTheSameCarryForwardAnswersTheSameAndStoresNothingMore() {
        String planId = PlanFlow.createPlan(api);
        PlanFlow.objective(api, planId);
        String nextPlanId = api.post(plans(planId) + "/closure", carryForwardBody()).text("nextPlanId");

        Api.Response again = api.post(plans(planId) + "/closure", carryForwardBody());

        assertThat(again.status()).as(String.valueOf(again.body())).isEqualTo(200);
        assertThat(again.text("nextPlanId")).isEqualTo(nextPlanId);
        assertHistoryLength(planId, 3);
        assertHistoryLength(nextPlanId, 1);
    }

    @Test
    void badClosuresAreRefusedNamingTheFieldAndStoreNothing() {
        String planId = PlanFlow.createPlan(api);
        assertProblem(api.post(plans(planId) + "/closure", "{\"carryForward\":true}"), 422, "periodStart",
                "periodEnd", "hoursBudget");
        assertProblem(api.post(plans(planId) + "/closure", """
                {"carryForward":true,"periodStart":"%s","periodEnd":"%s","hoursBudget":30}"""
                .formatted(PlanFlow.TODAY.plusDays(30), PlanFlow.TODAY)), 422, "periodEnd");
        assertProblem(api.post(plans(planId) + "/closure", "{\"hoursBudget\":30}"), 422, "hoursBudget");
        assertHistoryLength(planId, 1);
        assertThat(plan(planId).path("status").asText()).isEqualTo("OPEN");
    }

    @Test
    void onlyTheOwnerClosesAndNoPlanIsOpenedForAnyoneElse() {
        String planId = PlanFlow.createPlan(api);
        PlanFlow.objective(api, planId);
        Api manager = new Api(port, "mgr-1", org, "north").withRoles("MANAGER");

        assertProblem(manager.post(plans(planId) + "/closure", carryForwardBody()), 403);
        assertHistoryLength(planId, 2);
        assertThat(manager.get(plans(planId)).body().path("status").asText()).isEqualTo("FOCUSED");
        assertThat(new Api(port, "rep-1", "other-" + org, "north").post(plans(planId) + "/closure", null).status())
                .isEqualTo(404);
    }
}
