package com.netfocus.planning.badinput;

import com.netfocus.contracts.catalog.AudienceShare;
import com.netfocus.infrastructure.testing.Personas;
import com.netfocus.infrastructure.testing.badinput.BadInputTable;
import com.netfocus.infrastructure.testing.badinput.BadInputTests;
import com.netfocus.infrastructure.testing.badinput.FieldKind;
import com.netfocus.infrastructure.testing.badinput.Row;
import com.netfocus.infrastructure.testing.badinput.Sample;
import com.netfocus.planning.publication.PublicationPositions;
import com.netfocus.planning.support.Api;
import com.netfocus.planning.support.ContactEvents;
import com.netfocus.planning.support.PlanFlow;
import com.netfocus.planning.support.ServiceApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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
    private static final int UNPROCESSABLE = 422;
    private static final int CONFLICT = 409;

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

    /** A fresh plan() with an attendance logged at its platform. */
    private Map<String, String> attended() {
        Map<String, String> ids = new java.util.HashMap<>(plan());
        Api.Response logged = PlanFlow.attend(owner, ids.get("planId"), platformId, ids.get("targetId"));
        assertThat(logged.status()).as(String.valueOf(logged.body())).isEqualTo(201);
        ids.put("attendanceId", logged.text("attendanceId"));
        return ids;
    }

    private static String reasonBody() {
        return "{\"reason\":\"it changed\"}";
    }

    /** An attendance at the platform, from arrival to departure, with these people met. */
    private static String attendanceBody(String platform, Instant arrivedAt, Instant leftAt, String contactsMet) {
        return """
                {"platformId":"%s","arrivedAt":"%s","leftAt":"%s","contactsMet":%s,"notes":"good talks"}"""
                .formatted(platform, arrivedAt, leftAt, contactsMet);
    }

    /** The plan of {@link #plan()} asked to log an attendance at its platform. */
    private Sample attendance(Instant arrivedAt, Instant leftAt, String contactsMet) {
        return Sample.of(only(plan(), "planId"), attendanceBody(platformId, arrivedAt, leftAt, contactsMet));
    }

    /** The attendance of {@link #attended()} asked to be corrected to this visit. */
    private Sample correction(Instant arrivedAt, Instant leftAt, String contactsMet) {
        return Sample.of(only(attended(), "planId", "attendanceId"), """
                {"arrivedAt":"%s","leftAt":"%s","contactsMet":%s,"reason":"typo"}"""
                .formatted(arrivedAt, leftAt, contactsMet));
    }

    /** A fresh plan with an objective and a target (nothing chosen yet) asked to choose the platform for targets. */
    private Sample choice(String platform, Function<String, String> targetIds) {
        String planId = PlanFlow.createPlan(owner);
        String targetId = PlanFlow.target(owner, planId, PlanFlow.objective(owner, planId));
        return Sample.of(Map.of("planId", planId), """
                {"platformId":"%s","targetIds":%s,"arriveEarlyMinutes":15,"stayLateMinutes":15}"""
                .formatted(platform, targetIds.apply(targetId)));
    }

    /** The plan of {@link #plan()} (its objective closed as {@code closing} says) asked for a new target or choice. */
    private Map<String, String> closedObjective(String closing, String body) {
        Map<String, String> ids = plan();
        Api.Response closed = owner.post("/api/v1/plans/" + ids.get("planId") + "/objectives/"
                + ids.get("objectiveId") + "/" + closing, body);
        assertThat(closed.status()).as(String.valueOf(closed.body())).isEqualTo(200);
        return ids;
    }

    /** A contact of another org, known to planning: not one the caller may see. */
    private String contactOfAnotherOrg() {
        String contactId = UUID.randomUUID().toString();
        String other = "other-" + org;
        ContactEvents.register(names.contactEvents(), contactId, other);
        await().atMost(Duration.ofSeconds(30)).until(() -> knownContacts.isKnown(contactId, other));
        return contactId;
    }

    private static String people(String... contactIds) {
        return Arrays.stream(contactIds).map("{\"contactId\":\"%s\"}"::formatted)
                .collect(Collectors.joining(",", "[", "]"));
    }

    private static String plan(LocalDate periodStart, LocalDate periodEnd) {
        return """
                {"title":"Hospitals","periodStart":"%s","periodEnd":"%s","hoursBudget":40.0}"""
                .formatted(periodStart, periodEnd);
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

    private static Sample targetFor(Map<String, String> ids) {
        return Sample.of(only(ids, "planId"), """
                {"objectiveId":"%s","profile":{"function":"it","position":"CIO","industry":"healthcare"},
                 "priority":2,"rationale":"they choose"}""".formatted(ids.get("objectiveId")));
    }

    private static Map<String, String> only(Map<String, String> ids, String... names) {
        return ids.entrySet().stream().filter(id -> List.of(names).contains(id.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Override
    public List<Row> rows() {
        return List.of(
                Row.post("/api/v1/plans", () -> Sample.body("""
                        {"title":"Hospitals this half year","periodStart":"%s","periodEnd":"%s","hoursBudget":40.0}"""
                        .formatted(PlanFlow.TODAY, PlanFlow.TODAY.plusDays(180)))).readBack(PLAN)
                        .refuses("a period that ended years ago", () -> Sample.body(plan(LocalDate.of(2019, 1, 1),
                                LocalDate.of(2019, 12, 31))), UNPROCESSABLE, "periodEnd")
                        .refuses("a period spanning thousands of years", () -> Sample.body(plan(PlanFlow.TODAY,
                                PlanFlow.TODAY.plusYears(5000))), UNPROCESSABLE, "periodEnd"),
                Row.get("/api/v1/dead-letters/planning", Sample::none).param("page", FieldKind.PAGE)
                        .param("size", FieldKind.INTEGER),
                Row.post("/api/v1/dead-letters/planning/{deadLetterId}/replay",
                        () -> Sample.path(Map.of("deadLetterId", java.util.UUID.randomUUID().toString()))),
                Row.get("/api/v1/plans", Sample::none).param("owner", FieldKind.CODE).param("team", FieldKind.CODE)
                        .param("scope", FieldKind.ENUM).param("status", FieldKind.ENUM)
                        .param("activeOn", FieldKind.DATE).param("q", FieldKind.TEXT).param("page", FieldKind.PAGE)
                        .param("size", FieldKind.INTEGER),
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
                Row.get(PLAN + "/history/verification", () -> Sample.path(only(plan(), "planId"))),
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
                }).optional("rationale", "profile.function", "profile.position", "profile.industry").readBack(HISTORY)
                        .refuses("a target for an achieved objective", () -> targetFor(closedObjective("achieved",
                                "{\"note\":\"signed\"}")), UNPROCESSABLE, "objectiveId")
                        .refuses("a target for an abandoned objective", () -> targetFor(closedObjective("abandoned",
                                "{\"reason\":\"no budget\"}")), UNPROCESSABLE, "objectiveId"),
                Row.post(PLAN + "/outreach", () -> {
                    Map<String, String> ids = plan();
                    return Sample.of(only(ids, "planId"), """
                            {"targetId":"%s","channel":"PHONE","happenedAt":"%s","summary":"asked about budgets"}"""
                            .formatted(ids.get("targetId"), Instant.now().minus(1, ChronoUnit.HOURS)
                                    .truncatedTo(ChronoUnit.SECONDS)));
                }).kind("summary", FieldKind.MULTILINE).readBack(HISTORY),
                Row.post(PLAN + "/platforms", () -> {
                    Map<String, String> ids = plan();
                    return Sample.of(only(ids, "planId"), """
                            {"platformId":"%s","targetIds":["%s"],"arriveEarlyMinutes":15,"stayLateMinutes":15}"""
                            .formatted(platformId, ids.get("targetId")));
                })
                        .refuses("a platform whose programme has ended", () -> choice(listedPlatform(
                                PlanFlow.STARTED.minus(5, ChronoUnit.HOURS), PlanFlow.STARTED.minus(3, ChronoUnit.HOURS),
                                PlanFlow.AUDIENCE), target -> "[\"" + target + "\"]"), UNPROCESSABLE, "platformId")
                        .refuses("a target the platform's audience does not serve", () -> choice(listedPlatform(
                                PlanFlow.PROGRAM_START, PlanFlow.PROGRAM_END, List.of(new AudienceShare(
                                        "Marketing", "Director", "Retail", 0.5))), target -> "[\"" + target + "\"]"),
                                UNPROCESSABLE, "targetIds[0]")
                        .refuses("a platform overlapping one already chosen", () -> {
                            Map<String, String> ids = plan();
                            return Sample.of(only(ids, "planId"), """
                                    {"platformId":"%s","targetIds":["%s"],"arriveEarlyMinutes":0,"stayLateMinutes":0}"""
                                    .formatted(listedPlatform(), ids.get("targetId")));
                        }, UNPROCESSABLE, "platformId")
                        .refuses("the same target twice", () -> choice(platformId,
                                target -> "[\"" + target + "\",\"" + target + "\"]"), UNPROCESSABLE, "targetIds[1]")
                        .refuses("more targets than a choice may name", () -> choice(platformId,
                                target -> "[" + ("\"" + target + "\",").repeat(20) + "\"" + target + "\"]"),
                                UNPROCESSABLE, "targetIds")
                        .refuses("a target whose objective is achieved", () -> {
                            Map<String, String> ids = closedObjective("achieved", "{\"note\":\"signed\"}");
                            return Sample.of(only(ids, "planId"), """
                                    {"platformId":"%s","targetIds":["%s"],"arriveEarlyMinutes":0,"stayLateMinutes":0}"""
                                    .formatted(listedPlatform(PlanFlow.PROGRAM_END.plus(1, ChronoUnit.HOURS),
                                            PlanFlow.PROGRAM_END.plus(2, ChronoUnit.HOURS), PlanFlow.AUDIENCE),
                                            ids.get("targetId")));
                        }, UNPROCESSABLE, "targetIds[0]"),
                Row.post(PLAN + "/attendance", () -> {
                    Map<String, String> ids = plan();
                    return Sample.of(only(ids, "planId"), """
                            {"platformId":"%s","arrivedAt":"%s","leftAt":"%s",
                             "contactsMet":[{"name":"Ann Lee","company":"St. Mary","function":"finance",
                               "position":"Chief financial officer","industry":"healthcare","email":"ann@example.org","targetId":"%s"}],
                             "followUps":[{"personName":"Ann Lee","targetId":"%s","dueOn":"%s","action":"call"}],
                             "notes":"stayed for drinks"}""".formatted(platformId, PlanFlow.ARRIVED, PlanFlow.LEFT,
                            ids.get("targetId"),
                            ids.get("targetId"), PlanFlow.TODAY.plusDays(40)));
                }).kind("notes", FieldKind.MULTILINE).readBack(HISTORY)
                        .sealed("contactsMet[0].name", "contactsMet[0].email", "followUps[0].personName")
                        .optional("contactsMet", "followUps", "notes", "contactsMet[0].company",
                                "contactsMet[0].function", "contactsMet[0].position", "contactsMet[0].industry",
                                "contactsMet[0].email", "contactsMet[0].targetId", "followUps[0].targetId",
                                "followUps[0].action")
                        .refuses("an arrival three weeks ahead", () -> {
                            Instant inThreeWeeks = PlanFlow.STARTED.plus(21, ChronoUnit.DAYS);
                            String upcoming = listedPlatform(inThreeWeeks, inThreeWeeks.plus(2, ChronoUnit.HOURS),
                                    PlanFlow.AUDIENCE);
                            Map<String, String> ids = plan();
                            assertThat(PlanFlow.choose(owner, ids.get("planId"), upcoming, ids.get("targetId"))
                                    .status()).isEqualTo(201);
                            return Sample.of(only(ids, "planId"), attendanceBody(upcoming, inThreeWeeks,
                                    inThreeWeeks.plus(2, ChronoUnit.HOURS), "[]"));
                        }, UNPROCESSABLE, "arrivedAt")
                        .refuses("a second attendance at the same platform", () -> Sample.of(only(attended(),
                                "planId"), attendanceBody(platformId, PlanFlow.ARRIVED, PlanFlow.LEFT, "[]")),
                                CONFLICT, "platformId")
                        .refuses("an arrival 538,860 minutes before the programme", () -> attendance(
                                PlanFlow.PROGRAM_START.minus(538_860, ChronoUnit.MINUTES), PlanFlow.LEFT, "[]"),
                                UNPROCESSABLE, "arrivedAt")
                        .refuses("an arrival in the year 0001", () -> attendance(Instant.parse("0001-01-01T10:00:00Z"),
                                PlanFlow.LEFT, "[]"), UNPROCESSABLE, "arrivedAt")
                        .refuses("an arrival in the year -999999999", () -> attendance(
                                Instant.parse("-999999999-01-01T10:00:00Z"), PlanFlow.LEFT, "[]"),
                                UNPROCESSABLE, "arrivedAt")
                        .refuses("a person met who is a contact of another org", () -> attendance(PlanFlow.ARRIVED,
                                PlanFlow.LEFT, people(contactOfAnotherOrg())), UNPROCESSABLE, "contactsMet[0].contactId")
                        .refuses("a person met by a random contact id", () -> attendance(PlanFlow.ARRIVED,
                                PlanFlow.LEFT, people(UUID.randomUUID().toString())), UNPROCESSABLE,
                                "contactsMet[0].contactId")
                        .refuses("more people met than an attendance may log", () -> attendance(PlanFlow.ARRIVED,
                                PlanFlow.LEFT, IntStream.range(0, 201).mapToObj(i -> "{\"name\":\"Guest " + i + "\"}")
                                        .collect(Collectors.joining(",", "[", "]"))), UNPROCESSABLE, "contactsMet")
                        .refuses("more follow-ups than an attendance may promise", () -> {
                            Map<String, String> ids = plan();
                            String promise = """
                                    {"personName":"Ann Lee","dueOn":"%s","action":"call"}"""
                                    .formatted(PlanFlow.TODAY.plusDays(3));
                            return Sample.of(only(ids, "planId"), """
                                    {"platformId":"%s","arrivedAt":"%s","leftAt":"%s","followUps":[%s]}"""
                                    .formatted(platformId, PlanFlow.ARRIVED, PlanFlow.LEFT,
                                            String.join(",", java.util.Collections.nCopies(51, promise))));
                        }, UNPROCESSABLE, "followUps"),
                Row.post(PLAN + "/follow-ups", () -> {
                    Map<String, String> ids = plan();
                    return Sample.of(only(ids, "planId"), followUpBody(ids.get("targetId")));
                }).optional("targetId", "action").readBack(HISTORY).sealed("personName"),
                Row.post(PLAN + "/follow-ups/{followUpId}/completed", () -> Sample.of(
                        only(plan(), "planId", "followUpId"), "{\"outcome\":\"demo booked\"}")).readBack(HISTORY),
                Row.put("/api/v1/org-settings", () -> Sample.body(
                        "{\"maxActiveObjectives\":2,\"peopleMetPerHour\":3.0,\"refuseTeamOverlap\":false}"))
                        .optional("refuseTeamOverlap"),
                Row.get("/api/v1/audit", Sample::none).param("from", FieldKind.INSTANT).param("to", FieldKind.INSTANT)
                        .param("actor", FieldKind.CODE).param("team", FieldKind.CODE).param("type", FieldKind.ENUM)
                        .param("limit", FieldKind.INTEGER).param("cursor", FieldKind.CODE)
                        .param("format", FieldKind.ENUM).answers("text/csv", "application/x-ndjson"),
                Row.patch(PLAN, () -> Sample.of(only(plan(), "planId"), """
                        {"title":"Hospitals, north","periodEnd":"%s","hoursBudget":35.0,"reason":"fewer evenings"}"""
                        .formatted(PlanFlow.TODAY.plusDays(200))))
                        .optional("title", "periodEnd", "hoursBudget", "reason").readBack(HISTORY)
                        .refuses("an end revised to thousands of years ahead", () -> Sample.of(only(plan(), "planId"),
                                "{\"periodEnd\":\"%s\"}".formatted(PlanFlow.TODAY.plusYears(5000))), UNPROCESSABLE,
                                "periodEnd"),
                Row.post(PLAN + "/closure", () -> Sample.of(only(plan(), "planId"), """
                        {"carryForward":true,"periodStart":"%s","periodEnd":"%s","hoursBudget":30.0,
                         "reason":"the half year is over"}"""
                        .formatted(PlanFlow.TODAY.plusDays(181), PlanFlow.TODAY.plusDays(360))))
                        .optional("carryForward", "reason").bodyOptional().readBack(HISTORY)
                        // the next plan is opened under the rules of any new plan
                        .refuses("a next period that ended years ago", () -> Sample.of(only(plan(), "planId"), """
                                {"carryForward":true,"periodStart":"2019-01-01","periodEnd":"2019-12-31",
                                 "hoursBudget":30.0}"""), UNPROCESSABLE, "periodEnd"),
                Row.delete(PLAN + "/platforms/{platformId}", () -> Sample.of(
                        Map.of("planId", plan().get("planId"), "platformId", platformId), reasonBody()))
                        .optional("reason").bodyOptional().readBack(HISTORY),
                Row.delete(PLAN + "/targets/{targetId}", () -> Sample.of(only(plan(), "planId", "targetId"),
                        reasonBody())).optional("reason").bodyOptional().readBack(HISTORY),
                Row.put(PLAN + "/attendance/{attendanceId}", () -> {
                    Map<String, String> ids = attended();
                    return Sample.of(only(ids, "planId", "attendanceId"), """
                            {"arrivedAt":"%s","leftAt":"%s",
                             "contactsMet":[{"name":"Ann Lee","company":"St. Mary","function":"finance",
                               "position":"Chief financial officer","industry":"healthcare","email":"ann@example.org","targetId":"%s"}],
                             "notes":"stayed for dinner","reason":"left later than logged"}""".formatted(
                            PlanFlow.ARRIVED, PlanFlow.LEFT.plus(30, ChronoUnit.MINUTES), ids.get("targetId")));
                }).kind("notes", FieldKind.MULTILINE).readBack(HISTORY)
                        .sealed("contactsMet[0].name", "contactsMet[0].email")
                        .optional("contactsMet", "notes", "reason", "contactsMet[0].company",
                                "contactsMet[0].function", "contactsMet[0].position", "contactsMet[0].industry",
                                "contactsMet[0].email", "contactsMet[0].targetId")
                        // the rules of a visit logged, kept by the visit as corrected
                        .refuses("a departure corrected to three weeks ahead", () -> correction(PlanFlow.ARRIVED,
                                PlanFlow.STARTED.plus(21, ChronoUnit.DAYS), "[]"), UNPROCESSABLE, "leftAt")
                        .refuses("an arrival corrected to 538,860 minutes before the programme", () -> correction(
                                PlanFlow.PROGRAM_START.minus(538_860, ChronoUnit.MINUTES), PlanFlow.LEFT, "[]"),
                                UNPROCESSABLE, "arrivedAt")
                        .refuses("an arrival corrected to the year 0001", () -> correction(
                                Instant.parse("0001-01-01T10:00:00Z"), PlanFlow.LEFT, "[]"), UNPROCESSABLE,
                                "arrivedAt")
                        .refuses("a person met corrected to a contact of another org", () -> correction(
                                PlanFlow.ARRIVED, PlanFlow.LEFT, people(contactOfAnotherOrg())), UNPROCESSABLE,
                                "contactsMet[0].contactId")
                        .refuses("more people met than an attendance may log", () -> correction(PlanFlow.ARRIVED,
                                PlanFlow.LEFT, IntStream.range(0, 201).mapToObj(i -> "{\"name\":\"Guest " + i + "\"}")
                                        .collect(Collectors.joining(",", "[", "]"))), UNPROCESSABLE, "contactsMet"),
                Row.delete(PLAN + "/attendance/{attendanceId}", () -> Sample.of(only(attended(), "planId",
                        "attendanceId"), reasonBody())).optional("reason").bodyOptional().readBack(HISTORY),
                Row.patch(PLAN + "/follow-ups/{followUpId}", () -> Sample.of(only(plan(), "planId", "followUpId"),
                        """
                        {"dueOn":"%s","action":"send the pricing","reason":"she is away"}"""
                        .formatted(PlanFlow.TODAY.plusDays(20))))
                        .optional("dueOn", "action", "reason").readBack(HISTORY),
                Row.delete(PLAN + "/follow-ups/{followUpId}", () -> Sample.of(only(plan(), "planId", "followUpId"),
                        reasonBody())).optional("reason").bodyOptional().readBack(HISTORY));
    }
}
