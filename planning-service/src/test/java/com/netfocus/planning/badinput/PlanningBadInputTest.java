package com.netfocus.planning.badinput;

import com.netfocus.infrastructure.testing.Personas;
import com.netfocus.infrastructure.testing.badinput.BadInputTable;
import com.netfocus.infrastructure.testing.badinput.BadInputTests;
import com.netfocus.infrastructure.testing.badinput.FieldKind;
import com.netfocus.infrastructure.testing.badinput.Row;
import com.netfocus.infrastructure.testing.badinput.Sample;
import com.netfocus.planning.publication.PublicationPositions;
import com.netfocus.planning.support.Api;
import com.netfocus.planning.support.PlanFlow;
import com.netfocus.planning.support.ServiceApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input on every endpoint of planning-service ({@link BadInputTable}): malformed JSON, wrong types, missing,
 * null, unknown and duplicate fields, 2 MB bodies, control characters, emoji outside free text, negative, NaN and
 * infinite numbers, dates and instants in wrong forms and zones, non-UUID ids in the path and the body, MongoDB
 * operator objects in every field, bad query parameters: each a 4xx problem+json naming the field, and the event
 * store, snapshots, publication positions, settings and local copies exactly as before. Emoji in free text (and
 * newlines in notes and summaries) are stored intact.
 */
class PlanningBadInputTest extends ServiceApiTest implements BadInputTests {

    private static final String PLAN = "/api/v1/plans/{planId}";
    private static final String OBJECTIVE = PLAN + "/objectives/{objectiveId}";
    /** Where accepted free text is read back: the plan's events, payloads included. */
    private static final String HISTORY = PLAN + "/history";

    @Autowired
    MongoTemplate mongo;
    @Autowired
    PublicationPositions positions;

    private Api owner;
    private String platformId;

    @Override
    public BadInputTable table() {
        Personas.Persona caller = new Personas.Persona("owner and admin", "rep-1", org, "north", "REP,ADMIN");
        // a plan's events go to Kafka one acknowledgement after another: the store is settled once none is pending
        return BadInputTable.onLocalPort(port, caller, mongo.getDb())
                .settledWhen(() -> positions.pendingPlans().isEmpty());
    }

    @BeforeEach
    void ownerAndPlatform() {
        owner = api.withRoles("REP,ADMIN");
        platformId = listedPlatform();
    }

    /** A plan with an objective, a profile target, the platform chosen for it and a follow-up: fresh each time. */
    private Map<String, String> plan() {
        String planId = PlanFlow.createPlan(owner);
        String objectiveId = PlanFlow.objective(owner, planId);
        String targetId = PlanFlow.target(owner, planId, objectiveId);
        assertThat(PlanFlow.choose(owner, planId, platformId, targetId).status()).isEqualTo(201);
        Api.Response followUp = owner.post("/api/v1/plans/" + planId + "/follow-ups", followUpBody(targetId));
        assertThat(followUp.status()).as(String.valueOf(followUp.body())).isEqualTo(201);
        return Map.of("planId", planId, "objectiveId", objectiveId, "targetId", targetId,
                "followUpId", followUp.text("followUpId"));
    }

    private static String followUpBody(String targetId) {
        return """
                {"personName":"Ann Lee","targetId":"%s","dueOn":"%s","action":"send the case study"}"""
                .formatted(targetId, PlanFlow.TODAY.plusDays(3));
    }

    private static String objectiveBody() {
        return """
                {"statement":"Learn how hospital CIOs choose billing software","outcome":"one pilot deal",
                 "metric":"CIOs met","target":6,"deadline":"%s"}""".formatted(PlanFlow.TODAY.plusDays(90));
    }

