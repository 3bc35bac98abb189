package com.netfocus.planning.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.netfocus.contracts.caller.Caller;
import com.netfocus.contracts.plan.OutreachChannel;
import com.netfocus.planning.outreach.LogOutreach;
import com.netfocus.planning.sending.PlanCommands;
import com.netfocus.planning.support.Api;
import com.netfocus.planning.support.PlanFlow;
import com.netfocus.planning.support.ServiceApiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The two changes made of two steps, each step one command and one event, interrupted after the first step as a
 * process that stops would leave them: the reaction fed from the plan events topic completes the second step, once.
 * The first step is sent here as the request would send it, and the request's second step is never sent.
 */
class InterruptedChangesTest extends ServiceApiTest {

    private static final Duration REACTION = Duration.ofSeconds(30);

    @Autowired
    PlanCommands commands;
    @Autowired
    PlanReader plans;

    private Caller owner() {
        return new Caller("rep-1", org, "north", Set.of("REP"));
    }

    @Test
    void aClosureStoppedAfterTheNewPlanWasOpenedIsCompletedFromTheTopic() {
        String planId = PlanFlow.createPlan(api);
        PlanFlow.objective(api, planId);
        String nextPlanId = CarriedCopies.nextPlanIdOf(planId);
        LocalDates period = new LocalDates();

        // the closure's first step alone: the plan carrying it forward is opened, the old plan is not closed
        commands.send(nextPlanId, new CreatePlan(nextPlanId, "Hospitals next half year", period.start, period.end, 30,
                "rep-1", org, "north", PlanFlow.TODAY, null, CarriedCopies.of(plans.current(planId, owner(), null), nextPlanId, period.start,
                period.end)), owner());

        await().atMost(REACTION).untilAsserted(() -> assertThat(plan(planId).path("status").asText())
                .isEqualTo("CLOSED"));
        JsonNode old = plan(planId);
        assertThat(old.path("nextPlanId").asText()).isEqualTo(nextPlanId);
        JsonNode closing = history(planId).get(2);
        assertThat(closing.path("type").asText()).isEqualTo("PlanClosed");
        assertThat(closing.path("actor").asText()).isEqualTo("rep-1");
        assertThat(plan(nextPlanId).path("previousPlanId").asText()).isEqualTo(planId);

        // the client trying again finds both steps done: the same answer, nothing more stored
        Api.Response again = api.post("/api/v1/plans/" + planId + "/closure", """
                {"carryForward":true,"periodStart":"%s","periodEnd":"%s","hoursBudget":30}"""
                .formatted(period.start, period.end));
        assertThat(again.status()).as(String.valueOf(again.body())).isEqualTo(200);
        assertThat(again.text("nextPlanId")).isEqualTo(nextPlanId);
        assertHistoryLength(planId, 3);
        assertHistoryLength(nextPlanId, 1);
    }

    @Test
    void followUpsReachedByAnOutreachWhoseRequestStoppedAreCompletedFromTheTopicOnce() {
        String contactId = knownContact();
        String planId = PlanFlow.createPlan(api);
        String objectiveId = PlanFlow.objective(api, planId);
        String targetId = api.post("/api/v1/plans/" + planId + "/targets", """
                {"objectiveId":"%s","contactId":"%s","priority":1}""".formatted(objectiveId, contactId))
                .text("targetId");
        for (String action : new String[]{"send the pricing", "invite to the demo"}) {
            api.post("/api/v1/plans/" + planId + "/follow-ups", """
                    {"contactId":"%s","dueOn":"%s","action":"%s"}"""
                    .formatted(contactId, PlanFlow.TODAY.plusDays(3), action));
        }
        String outreachId = UUID.randomUUID().toString();

        // the outreach's first step alone: logged, its follow-ups not yet completed
        commands.send(planId, new LogOutreach(planId, outreachId, targetId, OutreachChannel.EMAIL,
                Instant.now().minus(1, ChronoUnit.HOURS), "sent the pricing", Instant.now()), owner());

        await().atMost(REACTION).untilAsserted(() -> assertThat(plan(planId).path("followUps")
                .findValuesAsText("status")).containsExactly("DONE", "DONE"));
        assertThat(plan(planId).path("followUps").findValuesAsText("outreachId")).containsOnly(outreachId);
        // completed once each: after the five events before it, the outreach and one completion per follow-up
        assertHistoryLength(planId, 8);
    }

    private static final class LocalDates {
        final java.time.LocalDate start = PlanFlow.TODAY.plusDays(181);
        final java.time.LocalDate end = PlanFlow.TODAY.plusDays(360);
    }
}
