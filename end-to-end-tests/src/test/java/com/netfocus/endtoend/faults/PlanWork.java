package com.netfocus.endtoend.faults;

import com.netfocus.infrastructure.stack.GatewayClient;
import com.netfocus.infrastructure.stack.GatewayClient.Answer;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The commands the fault tests send through the gateway: a plan, an objective, targets, outreach. */
final class PlanWork {

    static final String ORG = "faults-org";
    static final String TEAM = "faults-team";

    private final GatewayClient client;
    private final String token;

    PlanWork(GatewayClient client, String userId) {
        this.client = client;
        this.token = client.devToken(userId, ORG, TEAM, List.of("REP"));
    }

    Answer createPlan() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return client.post("/api/v1/plans", token, Map.of("title", "Faults " + UUID.randomUUID(),
                "periodStart", today.toString(), "periodEnd", today.plusMonths(6).toString(), "hoursBudget", 40));
    }

    Answer defineObjective(String planId) {
        return client.post("/api/v1/plans/" + planId + "/objectives", token, Map.of(
                "statement", "Learn from logistics directors in manufacturing how they choose carriers",
                "outcome", "Two discovery meetings with carriers' buyers",
                "metric", "logistics directors met", "target", 4,
                "deadline", LocalDate.now(ZoneOffset.UTC).plusMonths(3).toString()));
    }

    Answer identifyTarget(String planId, String objectiveId) {
        return client.post("/api/v1/plans/" + planId + "/targets", token, Map.of("objectiveId", objectiveId,
                "profile", Map.of("function", "Logistics", "position", "Director", "industry", "Manufacturing"),
                "priority", 2, "rationale", "they pick the carriers"));
    }

    Answer logOutreach(String planId, String targetId) {
        return client.post("/api/v1/plans/" + planId + "/outreach", token, Map.of("targetId", targetId,
                "channel", "PHONE", "happenedAt", Instant.now().minus(Duration.ofMinutes(1)).toString(),
                "summary", "Carrier choice is made once a year"));
    }

    Answer contacts() {
        return client.get("/api/v1/contacts", token);
    }

    Answer plan(String planId) {
        return client.get("/api/v1/plans/" + planId, token);
    }

    /** The plan's events as the event store holds them (up to 1,000). */
    Answer history(String planId) {
        return client.get("/api/v1/plans/" + planId + "/history?limit=1000", token);
    }

    Answer platforms() {
        return client.get("/api/v1/platforms", token);
    }

    /** A plan with an objective and a target, ready for a stream of commands on it. */
    Ready ready() {
        String planId = createPlan().expect(201).body().get("planId").asText();
        String objectiveId = defineObjective(planId).expect(201).body().get("objectiveId").asText();
        String targetId = identifyTarget(planId, objectiveId).expect(201).body().get("targetId").asText();
        return new Ready(planId, objectiveId, targetId);
    }

    record Ready(String planId, String objectiveId, String targetId) {
    }
}
