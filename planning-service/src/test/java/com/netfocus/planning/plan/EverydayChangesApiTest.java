package com.netfocus.planning.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.netfocus.planning.support.Api;
import com.netfocus.planning.support.PlanFlow;
import com.netfocus.planning.support.ServiceApiTest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The everyday changes through the API: revising the plan, withdrawing a choice, retiring a target, correcting and
 * retracting an attendance, moving and cancelling a follow-up, outreach completing follow-ups. Each is an event in the
 * history with its actor and reason, the plan as of before it shows what it replaced, and each refusal stores nothing.
 */
class EverydayChangesApiTest extends ServiceApiTest {

    private String plans(String planId) {
        return "/api/v1/plans/" + planId;
    }

    private JsonNode lastEvent(String planId) {
        JsonNode history = history(planId);
        return history.get(history.size() - 1);
    }

    private static void assertOk(Api.Response response) {
        assertThat(response.status()).as(String.valueOf(response.body())).isEqualTo(200);
    }

    @Test
    void aRevisionIsInTheHistoryWithItsActorAndReasonAndThePlanAsOfBeforeShowsTheOldFrame() throws Exception {
        String planId = PlanFlow.createPlan(api);
        Instant beforeRevision = Instant.now();
        Thread.sleep(5);

        Api.Response revised = api.patch(plans(planId), """
                {"title":"Hospitals, north","hoursBudget":25,"reason":"fewer evenings this half year"}""");

        assertOk(revised);
        assertThat(revised.body().path("version").asLong()).isEqualTo(1);
        JsonNode event = lastEvent(planId);
        assertThat(event.path("type").asText()).isEqualTo("PlanRevised");
        assertThat(event.path("actor").asText()).isEqualTo("rep-1");
        assertThat(event.path("payload").path("reason").asText()).isEqualTo("fewer evenings this half year");
        assertThat(event.path("payload").path("periodEnd").asText()).isEqualTo(PlanFlow.TODAY.plusDays(180).toString());
        assertThat(plan(planId).path("title").asText()).isEqualTo("Hospitals, north");
        assertThat(plan(planId).path("hours").path("budgeted").asDouble()).isEqualTo(25);
        JsonNode before = api.get(plans(planId) + "?asOf=" + beforeRevision).body();
        assertThat(before.path("title").asText()).isEqualTo("Hospitals this half year");
        assertThat(before.path("hours").path("budgeted").asDouble()).isEqualTo(40);
    }

    @Test
    void revisionsBreakingARuleAreRefusedAndStoreNothing() {
        // a programme ten days ahead: the plan's end may not come before it
        Instant inTenDays = PlanFlow.STARTED.plus(10, ChronoUnit.DAYS);
        String platformId = listedPlatform(inTenDays, inTenDays.plus(2, ChronoUnit.HOURS), PlanFlow.AUDIENCE);
        String planId = PlanFlow.createPlan(api);
        String targetId = PlanFlow.target(api, planId, PlanFlow.objective(api, planId));
        assertThat(PlanFlow.choose(api, planId, platformId, targetId).status()).isEqualTo(201);

        assertProblem(api.patch(plans(planId), "{\"hoursBudget\":3}"), 422, "hoursBudget");
        assertProblem(api.patch(plans(planId), "{\"periodEnd\":\"" + PlanFlow.TODAY.minusDays(2) + "\"}"), 422,
                "periodEnd");
        assertProblem(api.patch(plans(planId), "{\"periodEnd\":\"" + PlanFlow.TODAY.plusDays(2) + "\"}"), 422,
                "periodEnd");
        assertProblem(api.patch(plans(planId), "{\"title\":\"  \"}"), 422, "title");
        assertProblem(api.patch(plans(planId), "{\"reason\":\"nothing else\"}"), 422, "body");
        assertHistoryLength(planId, 4);
    }

