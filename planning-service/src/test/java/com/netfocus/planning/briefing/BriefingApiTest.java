package com.netfocus.planning.briefing;

import com.fasterxml.jackson.databind.JsonNode;
import com.netfocus.contracts.catalog.AudienceShare;
import com.netfocus.planning.support.Api;
import com.netfocus.planning.support.PlanFlow;
import com.netfocus.planning.support.ServiceApiTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Planning's part of a chosen platform's briefing: when to arrive and leave, where, which of the plan's targets the
 * audience serves and how many of each to expect, what outreach learned, the teammates going and for whom, the open
 * follow-ups with people of those targets (names revealed); read as the plan is; a platform not chosen is a 404.
 */
class BriefingApiTest extends ServiceApiTest {

    @Test
    void aChosenPlatformsBriefingSaysWhenWhereWhomToExpectWhatWasLearnedAndWhoGoesToo() {
        // 200 expected: 10 % hospital finance CFOs (20), 5 % hospital IT CIOs (10)
        String platformId = listedPlatform("Jaarbeurs, Utrecht", 200,
                List.of(new AudienceShare("finance", "CFO", "healthcare", 0.1),
                        new AudienceShare("it", "CIO", "healthcare", 0.05)));
        Api teammate = api.as("rep-2", org);
        String teammatesPlan = PlanFlow.createPlan(teammate);
        String teammatesTarget = PlanFlow.target(teammate, teammatesPlan, PlanFlow.objective(teammate, teammatesPlan));
        assertThat(PlanFlow.choose(teammate, teammatesPlan, platformId, teammatesTarget).status()).isEqualTo(201);

        String planId = PlanFlow.createPlan(api);
        String objectiveId = PlanFlow.objective(api, planId);
        String cfos = PlanFlow.target(api, planId, objectiveId);
        String cios = api.post("/api/v1/plans/" + planId + "/targets", """
                {"objectiveId":"%s","profile":{"function":"IT","position":"cio","industry":"Healthcare"},
                 "priority":2,"rationale":"they choose the software"}""".formatted(objectiveId)).text("targetId");
        assertThat(api.post("/api/v1/plans/" + planId + "/outreach", """
                {"targetId":"%s","channel":"PHONE","happenedAt":"%s","summary":"CFOs there care about cash flow"}"""
                .formatted(cfos, Instant.now().minus(1, ChronoUnit.HOURS))).status()).isEqualTo(201);
        assertThat(api.post("/api/v1/plans/" + planId + "/follow-ups", """
                {"personName":"Ann Lee","targetId":"%s","dueOn":"%s","action":"bring the case study"}"""
                .formatted(cfos, PlanFlow.TODAY.plusDays(3))).status()).isEqualTo(201);
        assertThat(PlanFlow.choose(api, planId, platformId, cfos).status()).isEqualTo(201);
        String path = "/api/v1/plans/" + planId + "/platforms/" + platformId + "/briefing?minVersion=6";
        await().atMost(Duration.ofSeconds(30)).until(() -> api.get(path).body().path("teammates").size() == 1);

        JsonNode briefing = api.get(path).body();

        assertThat(briefing.get("location").asText()).isEqualTo("Jaarbeurs, Utrecht");
        assertThat(Instant.parse(briefing.get("arriveAt").asText()))
                .isEqualTo(PlanFlow.PROGRAM_START.minus(30, ChronoUnit.MINUTES));
        assertThat(Instant.parse(briefing.get("leaveAt").asText()))
                .isEqualTo(PlanFlow.PROGRAM_END.plus(60, ChronoUnit.MINUTES));
        assertThat(briefing.get("targets")).hasSize(2);
        assertThat(briefing.get("targets").get(0).get("targetId").asText()).isEqualTo(cfos);
        assertThat(briefing.get("targets").get(0).get("chosenFor").asBoolean()).isTrue();
        assertThat(briefing.get("targets").get(0).get("expectedPeople").asDouble()).isEqualTo(20.0);
        assertThat(briefing.get("targets").get(1).get("targetId").asText()).isEqualTo(cios);
        assertThat(briefing.get("targets").get(1).get("chosenFor").asBoolean()).isFalse();
        assertThat(briefing.get("targets").get(1).get("expectedPeople").asDouble()).isEqualTo(10.0);
        assertThat(briefing.get("learned").get(0).get("summary").asText()).isEqualTo("CFOs there care about cash flow");
        assertThat(briefing.get("teammates").get(0).get("memberId").asText()).isEqualTo("rep-2");
        assertThat(briefing.get("teammates").get(0).get("profiles").get(0).get("position").asText()).isEqualTo("CFO");
        assertThat(briefing.get("followUps").get(0).get("personName").asText()).isEqualTo("Ann Lee");
        assertThat(briefing.get("followUps").get(0).get("action").asText()).isEqualTo("bring the case study");
    }

    @Test
    void readAsThePlanIsAndOnlyForAChosenPlatform() {
        // listed before the place, attendance and audience travelled with a listing: the briefing still comes
        String platformId = listedPlatform(PlanFlow.PROGRAM_START, PlanFlow.PROGRAM_END, null);
        String planId = PlanFlow.createPlan(api);
        String targetId = PlanFlow.target(api, planId, PlanFlow.objective(api, planId));
        String path = "/api/v1/plans/" + planId + "/platforms/" + platformId + "/briefing";
        assertThat(api.get(path).status()).isEqualTo(404);
        assertThat(PlanFlow.choose(api, planId, platformId, targetId).status()).isEqualTo(201);

        assertThat(api.get(path + "?minVersion=3").status()).isEqualTo(200);
        assertThat(api.get(path).body().get("expectedAttendance").isNull()).isTrue();
        assertThat(api.as("rep-2", org).get(path).status()).isEqualTo(403);
        assertThat(api.as("manager-1", org).withRoles("MANAGER").get(path).status()).isEqualTo(200);
        assertThat(api.as("rep-1", "other-" + org).withRoles("REP,MANAGER,ADMIN").get(path).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/plans/" + UUID.randomUUID() + "/platforms/" + platformId + "/briefing").status())
                .isEqualTo(404);
    }
}