    private static Map<String, String> only(Map<String, String> ids, String... names) {
        return ids.entrySet().stream().filter(id -> List.of(names).contains(id.getKey()))
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Override
    public List<Row> rows() {
        return List.of(
                Row.post("/api/v1/plans", () -> Sample.body("""
                        {"title":"Hospitals this half year","periodStart":"%s","periodEnd":"%s","hoursBudget":40.0}"""
                        .formatted(PlanFlow.TODAY, PlanFlow.TODAY.plusDays(180)))).readBack(PLAN),
                Row.get(PLAN, () -> Sample.path(only(plan(), "planId")))
                        .param("asOf", FieldKind.INSTANT).param("minVersion", FieldKind.INTEGER),
                Row.get(PLAN + "/platforms/{platformId}/briefing", () -> Sample.path(
                        Map.of("planId", plan().get("planId"), "platformId", platformId)))
                        .param("minVersion", FieldKind.INTEGER),
                Row.get(PLAN + "/calendar.ics", () -> Sample.path(only(plan(), "planId")))
                        .param("minVersion", FieldKind.INTEGER),
                Row.get(PLAN + "/history", () -> Sample.path(only(plan(), "planId")))
                        .param("fromSequence", FieldKind.INTEGER).param("limit", FieldKind.INTEGER)
                        .param("minVersion", FieldKind.INTEGER),
                Row.post(PLAN + "/objectives", () -> Sample.of(only(plan(), "planId"), objectiveBody()))
                        .readBack(HISTORY),
                Row.put(OBJECTIVE, () -> Sample.of(only(plan(), "planId", "objectiveId"), objectiveBody()))
                        .readBack(HISTORY),
                Row.post(OBJECTIVE + "/progress", () -> Sample.of(only(plan(), "planId", "objectiveId"),
                        "{\"amount\":2,\"note\":\"two calls\"}"))
                        .kind("note", FieldKind.MULTILINE).optional("note").readBack(HISTORY),
                Row.post(OBJECTIVE + "/achieved", () -> Sample.of(only(plan(), "planId", "objectiveId"),
                        "{\"note\":\"signed\"}"))
                        .kind("note", FieldKind.MULTILINE).optional("note").bodyOptional().readBack(HISTORY),
                Row.post(OBJECTIVE + "/abandoned", () -> Sample.of(only(plan(), "planId", "objectiveId"),
                        "{\"reason\":\"no budget this year\"}")).readBack(HISTORY),
                Row.post("/api/v1/smart-check", () -> Sample.body("""
                        {"planId":"%s","statement":"Learn how hospital CFOs choose billing software","outcome":"pilots",
                         "metric":"CFOs met","target":5,"deadline":"%s"}"""
                        .formatted(plan().get("planId"), PlanFlow.TODAY.plusDays(60))))
                        .optional("planId", "statement", "outcome", "metric", "target", "deadline").storesNothing()
                        // a live assessment: a negative target is answered "not measurable", like any other draft
                        .mayBeNegative("target"),
                Row.post(PLAN + "/targets", () -> {
                    Map<String, String> ids = plan();
                    return Sample.of(only(ids, "planId"), """
                            {"objectiveId":"%s","profile":{"function":"it","position":"Chief information officer","industry":"healthcare"},
                             "priority":2,"rationale":"they choose"}""".formatted(ids.get("objectiveId")));
                }).optional("rationale", "profile.function", "profile.position", "profile.industry").readBack(HISTORY),
                Row.post(PLAN + "/outreach", () -> {
                    Map<String, String> ids = plan();
                    return Sample.of(only(ids, "planId"), """
                            {"targetId":"%s","channel":"PHONE","happenedAt":"%s","summary":"asked about budgets"}"""
                            .formatted(ids.get("targetId"), java.time.Instant.now().minus(1, ChronoUnit.HOURS)
                                    .truncatedTo(ChronoUnit.SECONDS)));
                }).kind("summary", FieldKind.MULTILINE).readBack(HISTORY),
                Row.post(PLAN + "/platforms", () -> {
                    Map<String, String> ids = plan();
                    return Sample.of(only(ids, "planId"), """
                            {"platformId":"%s","targetIds":["%s"],"arriveEarlyMinutes":15,"stayLateMinutes":15}"""
                            .formatted(platformId, ids.get("targetId")));
                }),
                Row.post(PLAN + "/attendance", () -> {
                    Map<String, String> ids = plan();
                    return Sample.of(only(ids, "planId"), """
                            {"platformId":"%s","arrivedAt":"%s","leftAt":"%s",
                             "contactsMet":[{"name":"Ann Lee","company":"St. Mary","function":"finance",
                               "position":"Chief financial officer","industry":"healthcare","email":"ann@example.org","targetId":"%s"}],
                             "followUps":[{"personName":"Ann Lee","targetId":"%s","dueOn":"%s","action":"call"}],
                             "notes":"stayed for drinks"}""".formatted(platformId,
                            PlanFlow.PROGRAM_START.minus(30, ChronoUnit.MINUTES),
                            PlanFlow.PROGRAM_END.plus(30, ChronoUnit.MINUTES), ids.get("targetId"),
                            ids.get("targetId"), PlanFlow.TODAY.plusDays(40)));
                }).kind("notes", FieldKind.MULTILINE).readBack(HISTORY)
                        .sealed("contactsMet[0].name", "contactsMet[0].email", "followUps[0].personName")
                        .optional("contactsMet", "followUps", "notes", "contactsMet[0].company",
                                "contactsMet[0].function", "contactsMet[0].position", "contactsMet[0].industry",
                                "contactsMet[0].email", "contactsMet[0].targetId", "followUps[0].targetId",
                                "followUps[0].action"),
                Row.post(PLAN + "/follow-ups", () -> {
                    Map<String, String> ids = plan();
                    return Sample.of(only(ids, "planId"), followUpBody(ids.get("targetId")));
                }).optional("targetId", "action").readBack(HISTORY).sealed("personName"),
                Row.post(PLAN + "/follow-ups/{followUpId}/completed", () -> Sample.of(
                        only(plan(), "planId", "followUpId"), "{\"outcome\":\"demo booked\"}")).readBack(HISTORY),
                Row.put("/api/v1/org-settings", () -> Sample.body(
                        "{\"maxActiveObjectives\":2,\"peopleMetPerHour\":3.0,\"refuseTeamOverlap\":false}"))
                        .optional("refuseTeamOverlap"),
                Row.get("/api/v1/dead-letters/planning", Sample::none).param("page", FieldKind.PAGE)
                        .param("size", FieldKind.INTEGER),
                Row.post("/api/v1/dead-letters/planning/{deadLetterId}/replay",
                        () -> Sample.path(Map.of("deadLetterId", java.util.UUID.randomUUID().toString()))));
    }
}