    @Test
    void aChoiceIsWithdrawnWithItsReasonUntilItIsAttended() {
        String platformId = listedPlatform();
        String planId = PlanFlow.createPlan(api);
        String targetId = PlanFlow.target(api, planId, PlanFlow.objective(api, planId));
        assertThat(PlanFlow.choose(api, planId, platformId, targetId).status()).isEqualTo(201);

        Api.Response withdrawn = api.delete(plans(planId) + "/platforms/" + platformId,
                "{\"reason\":\"clashes with the board meeting\"}");

        assertOk(withdrawn);
        assertThat(plan(planId).path("hours").path("planned").asDouble()).isZero();
        assertThat(plan(planId).path("platforms")).isEmpty();
        assertThat(lastEvent(planId).path("payload").path("reason").asText()).isEqualTo("clashes with the board meeting");
        assertProblem(api.delete(plans(planId) + "/platforms/" + platformId), 422, "platformId");

        assertThat(PlanFlow.choose(api, planId, platformId, targetId).status()).isEqualTo(201);
        assertThat(PlanFlow.attend(api, planId, platformId, targetId).status()).isEqualTo(201);
        assertProblem(api.delete(plans(planId) + "/platforms/" + platformId), 422, "platformId");
        assertHistoryLength(planId, 7);
    }

    @Test
    void aRetiredTargetNamesTheChoicesLeftWithoutAnActiveTarget() {
        String platformId = listedPlatform();
        String planId = PlanFlow.createPlan(api);
        String targetId = PlanFlow.target(api, planId, PlanFlow.objective(api, planId));
        assertThat(PlanFlow.choose(api, planId, platformId, targetId).status()).isEqualTo(201);

        Api.Response retired = api.delete(plans(planId) + "/targets/" + targetId);

        assertOk(retired);
        assertThat(retired.body().path("choicesServingOnlyIt").get(0).asText()).isEqualTo(platformId);
        assertThat(plan(planId).path("targets")).isEmpty();
        assertThat(plan(planId).path("retiredTargets").get(0).path("targetId").asText()).isEqualTo(targetId);
        assertProblem(api.delete(plans(planId) + "/targets/" + targetId), 422, "targetId");
        assertHistoryLength(planId, 5);
    }

    @Test
    void anAttendanceIsCorrectedAndRetractedByItsIdAndTheFiguresFollow() {
        String platformId = listedPlatform();
        String planId = PlanFlow.createPlan(api);
        String targetId = PlanFlow.target(api, planId, PlanFlow.objective(api, planId));
        assertThat(PlanFlow.choose(api, planId, platformId, targetId).status()).isEqualTo(201);
        Api.Response logged = PlanFlow.attend(api, planId, platformId, targetId);
        String attendanceId = logged.text("attendanceId");
        assertThat(attendanceId).isNotBlank();
        assertThat(logged.body().path("version").asLong()).isEqualTo(4);
        String personId = plan(planId).path("attendance").get(0).path("contactsMet").get(0).path("personId").asText();

        Api.Response corrected = api.put(plans(planId) + "/attendance/" + attendanceId, """
                {"arrivedAt":"%s","leftAt":"%s",
                 "contactsMet":[{"name":"Ann Lee","company":"St. Mary","targetId":"%s","personId":"%s"},
                                {"name":"Bob Ray","company":"St. Mary","targetId":"%s"}],
                 "notes":"stayed for dinner","reason":"I left later than I logged"}"""
                .formatted(PlanFlow.PROGRAM_START.minus(45, ChronoUnit.MINUTES),
                        PlanFlow.LEFT.plus(30, ChronoUnit.MINUTES), targetId, personId, targetId));

        assertOk(corrected);
        JsonNode plan = plan(planId);
        assertThat(plan.path("hours").path("spent").asDouble()).isEqualTo(2.25);
        assertThat(plan.path("objectives").get(0).path("progress").path("peopleMet").asInt()).isEqualTo(2);
        JsonNode people = plan.path("attendance").get(0).path("contactsMet");
        assertThat(people.findValuesAsText("name")).containsExactly("Ann Lee", "Bob Ray");
        assertThat(people.get(0).path("personId").asText()).isEqualTo(personId);
        JsonNode correction = lastEvent(planId);
        assertThat(correction.path("type").asText()).isEqualTo("AttendanceCorrected");
        assertThat(correction.path("payload").path("contactsMet").get(1).path("name").asText()).isEqualTo("Bob Ray");

        assertProblem(api.put(plans(planId) + "/attendance/" + attendanceId, """
                {"arrivedAt":"%s","leftAt":"%s"}""".formatted(PlanFlow.PROGRAM_END, PlanFlow.PROGRAM_START)), 422,
                "leftAt");

        assertOk(api.delete(plans(planId) + "/attendance/" + attendanceId, "{\"reason\":\"logged at the wrong plan\"}"));
        plan = plan(planId);
        assertThat(plan.path("attendance")).isEmpty();
        assertThat(plan.path("hours").path("spent").asDouble()).isZero();
        assertThat(plan.path("platforms")).hasSize(1);
        assertProblem(api.delete(plans(planId) + "/attendance/" + attendanceId), 422, "attendanceId");
        assertThat(api.delete(plans(planId) + "/attendance/" + java.util.UUID.randomUUID()).status()).isEqualTo(404);
        assertHistoryLength(planId, 7);
    }

