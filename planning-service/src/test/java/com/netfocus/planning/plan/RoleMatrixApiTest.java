package com.netfocus.planning.plan;

import com.netfocus.planning.support.Api;
import com.netfocus.planning.support.PlanFlow;
import com.netfocus.planning.support.ServiceApiTest;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every endpoint of the service, called as the plan's owner (a REP), another REP of the same team, the team's
 * MANAGER, a MANAGER of another team, an ADMIN of the org, and a user of another org (holding every role, and the
 * owner's user id): the status each gets, and, after every refused call, the plan's events exactly as before.
 */
class RoleMatrixApiTest extends ServiceApiTest {

    private static final String PLANS = "/api/v1/plans";
    private static final String PLAN = PLANS + "/{planId}";
    private static final String OBJECTIVE = PLAN + "/objectives/{objectiveId}";
    private static final String SETTINGS = "/api/v1/org-settings";
    private static final String AUDIT = "/api/v1/audit";
    private static final String DEAD_LETTERS = "/api/v1/dead-letters/planning";
    /** Every endpoint the matrix walks; {@link #theMatrixWalksEveryEndpointOfTheService} holds it to the service. */
    private static final Set<String> ENDPOINTS = Set.of(
            "POST " + PLANS, "GET " + PLANS, "GET " + PLAN, "GET " + PLAN + "/history",
            "GET " + PLAN + "/history/verification",
            "POST " + PLAN + "/objectives", "PUT " + OBJECTIVE, "POST " + OBJECTIVE + "/progress",
            "POST " + OBJECTIVE + "/achieved", "POST " + OBJECTIVE + "/abandoned", "POST /api/v1/smart-check",
            "POST " + PLAN + "/targets", "POST " + PLAN + "/outreach", "POST " + PLAN + "/platforms",
            "POST " + PLAN + "/attendance", "POST " + PLAN + "/follow-ups",
            "POST " + PLAN + "/follow-ups/{followUpId}/completed",
            "GET " + SETTINGS, "PUT " + SETTINGS, "GET " + PLAN + "/calendar.ics",
            "GET " + PLAN + "/platforms/{platformId}/briefing",
            "PATCH " + PLAN, "POST " + PLAN + "/closure", "DELETE " + PLAN + "/platforms/{platformId}",
            "DELETE " + PLAN + "/targets/{targetId}", "PUT " + PLAN + "/attendance/{attendanceId}",
            "DELETE " + PLAN + "/attendance/{attendanceId}", "PATCH " + PLAN + "/follow-ups/{followUpId}",
            "DELETE " + PLAN + "/follow-ups/{followUpId}", "GET " + DEAD_LETTERS,
            "POST " + DEAD_LETTERS + "/{deadLetterId}/replay", "GET " + AUDIT);

    @Autowired
    EventStorageEngine events;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private Api owner;
    private Api teammate;
    private Api manager;
    private Api otherManager;
    private Api admin;
    private Api stranger;
    private final Set<String> walked = new LinkedHashSet<>();

    @BeforeEach
    void callers() {
        owner = api;
        teammate = new Api(port, "rep-2", org, "north");
        manager = new Api(port, "mgr-1", org, "north").withRoles("MANAGER");
        otherManager = new Api(port, "mgr-2", org, "south").withRoles("MANAGER");
        admin = new Api(port, "adm-1", org, "hq").withRoles("ADMIN");
        stranger = new Api(port, "rep-1", "other-" + org, "north").withRoles("REP,MANAGER,ADMIN");
    }

    /** What each caller but the owner gets for reading a plan. */
    private Map<Api, Integer> readers() {
        return statuses(403, 200, 403, 200, 404);
    }

    /** What each caller but the owner gets for changing a plan. */
    private Map<Api, Integer> changers() {
        return statuses(403, 403, 403, 403, 404);
    }

    private Map<Api, Integer> statuses(int teammateGets, int managerGets, int otherManagerGets, int adminGets,
                                       int strangerGets) {
        Map<Api, Integer> statuses = new LinkedHashMap<>();
        statuses.put(teammate, teammateGets);
        statuses.put(manager, managerGets);
        statuses.put(otherManager, otherManagerGets);
        statuses.put(admin, adminGets);
        statuses.put(stranger, strangerGets);
        return statuses;
    }

    @Test
    void theMatrixWalksEveryEndpointOfTheService() {
        Set<String> served = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            info.getPatternValues().stream().filter(pattern -> pattern.startsWith("/api/"))
                    .forEach(pattern -> info.getMethodsCondition().getMethods()
                            .forEach(method -> served.add(method.name() + " " + pattern)));
        }
        assertThat(served).containsExactlyInAnyOrderElementsOf(ENDPOINTS);
    }

    @Test
    void everyEndpointAnswersEachCallerAsTheirRoleAllowsAndRefusalsChangeNothing() {
        String platformId = listedPlatform();
        String planId = PlanFlow.createPlan(owner);
        String objectiveId = PlanFlow.objective(owner, planId);
        String targetId = PlanFlow.target(owner, planId, objectiveId);
        Map<String, String> ids = Map.of("planId", planId, "objectiveId", objectiveId);

        // reads: the owner, the team's manager and the org's admin
        walk(new Call("GET", PLAN, "", null), ids, readers(), 200);
        walk(new Call("GET", PLAN, "?asOf=" + Instant.now(), null), ids, readers(), 200);
        walk(new Call("GET", PLAN, "?minVersion=2", null), ids, readers(), 200);
        walk(new Call("GET", PLAN + "/history", "", null), ids, readers(), 200);
        walk(new Call("GET", PLAN + "/history", "?fromSequence=1&limit=1", null), ids, readers(), 200);
        walk(new Call("GET", PLAN + "/history/verification", "", null), ids, readers(), 200);
        walk(new Call("GET", PLAN + "/calendar.ics", "", null), ids, readers(), 200);
        walk(new Call("POST", "/api/v1/smart-check", "", """
                {"planId":"%s","statement":"Learn how hospital CFOs choose billing software","outcome":"pilots",
                 "metric":"CFOs met","target":5,"deadline":"%s"}""".formatted(planId, PlanFlow.TODAY.plusDays(60))),
                ids, readers(), 200);

        // changes: the owner only
        String objectiveBody = """
                {"statement":"Learn how hospital CIOs choose billing software","outcome":"one pilot deal",
                 "metric":"CIOs met","target":6,"deadline":"%s"}""".formatted(PlanFlow.TODAY.plusDays(90));
        String secondObjective = walk(new Call("POST", PLAN + "/objectives", "", objectiveBody), ids, changers(), 201)
                .text("objectiveId");
        walk(new Call("PUT", OBJECTIVE, "", objectiveBody), ids, changers(), 200);
        walk(new Call("POST", OBJECTIVE + "/progress", "", "{\"amount\":2,\"note\":\"two calls\"}"), ids,
                changers(), 201);
        walk(new Call("POST", PLAN + "/targets", "", """
                {"objectiveId":"%s","profile":{"function":"it","position":"CIO","industry":"healthcare"},
                 "priority":2,"rationale":"they choose"}""".formatted(objectiveId)), ids, changers(), 201);
        walk(new Call("POST", PLAN + "/outreach", "", """
                {"targetId":"%s","channel":"PHONE","happenedAt":"%s","summary":"asked about budgets"}"""
                .formatted(targetId, Instant.now().minus(1, ChronoUnit.HOURS))), ids, changers(), 201);
        String choice = """
                {"platformId":"%s","targetIds":["%s"],"arriveEarlyMinutes":30,"stayLateMinutes":60}"""
                .formatted(platformId, targetId);
        walk(new Call("POST", PLAN + "/platforms", "", choice), ids, changers(), 201);
        walk(new Call("DELETE", PLAN + "/platforms/{platformId}", "", "{\"reason\":\"clashes\"}"),
                Map.of("planId", planId, "platformId", platformId), changers(), 200);
        assertThat(owner.post("/api/v1/plans/" + planId + "/platforms", choice).status()).isEqualTo(201);
        walk(new Call("GET", PLAN + "/platforms/{platformId}/briefing", "", null),
                Map.of("planId", planId, "platformId", platformId), readers(), 200);
        String attendanceId = walk(new Call("POST", PLAN + "/attendance", "", """
                {"platformId":"%s","arrivedAt":"%s","leftAt":"%s","contactsMet":[],"notes":"quiet evening"}"""
                .formatted(platformId, PlanFlow.ARRIVED, PlanFlow.LEFT)), ids, changers(), 201).text("attendanceId");
        Map<String, String> attendance = Map.of("planId", planId, "attendanceId", attendanceId);
        walk(new Call("PUT", PLAN + "/attendance/{attendanceId}", "", """
                {"arrivedAt":"%s","leftAt":"%s","contactsMet":[],"notes":"left later","reason":"typo"}"""
                .formatted(PlanFlow.ARRIVED, PlanFlow.LEFT.plus(30, ChronoUnit.MINUTES))), attendance, changers(),
                200);
        walk(new Call("DELETE", PLAN + "/attendance/{attendanceId}", "", null), attendance, changers(), 200);
        String followUpId = walk(new Call("POST", PLAN + "/follow-ups", "", """
                {"personName":"Ann Lee","targetId":"%s","dueOn":"%s","action":"send the case study"}"""
                .formatted(targetId, PlanFlow.TODAY.plusDays(3))), ids, changers(), 201).text("followUpId");
        walk(new Call("POST", PLAN + "/follow-ups/{followUpId}/completed", "", "{\"outcome\":\"demo booked\"}"),
                Map.of("planId", planId, "followUpId", followUpId), changers(), 200);
        Map<String, String> second = Map.of("planId", planId, "followUpId", owner.post("/api/v1/plans/" + planId
                + "/follow-ups", """
                {"personName":"Bob Ray","dueOn":"%s","action":"call"}""".formatted(PlanFlow.TODAY.plusDays(3)))
                .text("followUpId"));
        walk(new Call("PATCH", PLAN + "/follow-ups/{followUpId}", "", "{\"action\":\"call about the pilot\"}"),
                second, changers(), 200);
        walk(new Call("DELETE", PLAN + "/follow-ups/{followUpId}", "", "{\"reason\":\"he left\"}"), second,
                changers(), 200);
        walk(new Call("POST", OBJECTIVE + "/achieved", "", "{\"note\":\"signed\"}"), ids, changers(), 200);
        walk(new Call("POST", OBJECTIVE + "/abandoned", "", "{\"reason\":\"no budget this year\"}"),
                Map.of("planId", planId, "objectiveId", secondObjective), changers(), 200);
        walk(new Call("DELETE", PLAN + "/targets/{targetId}", "", null),
                Map.of("planId", planId, "targetId", targetId), changers(), 200);
        walk(new Call("PATCH", PLAN, "", "{\"title\":\"Hospitals, north\",\"reason\":\"clearer\"}"), ids, changers(),
                200);
        walk(new Call("POST", PLAN + "/closure", "", """
                {"carryForward":true,"periodStart":"%s","periodEnd":"%s","hoursBudget":20}"""
                .formatted(PlanFlow.TODAY.plusDays(181), PlanFlow.TODAY.plusDays(360))), ids, changers(), 200);

        assertThat(owner.get("/api/v1/plans/" + planId + "/history").body()).hasSize(24);
        walkPlanList(planId);
        walkDeadLetters();
        walkPlanCreation();
        walkOrgSettings();
        walkAuditTrail();
        assertThat(walked).containsExactlyInAnyOrderElementsOf(ENDPOINTS);
    }

    /**
     * The list: everyone lists their own plans; a member's plans are listed to the team's manager and the org's admin
     * (another team's manager asking for them gets their own team's, which holds none), a team's to its manager and the
     * admin; a rep lists nobody else's (403); another org lists its own, never this org's.
     */
    private void walkPlanList(String planId) {
        String ownersPlans = PLANS + "?owner=rep-1";
        String teamsPlans = PLANS + "?team=north";
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(listed(owner, PLANS)).contains(planId));
        assertThat(listed(manager, ownersPlans)).contains(planId);
        assertThat(listed(manager, teamsPlans)).contains(planId);
        assertThat(listed(admin, ownersPlans)).contains(planId);
        assertThat(listed(admin, teamsPlans)).contains(planId);
        assertThat(listed(admin, PLANS + "?scope=org")).contains(planId);
        assertThat(listed(teammate, PLANS)).doesNotContain(planId);
        assertThat(listed(otherManager, ownersPlans)).isEmpty();
        assertThat(listed(stranger, ownersPlans)).isEmpty();
        assertThat(listed(stranger, PLANS + "?scope=org")).isEmpty();
        long stored = storedEventCount();
        assertRefused(teammate.get(ownersPlans), 403);
        assertRefused(teammate.get(teamsPlans), 403);
        assertRefused(otherManager.get(teamsPlans), 403);
        assertRefused(manager.get(PLANS + "?scope=org"), 403);
        assertThat(storedEventCount()).isEqualTo(stored);
        walked.add("GET " + PLANS);
    }

    /** The dead letters of planning's own projections (the plan list, the teams' choices) are the org's admin's. */
    private void walkDeadLetters() {
        String replayUnknown = DEAD_LETTERS + "/" + java.util.UUID.randomUUID() + "/replay";
        for (Api nonAdmin : List.of(owner, teammate, manager, otherManager)) {
            assertRefused(nonAdmin.get(DEAD_LETTERS), 403);
            assertRefused(nonAdmin.post(replayUnknown, null), 403);
        }
        assertThat(admin.get(DEAD_LETTERS).status()).isEqualTo(200);
        assertThat(stranger.get(DEAD_LETTERS).body().path("total").asLong()).isZero();
        assertRefused(admin.post(replayUnknown, null), 404);
        walked.add("GET " + DEAD_LETTERS);
        walked.add("POST " + DEAD_LETTERS + "/{deadLetterId}/replay");
    }

    private static List<String> listed(Api caller, String path) {
        Api.Response answer = caller.get(path);
        assertThat(answer.status()).as(path + ": " + answer.body()).isEqualTo(200);
        return answer.body().path("items").findValuesAsText("planId");
    }

    /** Anyone with a role of the org opens plans of their own; a caller without one is refused and stores nothing. */
    private void walkPlanCreation() {
        String body = """
                {"title":"Hospitals","periodStart":"%s","periodEnd":"%s","hoursBudget":10}"""
                .formatted(PlanFlow.TODAY, PlanFlow.TODAY.plusDays(90));
        for (Api member : List.of(owner, teammate, manager, otherManager, admin, stranger)) {
            Api.Response created = member.post(PLANS, body);
            assertThat(created.status()).as(String.valueOf(created.body())).isEqualTo(201);
        }
        long stored = storedEventCount();
        Api.Response refused = new Api(port, "guest", org, "north").withRoles("").post(PLANS, body);
        assertRefused(refused, 403);
        assertThat(storedEventCount()).isEqualTo(stored);
        walked.add("POST " + PLANS);
    }

    /** Everyone reads their own org's settings; only its admin changes them (another org's admin changes its own). */
    private void walkOrgSettings() {
        for (Api member : List.of(owner, teammate, manager, otherManager, admin)) {
            Api.Response shown = member.get(SETTINGS);
            assertThat(shown.status()).isEqualTo(200);
            assertThat(shown.text("org")).isEqualTo(org);
        }
        assertThat(stranger.get(SETTINGS).text("org")).isEqualTo("other-" + org);
        String body = "{\"maxActiveObjectives\":2,\"peopleMetPerHour\":3}";
        for (Api nonAdmin : List.of(owner, teammate, manager, otherManager)) {
            assertRefused(nonAdmin.put(SETTINGS, body), 403);
            assertThat(owner.get(SETTINGS).body().path("customised").asBoolean()).isFalse();
        }
        assertThat(stranger.put(SETTINGS, body).status()).isEqualTo(200);
        assertThat(owner.get(SETTINGS).body().path("customised").asBoolean()).isFalse();
        assertThat(admin.put(SETTINGS, body).status()).isEqualTo(200);
        assertThat(owner.get(SETTINGS).body().path("customised").asBoolean()).isTrue();
        walked.add("GET " + SETTINGS);
        walked.add("PUT " + SETTINGS);
    }

    /** The org's audit trail: its admins only (another org's admin sees their own org's); asking changes nothing. */
    private void walkAuditTrail() {
        for (Api nonAdmin : List.of(owner, teammate, manager, otherManager)) {
            long stored = storedEventCount();
            assertRefused(nonAdmin.get(AUDIT), 403);
            assertRefused(nonAdmin.get(AUDIT + "?format=csv"), 403);
            assertThat(storedEventCount()).isEqualTo(stored);
        }
        assertThat(admin.get(AUDIT).status()).isEqualTo(200);
        assertThat(stranger.get(AUDIT).body().path("items"))
                .allMatch(item -> item.path("org").asText().equals("other-" + org));
        walked.add("GET " + AUDIT);
    }

    /**
     * Calls as each other caller, expecting their status and (if refused) nothing stored, then as the owner.
     *
     * @return the owner's response
     */
    private Api.Response walk(Call call, Map<String, String> ids, Map<Api, Integer> others, int ownerGets) {
        String planId = ids.get("planId");
        for (Map.Entry<Api, Integer> other : others.entrySet()) {
            long before = storedEvents(planId);
            Api.Response response = call.by(other.getKey(), ids);
            assertThat(response.status()).as(call + " by " + describe(other.getKey()) + ": " + response.body())
                    .isEqualTo(other.getValue());
            if (other.getValue() >= 400) {
                assertRefused(response, other.getValue());
            }
            assertThat(storedEvents(planId)).as(call + " by " + describe(other.getKey())).isEqualTo(before);
        }
        Api.Response response = call.by(owner, ids);
        assertThat(response.status()).as(call + " by the owner: " + response.body()).isEqualTo(ownerGets);
        walked.add(call.method() + " " + call.pattern());
        return response;
    }

    private static void assertRefused(Api.Response response, int status) {
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    private long storedEvents(String planId) {
        return events.readEvents(planId, 0).asStream().count();
    }

    private long storedEventCount() {
        return mongo.getCollection("domainevents").countDocuments();
    }

    private String describe(Api caller) {
        return caller == teammate ? "another rep of the team" : caller == manager ? "the team's manager"
                : caller == otherManager ? "another team's manager" : caller == admin ? "an admin"
                : caller == stranger ? "a user of another org" : "the owner";
    }

    /** One endpoint (method and pattern as the controllers map it), with a query and a body. */
    private record Call(String method, String pattern, String query, String body) {

        Api.Response by(Api caller, Map<String, String> ids) {
            String path = pattern;
            for (Map.Entry<String, String> id : ids.entrySet()) {
                path = path.replace("{" + id.getKey() + "}", id.getValue());
            }
            path += query;
            return switch (method) {
                case "GET" -> caller.get(path);
                case "POST" -> caller.post(path, body);
                case "PUT" -> caller.put(path, body);
                case "PATCH" -> caller.patch(path, body);
                case "DELETE" -> body == null ? caller.delete(path) : caller.delete(path, body);
                default -> throw new IllegalArgumentException(method);
            };
        }

        @Override
        public String toString() {
            return method + " " + pattern + query;
        }
    }
}
