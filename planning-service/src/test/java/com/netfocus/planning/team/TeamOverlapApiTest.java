package com.netfocus.planning.team;

import com.fasterxml.jackson.databind.JsonNode;
import com.netfocus.planning.support.Api;
import com.netfocus.planning.support.PlanFlow;
import com.netfocus.planning.support.ServiceApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A second rep of the team chooses the platform a teammate chose for the same profile: accepted with a TEAM_OVERLAP
 * warning naming the teammate and the profile; once the org's admin makes it a refusal, a third rep is refused (422)
 * naming both. The teammates' choices come from planning's own projection of its plan events, read through Kafka.
 */
class TeamOverlapApiTest extends ServiceApiTest {

    @Autowired
    TeamChoicesStore teams;

    @Test
    void aSecondRepAtTheSamePlatformForTheSamePeopleIsWarnedAndWhereTheOrgSaysSoRefused() {
        String platformId = listedPlatform();
        Api ana = api.as("ana", org);
        Api ben = api.as("ben", org);
        Api cai = api.as("cai", org);

        Api.Response first = chooseInANewPlan(ana, platformId);
        assertThat(first.status()).as(String.valueOf(first.body())).isEqualTo(201);
        assertThat(first.body().has("warnings")).isFalse();
        awaitTeammates(platformId, "ben", 1);

        Api.Response second = chooseInANewPlan(ben, platformId);
        assertThat(second.status()).as(String.valueOf(second.body())).isEqualTo(201);
        JsonNode warning = second.body().get("warnings").get(0);
        assertThat(warning.get("code").asText()).isEqualTo("TEAM_OVERLAP");
        assertThat(warning.get("teammates")).extracting(JsonNode::asText).containsExactly("ana");
        assertThat(warning.get("profiles").get(0).get("position").asText()).isEqualTo("CFO");

        Api.Response settings = api.withRoles("ADMIN").put("/api/v1/org-settings", """
                {"maxActiveObjectives":3,"peopleMetPerHour":2.0,"refuseTeamOverlap":true}""");
        assertThat(settings.status()).as(String.valueOf(settings.body())).isEqualTo(200);
        assertThat(settings.body().get("refuseTeamOverlap").asBoolean()).isTrue();
        awaitTeammates(platformId, "cai", 2);

        Api.Response refused = chooseInANewPlan(cai, platformId);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(fields(refused)).containsExactly("platformId");
        assertThat(refused.body().get("errors").get(0).get("reason").asText()).contains("ana", "ben");
    }

    private Api.Response chooseInANewPlan(Api rep, String platformId) {
        String planId = PlanFlow.createPlan(rep);
        String targetId = PlanFlow.target(rep, planId, PlanFlow.objective(rep, planId));
        return PlanFlow.choose(rep, planId, platformId, targetId);
    }

    private void awaitTeammates(String platformId, String chooser, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() ->
                teams.teammatesAt(org, "north", platformId, chooser).size() == count);
    }
}