    @Test
    void aFollowUpIsMovedThenCancelledAndThenChangesNoMore() {
        String planId = PlanFlow.createPlan(api);
        Api.Response scheduled = api.post(plans(planId) + "/follow-ups", """
                {"personName":"Ann Lee","dueOn":"%s","action":"send the case study"}"""
                .formatted(PlanFlow.TODAY.plusDays(3)));
        String followUp = plans(planId) + "/follow-ups/" + scheduled.text("followUpId");

        assertOk(api.patch(followUp, "{\"dueOn\":\"" + PlanFlow.TODAY.plusDays(20) + "\",\"reason\":\"she is away\"}"));
        assertThat(plan(planId).path("followUps").get(0).path("dueOn").asText())
                .isEqualTo(PlanFlow.TODAY.plusDays(20).toString());
        assertProblem(api.patch(followUp, "{\"dueOn\":\"" + PlanFlow.TODAY.minusDays(1) + "\"}"), 422, "dueOn");

        assertOk(api.delete(followUp));
        assertThat(plan(planId).path("followUps").get(0).path("status").asText()).isEqualTo("CANCELLED");
        assertProblem(api.patch(followUp, "{\"action\":\"call instead\"}"), 422, "followUpId");
        assertProblem(api.delete(followUp), 422, "followUpId");
        assertHistoryLength(planId, 4);
    }

    @Test
    void outreachWithAPersonCompletesTheirOpenFollowUps() {
        String contactId = knownContact();
        String planId = PlanFlow.createPlan(api);
        String objectiveId = PlanFlow.objective(api, planId);
        Api.Response target = api.post(plans(planId) + "/targets", """
                {"objectiveId":"%s","contactId":"%s","priority":1,"rationale":"she decides"}"""
                .formatted(objectiveId, contactId));
        String followUpId = api.post(plans(planId) + "/follow-ups", """
                {"contactId":"%s","dueOn":"%s","action":"send the pricing"}"""
                .formatted(contactId, PlanFlow.TODAY.plusDays(3))).text("followUpId");

        Api.Response outreach = api.post(plans(planId) + "/outreach", """
                {"targetId":"%s","channel":"PHONE","happenedAt":"%s","summary":"pricing discussed"}"""
                .formatted(target.text("targetId"), Instant.now().minus(1, ChronoUnit.HOURS)));

        assertThat(outreach.status()).as(String.valueOf(outreach.body())).isEqualTo(201);
        assertThat(outreach.body().path("completedFollowUpIds").get(0).asText()).isEqualTo(followUpId);
        assertThat(outreach.body().path("version").asLong()).isEqualTo(5);
        JsonNode followUp = plan(planId).path("followUps").get(0);
        assertThat(followUp.path("status").asText()).isEqualTo("DONE");
        assertThat(followUp.path("outreachId").asText()).isEqualTo(outreach.text("outreachId"));
        JsonNode completion = lastEvent(planId);
        assertThat(completion.path("type").asText()).isEqualTo("FollowUpCompleted");
        assertThat(completion.path("payload").path("outreachId").asText()).isEqualTo(outreach.text("outreachId"));
        assertThat(completion.path("actor").asText()).isEqualTo("rep-1");
    }
}
