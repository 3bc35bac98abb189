package com.netfocus.endtoend;

import com.fasterxml.jackson.databind.JsonNode;
import com.netfocus.infrastructure.stack.GatewayClient;
import com.netfocus.infrastructure.stack.GatewayClient.Answer;
import com.netfocus.infrastructure.stack.LocalStack;
import com.netfocus.infrastructure.stack.RunningStack;
import com.netfocus.infrastructure.stack.StackSettings;
import com.netfocus.infrastructure.testing.apidescription.ApiDescriptionCoverage;
import com.netfocus.infrastructure.testing.apidescription.DescribedExamples;
import com.netfocus.infrastructure.testing.apidescription.ServedEndpoint;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The suite as the README starts it — four service processes on the embedded KRaft broker and the file-backed
 * MongoDB wire server, demo data loaded — driven only through the gateway.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EndToEndIT {

    private static final Duration PROJECTION_WAIT = Duration.ofSeconds(30);
    private static final String ORG = "acme";
    private static final String TEAM = "team-east";

    private static Path dataDirectory;
    private static StackSettings settings;
    private static RunningStack stack;
    private static GatewayClient client;
    private static String rep;
    private static String admin;
    private static String planId;
    private static int eventsInPlan;
    private static final Instant SUITE_STARTED = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    /** Every identity secret of the run (a restart makes a new one): none may reach a log. */
    private static final List<String> identitySecrets = new java.util.ArrayList<>();
    private static final String MANAGEMENT_TOKEN = "end-to-end-management-token-of-sufficient-length";
    /**
     * The request mappings are served nowhere by default; this test turns them on, behind the management token, to
     * hold the API description to what the services serve.
     */
    private static final Map<String, String> MANAGEMENT = Map.of(
            "MANAGEMENT_ENDPOINTS_WEB_EXPOSURE_INCLUDE", "health,prometheus,mappings",
            "NETFOCUS_MANAGEMENT_TOKEN", MANAGEMENT_TOKEN);

    @BeforeAll
    static void startTheSuite() throws Exception {
        dataDirectory = Files.createTempDirectory("netfocus-e2e");
        settings = TestStacks.onFreePorts(dataDirectory);
        stack = LocalStack.start(settings, MANAGEMENT);
        identitySecrets.add(stack.identitySecret());
        client = stack.client();
        rep = client.devToken("rep-1", ORG, TEAM, List.of("REP"));
        admin = client.devToken("admin-1", ORG, TEAM, List.of("ADMIN"));
    }

    @AfterAll
    static void stopTheSuite() {
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    @Order(1)
    void the_demo_catalog_is_listed_through_the_gateway() {
        String demoRep = client.devToken("demo-rep", "demo-org", "team-north", List.of("REP"));
        JsonNode platforms = client.get("/api/v1/platforms", demoRep).expect(200).body();
        assertThat(platforms.get("total").asInt()).isEqualTo(6);
        assertThat(platforms.get("items").findValuesAsText("name")).contains("Retail Procurement Leaders Breakfast");
        // another org sees none of it
        assertThat(client.get("/api/v1/platforms", rep).expect(200).body().get("total").asInt()).isZero();
    }

    /**
     * The hand count of the README's "Demo data: what the dashboards should show", figure by figure, through the
     * gateway: the team's totals for its manager, the org's for the admin, the member table, the platform leaderboard,
     * the arrival bands; the demo plan's calendar; and nothing of it for another org.
     */
    @Test
    @Order(1)
    void the_dashboards_show_the_hand_counted_demo_figures() {
        String manager = client.devToken("demo-manager", "demo-org", "team-north", List.of("MANAGER"));
        String demoAdmin = client.devToken("demo-admin", "demo-org", "team-north", List.of("ADMIN"));
        String demoRep = client.devToken("demo-rep", "demo-org", "team-north", List.of("REP"));
        String header = "plans,objectivesDefined,smartPassRate,averageProgress,objectivesAchieved,hoursBudgeted,"
                + "hoursPlanned,hoursSpent,platformsChosen,platformsAttended,peopleMet,targetPeopleMet,"
                + "followUpsScheduled,followUpsDone";
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(client.get("/api/v1/analytics/team-members?team=team-north&format=csv", manager)
                        .expect(200).body().asText()).isEqualTo(String.join("\r\n",
                        "userId," + header,
                        "demo-rep,1,2,0.5,0.67,1,40.0,10.75,1.5,2,1,3,2,2,1",
                        "demo-rep-2,1,1,1.0,0.5,0,20.0,8.5,7.5,1,1,4,2,2,1",
                        "demo-rep-3,1,1,0.0,0.03,0,10.0,2.83,2.33,1,1,1,1,0,0") + "\r\n"));

        String total = "3,4,0.5,0.47,1,70.0,22.08,11.33,4,3,8,5,4,2";
        assertThat(csvTotal(client.get("/api/v1/analytics/summary?scope=team", manager).expect(200).body()))
                .isEqualTo(total);
        assertThat(csvTotal(client.get("/api/v1/analytics/summary?scope=org&granularity=year", demoAdmin).expect(200)
                .body())).isEqualTo(total);
        assertThat(csvTotal(client.get("/api/v1/analytics/summary", demoRep).expect(200).body()))
                .isEqualTo("1,2,0.5,0.67,1,40.0,10.75,1.5,2,1,3,2,2,1");

        JsonNode platforms = client.get("/api/v1/analytics/platform-roi", demoRep).expect(200).body().get("platforms");
        List<String> leaderboard = new java.util.ArrayList<>();
        platforms.forEach(p -> leaderboard.add(String.join(",", p.get("name").asText(), p.get("kind").asText(),
                p.get("attendances").asText(), p.get("hoursSpent").asText(), p.get("peopleMet").asText(),
                p.get("targetPeopleMet").asText(), p.get("targetPeoplePerHour").asText(),
                p.get("forecastTargetPeople").asText(), p.get("actualTargetPeople").asText(),
                p.get("forecastAccuracy").asText(), p.get("cost").asText(), p.get("costPerTargetPersonMet").asText())));
        assertThat(leaderboard).containsExactly(
                "Retail Procurement Leaders Breakfast,ASSOCIATION_MEETING,1,1.5,3,2,1.33,30.0,2,0.07,45.0,22.5",
                "E-commerce Founders Meetup,MEETUP,1,2.33,1,1,0.43,56.0,1,0.02,0.0,0.0",
                "Supply Chain Innovation Conference,CONFERENCE,1,7.5,4,2,0.27,360.0,2,0.01,650.0,325.0");

        assertThat(client.get("/api/v1/analytics/arrival-timing?scope=team&format=csv", manager).expect(200).body()
                .asText()).isEqualTo(String.join("\r\n", "timing,band,attendances,peopleMet,peopleMetPerAttendance",
                "earlyArrival,none,1,4,4.0", "earlyArrival,1-15,0,0,0.0", "earlyArrival,16-30,2,4,2.0",
                "earlyArrival,31-60,0,0,0.0", "earlyArrival,61+,0,0,0.0",
                "lateStay,none,3,8,2.67", "lateStay,1-15,0,0,0.0", "lateStay,16-30,0,0,0.0",
                "lateStay,31-60,0,0,0.0", "lateStay,61+,0,0,0.0") + "\r\n");

        // the demo plan's calendar blocks the breakfast and the trade show, early arrival to late stay
        String demoPlan = readDemoPlanId();
        String ics = client.get("/api/v1/plans/" + demoPlan + "/calendar.ics", demoRep).expect(200).body().asText();
        assertThat(ics.replace("\r\n ", "")).contains("SUMMARY:Retail Procurement Leaders Breakfast\r\n",
                "SUMMARY:Nordic Retail Trade Show\r\n");
        assertThat(ics.split("BEGIN:VEVENT", -1)).hasSize(3);

        // a rep reads no team figures; another org sees none of these
        assertThat(client.get("/api/v1/analytics/summary?scope=team", demoRep).status()).isEqualTo(403);
        assertThat(client.get("/api/v1/analytics/team-members?team=team-north", admin).expect(200).body()
                .get("members")).isEmpty();
        assertThat(client.get("/api/v1/analytics/platform-roi", admin).expect(200).body().get("platforms")).isEmpty();
        assertThat(client.get("/api/v1/plans/" + demoPlan + "/calendar.ics", admin).status()).isEqualTo(404);
    }

    /** The total of a summary, as the CSV columns would give it (period left out). */
    private static String csvTotal(JsonNode summary) {
        JsonNode t = summary.get("total");
        return String.join(",", java.util.stream.Stream.of("plans", "objectivesDefined", "smartPassRate",
                "averageProgress", "objectivesAchieved", "hoursBudgeted", "hoursPlanned", "hoursSpent", "platformsChosen",
                "platformsAttended", "peopleMet", "targetPeopleMet", "followUpsScheduled", "followUpsDone")
                .map(field -> t.get(field).asText()).toList());
    }

    private static String readDemoPlanId() {
        try {
            return Files.readString(dataDirectory.resolve("demo-plan-id")).strip();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    @Order(2)
    void a_rep_takes_a_plan_from_objective_to_attendance_and_both_projections_show_it() {
        // a forum under way: begun two hours ago, ending in two; the rep chooses it, goes, and logs the visit after
        Instant programStartsAt = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofHours(2));
        String platformId = listPlatform(programStartsAt, programStartsAt.plus(Duration.ofHours(4)));

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Answer created = client.post("/api/v1/plans", rep, Map.of("title", "Win logistics accounts",
                "periodStart", today.minusDays(1).toString(), "periodEnd", today.plusMonths(3).toString(),
                "hoursBudget", 30));
        created.expect(201);
        planId = created.body().get("planId").asText();
        assertThat(created.header("X-Correlation-Id")).isNotBlank();

        String objectiveId = client.post("/api/v1/plans/" + planId + "/objectives", rep, Map.of(
                "statement", "Learn from logistics directors in manufacturing how they choose carriers",
                "outcome", "Two discovery meetings with carriers' buyers",
                "metric", "logistics directors met", "target", 4,
                "deadline", today.plusMonths(2).toString())).expect(201).body().get("objectiveId").asText();
        String targetId = client.post("/api/v1/plans/" + planId + "/targets", rep, Map.of(
                "objectiveId", objectiveId,
                "profile", Map.of("function", "Logistics", "position", "Director", "industry", "Manufacturing"),
                "priority", 1, "rationale", "they pick the carriers")).expect(201).body().get("targetId").asText();

        Map<String, Object> choice = Map.of("platformId", platformId, "targetIds", List.of(targetId),
                "arriveEarlyMinutes", 30, "stayLateMinutes", 45);
        // planning learns of the platform from the catalog's events: wait for it, bounded
        await().atMost(PROJECTION_WAIT).pollInterval(Duration.ofMillis(200)).until(() ->
                client.post("/api/v1/plans/" + planId + "/platforms", rep, choice).status() == 201);

        String attendanceId = client.post("/api/v1/plans/" + planId + "/attendance", rep, Map.of(
                "platformId", platformId,
                "arrivedAt", programStartsAt.minus(Duration.ofMinutes(30)).toString(),
                "leftAt", programStartsAt.plus(Duration.ofMinutes(90)).toString(),
                "contactsMet", List.of(
                        person("Ada Lind", "Volvo Parts", "ada@volvoparts.test", targetId),
                        person("Bo Ek", "Scania Supply", "bo@scaniasupply.test", targetId)),
                "notes", "Most useful talk was before the programme")).expect(201).body().get("attendanceId")
                .asText();

        JsonNode plan = client.get("/api/v1/plans/" + planId, rep).expect(200).body();
        assertThat(plan.get("objectives")).hasSize(1);
        assertThat(plan.get("targets")).hasSize(1);
        assertThat(plan.get("platforms")).hasSize(1);
        assertThat(plan.get("attendance")).hasSize(1);
        assertThat(plan.get("attendance").get(0).get("attendanceId").asText()).isEqualTo(attendanceId);
        assertThat(plan.get("attendance").get(0).get("minutesBeforeProgram").asInt()).isEqualTo(30);
        assertThat(plan.get("attendance").get(0).get("minutesAfterProgram").asInt()).isZero();
        // logging the same visit again is refused, naming the first
        Answer again = client.post("/api/v1/plans/" + planId + "/attendance", rep, Map.of("platformId", platformId,
                "arrivedAt", programStartsAt.toString(), "leftAt", programStartsAt.plus(Duration.ofHours(1)).toString()));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().toString()).contains(attendanceId);

        await().atMost(PROJECTION_WAIT).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            JsonNode activity = client.get("/api/v1/platforms/" + platformId, rep).expect(200).body().get("activity");
            assertThat(activity.get("timesChosen").asInt()).isEqualTo(1);
            assertThat(activity.get("attendances").asInt()).isEqualTo(1);
            assertThat(activity.get("peopleMet").asInt()).isEqualTo(2);
        });
        await().atMost(PROJECTION_WAIT).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            JsonNode people = client.get("/api/v1/plans/" + planId + "/people", rep).expect(200).body();
            assertThat(people.get("targets")).hasSize(1);
            assertThat(people.get("peopleMet").findValuesAsText("name")).containsExactlyInAnyOrder("Ada Lind", "Bo Ek");
        });

        JsonNode history = client.get("/api/v1/plans/" + planId + "/history", rep).expect(200).body();
        assertThat(history.findValuesAsText("type")).containsExactly(
                "PlanCreated", "ObjectiveDefined", "TargetIdentified", "PlatformChosen", "EventAttended");
        assertThat(history.findValuesAsText("actor")).containsOnly("rep-1");
        eventsInPlan = history.size();
    }

    /**
     * The everyday planner through the gateway: two plans found in the list, a choice withdrawn and another made, an
     * attendance logged and corrected, the plan closed and carried forward, and the new plan found in the list.
     */
    @Test
    @Order(3)
    void a_rep_finds_changes_corrects_and_closes_plans() {
        // a trade show in 25 days, chosen then withdrawn; a forum under way (begun two hours ago), chosen and attended
        Instant day = Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(25));
        String first = listPlatform(day.plus(Duration.ofHours(8)), day.plus(Duration.ofHours(10)));
        Instant forumStartsAt = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofHours(2));
        String second = listPlatform(forumStartsAt, forumStartsAt.plus(Duration.ofHours(4)));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String everyday = client.devToken("rep-everyday", ORG, TEAM, List.of("REP"));
        String planA = client.post("/api/v1/plans", everyday, Map.of("title", "Carriers this quarter",
                "periodStart", today.minusDays(1).toString(), "periodEnd", today.plusMonths(3).toString(),
                "hoursBudget", 20))
                .expect(201).body().get("planId").asText();
        String planB = client.post("/api/v1/plans", everyday, Map.of("title", "Retail buyers next quarter",
                "periodStart", today.plusMonths(3).toString(), "periodEnd", today.plusMonths(6).toString(),
                "hoursBudget", 15)).expect(201).body().get("planId").asText();

        await().atMost(PROJECTION_WAIT).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> assertThat(
                client.get("/api/v1/plans", everyday).expect(200).body().get("items").findValuesAsText("planId"))
                .containsExactly(planB, planA));
        assertThat(client.get("/api/v1/plans?q=carriers", everyday).expect(200).body().get("items")
                .findValuesAsText("planId")).containsExactly(planA);

        String objectiveId = client.post("/api/v1/plans/" + planA + "/objectives", everyday, Map.of(
                "statement", "Learn from logistics directors in manufacturing how they choose carriers",
                "outcome", "Two discovery meetings with carriers' buyers", "metric", "logistics directors met",
                "target", 4, "deadline", today.plusMonths(2).toString())).expect(201).body().get("objectiveId").asText();
        String targetId = client.post("/api/v1/plans/" + planA + "/targets", everyday, Map.of("objectiveId", objectiveId,
                "profile", Map.of("function", "Logistics", "position", "Director", "industry", "Manufacturing"),
                "priority", 1)).expect(201).body().get("targetId").asText();
        Map<String, Object> firstChoice = Map.of("platformId", first, "targetIds", List.of(targetId),
                "arriveEarlyMinutes", 30, "stayLateMinutes", 30);
        await().atMost(PROJECTION_WAIT).pollInterval(Duration.ofMillis(200)).until(() ->
                client.post("/api/v1/plans/" + planA + "/platforms", everyday, firstChoice).status() == 201);
        client.send("DELETE", "/api/v1/plans/" + planA + "/platforms/" + first, everyday,
                Map.of("reason", "clashes with the board meeting")).expect(200);
        await().atMost(PROJECTION_WAIT).pollInterval(Duration.ofMillis(200)).until(() ->
                client.post("/api/v1/plans/" + planA + "/platforms", everyday, Map.of("platformId", second,
                        "targetIds", List.of(targetId), "arriveEarlyMinutes", 30, "stayLateMinutes", 45)).status() == 201);

        String attendanceId = client.post("/api/v1/plans/" + planA + "/attendance", everyday, Map.of(
                "platformId", second, "arrivedAt", forumStartsAt.minus(Duration.ofMinutes(30)).toString(),
                "leftAt", forumStartsAt.plus(Duration.ofMinutes(60)).toString(), "contactsMet", List.of(
                        person("Dag Holm", "Sandvik Supply", "dag@sandvik.test", targetId))))
                .expect(201).body().get("attendanceId").asText();
        client.send("PUT", "/api/v1/plans/" + planA + "/attendance/" + attendanceId, everyday, Map.of(
                "arrivedAt", forumStartsAt.minus(Duration.ofMinutes(60)).toString(),
                "leftAt", forumStartsAt.plus(Duration.ofMinutes(90)).toString(), "contactsMet", List.of(
                        person("Dag Holm", "Sandvik Supply", "dag@sandvik.test", targetId)),
                "reason", "I came earlier and left later")).expect(200);
        JsonNode corrected = client.get("/api/v1/plans/" + planA, everyday).expect(200).body();
        assertThat(corrected.get("hours").get("spent").asDouble()).isEqualTo(2.5);
        assertThat(corrected.get("platforms").findValuesAsText("platformId")).containsExactly(second);

        String nextPlanId = client.post("/api/v1/plans/" + planA + "/closure", everyday, Map.of("carryForward", true,
                "periodStart", today.plusMonths(3).plusDays(1).toString(),
                "periodEnd", today.plusMonths(6).toString(), "hoursBudget", 20)).expect(200).body()
                .get("nextPlanId").asText();
        assertThat(client.get("/api/v1/plans/" + nextPlanId, everyday).expect(200).body().get("objectives")
                .findValuesAsText("statement")).containsExactly(
                "Learn from logistics directors in manufacturing how they choose carriers");
        assertThat(client.send("PATCH", "/api/v1/plans/" + planA, everyday, Map.of("title", "Reopened")).status())
                .isEqualTo(409);

        await().atMost(PROJECTION_WAIT).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            JsonNode open = client.get("/api/v1/plans?status=OPEN", everyday).expect(200).body();
            assertThat(open.get("items").findValuesAsText("planId")).containsExactlyInAnyOrder(planB, nextPlanId);
            JsonNode closed = client.get("/api/v1/plans?status=CLOSED", everyday).expect(200).body();
            assertThat(closed.get("items").findValuesAsText("planId")).containsExactly(planA);
            assertThat(closed.get("items").get(0).get("hoursSpent").asDouble()).isEqualTo(2.5);
        });
        JsonNode history = client.get("/api/v1/plans/" + planA + "/history", everyday).expect(200).body();
        assertThat(history.findValuesAsText("type")).containsExactly("PlanCreated", "ObjectiveDefined",
                "TargetIdentified", "PlatformChosen", "PlatformWithdrawn", "PlatformChosen", "EventAttended",
                "AttendanceCorrected", "PlanClosed");
    }

    @Test
    @Order(3)
    void the_advice_at_each_step_reaches_the_rep_through_the_gateway() {
        JsonNode plan = client.get("/api/v1/plans/" + planId, rep).expect(200).body();
        String objectiveId = plan.get("objectives").get(0).get("objectiveId").asText();
        String targetId = plan.get("targets").get(0).get("targetId").asText();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);

        // why: live SMART feedback, stored nowhere
        JsonNode check = client.post("/api/v1/smart-check", rep, Map.of("planId", planId,
                "statement", "I heard they're serving shrimp", "outcome", "fun", "metric", "people", "target", 3,
                "deadline", today.plusMonths(1).toString())).expect(200).body();
        assertThat(check.get("smart").get("specific").get("ok").asBoolean()).isFalse();
        assertThat(check.get("smart").get("specific").get("reason").asText()).contains("unfocused");

        // who: a known contact who fits the profile target is listed as a known match
        String contactId = client.post("/api/v1/contacts", rep, Map.of("name", "Cecilia Berg", "company", "Alfa Freight",
                "function", "Logistics", "position", "Director", "industry", "Manufacturing",
                "email", "cecilia@alfafreight.test")).expect(201).body().get("contactId").asText();
        await().atMost(PROJECTION_WAIT).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            JsonNode matches = client.get("/api/v1/plans/" + planId + "/known-matches", rep).expect(200).body();
            assertThat(matches.get("matches").findValuesAsText("contactId")).contains(contactId);
        });

        // where: a new platform whose audience fits the target is recommended, saying whom it serves
        Instant day = Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(30));
        String platformId = listPlatform(day.plus(Duration.ofHours(8)), day.plus(Duration.ofHours(10)));
        await().atMost(PROJECTION_WAIT).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            JsonNode advice = client.get("/api/v1/plans/" + planId + "/recommendations", rep).expect(200).body();
            JsonNode recommended = findByPlatform(advice.get("recommendations"), platformId);
            assertThat(recommended).as("recommendation for " + platformId).isNotNull();
            assertThat(recommended.get("servedTargets").findValuesAsText("targetId")).containsExactly(targetId);
            assertThat(recommended.get("explanation").asText()).contains("Topic is not considered");
        });
        JsonNode portfolio = client.get("/api/v1/plans/" + planId + "/portfolio", rep).expect(200).body();
        assertThat(portfolio.get("remainingHours").asDouble()).isLessThan(portfolio.get("hoursBudget").asDouble());

        // the return so far, per objective and per money: the forum, from 30 min before its programme to 90 min into
        // it (2 h), 2 logistics directors met of the 32 forecast (80 x 0.4), for its fee of 50: 25 per target person met
        await().atMost(PROJECTION_WAIT).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            JsonNode returns = client.get("/api/v1/plans/" + planId + "/returns", rep).expect(200).body();
            JsonNode first = returns.get("objectives").get(0);
            assertThat(first.get("objectiveId").asText()).isEqualTo(objectiveId);
            assertThat(first.get("hoursSpent").asDouble()).isEqualTo(2.0);
            assertThat(first.get("targetPeopleMet").asInt()).isEqualTo(2);
            assertThat(first.get("forecastTargetPeople").asDouble()).isEqualTo(32.0);
            assertThat(first.get("cost").asDouble()).isEqualTo(50.0);
            assertThat(first.get("costPerTargetPersonMet").asDouble()).isEqualTo(25.0);
        });

        // people you know: outreach, then a follow-up with the known contact (planning learns of it from Kafka)
        client.post("/api/v1/plans/" + planId + "/outreach", rep, Map.of("targetId", targetId, "channel", "PHONE",
                "happenedAt", Instant.now().minus(Duration.ofHours(1)).toString(),
                "summary", "Carrier tenders open in March")).expect(201);
        Map<String, Object> followUp = Map.of("contactId", contactId, "targetId", targetId,
                "dueOn", today.plusDays(7).toString(), "action", "Send the carrier benchmark");
        await().atMost(PROJECTION_WAIT).pollInterval(Duration.ofMillis(200)).until(() ->
                client.post("/api/v1/plans/" + planId + "/follow-ups", rep, followUp).status() == 201);
        await().atMost(PROJECTION_WAIT).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            JsonNode due = client.get("/api/v1/follow-ups", rep).expect(200).body();
            assertThat(due.get("items").findValuesAsText("action")).contains("Send the carrier benchmark");
            assertThat(due.get("items").findValuesAsText("personName")).contains("Cecilia Berg");
        });

        // progress toward the objective: two target people met at the forum and one outreach
        JsonNode progress = findObjective(client.get("/api/v1/plans/" + planId, rep).expect(200).body(), objectiveId)
                .get("progress");
        assertThat(progress.get("peopleMet").asInt()).isEqualTo(2);
        assertThat(progress.get("outreach").asInt()).isEqualTo(1);
        assertThat(progress.get("total").asInt()).isEqualTo(3);
        assertThat(progress.get("target").asInt()).isEqualTo(4);
        eventsInPlan = client.get("/api/v1/plans/" + planId + "/history", rep).expect(200).body().size();
    }

    /**
     * Two reps of team-north choose the same breakfast for the same CFOs: the second answer warns of the overlap, the
     * manager's coverage lists it and the COOs nobody goes for as a gap, the team portfolio sends the second rep to the
     * operations lunch instead, and the first rep's briefing names the teammate going and the contact who fits.
     */
    @Test
    @Order(3)
    void a_team_sees_its_overlap_and_gap_and_the_portfolio_sends_the_second_rep_elsewhere() {
        String team = "team-north";
        String ana = client.devToken("ana", ORG, team, List.of("REP"));
        String ben = client.devToken("ben", ORG, team, List.of("REP"));
        String manager = client.devToken("mgr-north", ORG, team, List.of("MANAGER"));
        Instant day = Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(40));
        // 2 h programmes, 30 min either side: 3 h each; 100 expected
        String breakfast = listTeamPlatform("CFO Breakfast", day.plus(Duration.ofHours(7)), "CFO", 0.3);
        String lunch = listTeamPlatform("Operations Lunch", day.plus(Duration.ofDays(2)).plus(Duration.ofHours(12)),
                "COO", 0.2);

        String anaPlan = teamPlan(ana, List.of("CFO"));
        String anaTarget = client.get("/api/v1/plans/" + anaPlan, ana).expect(200).body().get("targets").get(0)
                .get("targetId").asText();
        Map<String, Object> anaChoice = Map.of("platformId", breakfast, "targetIds", List.of(anaTarget),
                "arriveEarlyMinutes", 30, "stayLateMinutes", 30);
        await().atMost(PROJECTION_WAIT).pollInterval(Duration.ofMillis(200)).until(() ->
                client.post("/api/v1/plans/" + anaPlan + "/platforms", ana, anaChoice).status() == 201);
        String benPlan = teamPlan(ben, List.of("CFO", "COO"));
        String benCfo = client.get("/api/v1/plans/" + benPlan, ben).expect(200).body().get("targets").get(0)
                .get("targetId").asText();
        String coverage = "/api/v1/teams/" + team + "/coverage";
        await().atMost(PROJECTION_WAIT).pollInterval(Duration.ofMillis(200)).until(() ->
                client.get(coverage, manager).status() == 200
                        && client.get(coverage, manager).body().get("platforms").size() == 1);

        JsonNode second = client.post("/api/v1/plans/" + benPlan + "/platforms", ben, Map.of("platformId", breakfast,
                "targetIds", List.of(benCfo), "arriveEarlyMinutes", 30, "stayLateMinutes", 30)).expect(201).body();
        assertThat(second.get("warnings").get(0).get("code").asText()).isEqualTo("TEAM_OVERLAP");
        assertThat(second.get("warnings").get(0).get("teammates").get(0).asText()).isEqualTo("ana");

        await().atMost(PROJECTION_WAIT).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            JsonNode seen = client.get(coverage, manager).expect(200).body();
            assertThat(seen.get("overlaps")).hasSize(1);
            assertThat(seen.get("overlaps").get(0).get("platformId").asText()).isEqualTo(breakfast);
            assertThat(seen.get("overlaps").get(0).get("profile").get("function").asText()).isEqualTo("CFO");
            assertThat(seen.get("overlaps").get(0).get("members")).extracting(JsonNode::asText)
                    .containsExactly("ana", "ben");
            assertThat(seen.get("gaps")).hasSize(1);
            assertThat(seen.get("gaps").get(0).get("profile").get("function").asText()).isEqualTo("COO");
            assertThat(seen.get("gaps").get(0).get("platforms").get(0).get("platformId").asText()).isEqualTo(lunch);
        });
        assertThat(client.get(coverage, ana).status()).as("a rep reads no team coverage").isEqualTo(403);

        // per hour: ana at the breakfast 30 CFOs / 3 h = 10; ben there adds nothing new; ben at the lunch 20 / 3 h
        JsonNode portfolio = client.get("/api/v1/teams/" + team + "/portfolio", manager).expect(200).body();
        Map<String, String> sent = new LinkedHashMap<>();
        portfolio.get("assignments").forEach(a -> sent.put(a.get("memberId").asText(), a.get("platformId").asText()));
        assertThat(sent).containsEntry("ana", breakfast).containsEntry("ben", lunch);

        // ana's briefing: arrive and leave, the CFOs to expect, ben going too, the contact who fits
        String contactId = client.post("/api/v1/contacts", ana, Map.of("name", "Dora Finn", "company", "Nordbank",
                "function", "CFO", "position", "Chief Financial Officer", "industry", "Banking",
                "email", "dora@nordbank.test"))
                .expect(201).body().get("contactId").asText();
        await().atMost(PROJECTION_WAIT).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            JsonNode briefing = client.get("/api/v1/plans/" + anaPlan + "/platforms/" + breakfast + "/briefing", ana)
                    .expect(200).body();
            assertThat(briefing.get("arriveAt").asText()).isEqualTo(day.plus(Duration.ofMinutes(6 * 60 + 30))
                    .toString());
            assertThat(briefing.get("targets").get(0).get("expectedPeople").asDouble()).isEqualTo(30.0);
            assertThat(briefing.get("teammates").get(0).get("memberId").asText()).isEqualTo("ben");
            assertThat(briefing.get("knownContacts").findValuesAsText("contactId")).containsExactly(contactId);
        });
    }

    /** A plan of the rep's with one objective and a target per function (priority 1). */
    private static String teamPlan(String token, List<String> functions) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String plan = client.post("/api/v1/plans", token, Map.of("title", "Finance leaders this quarter",
                "periodStart", today.toString(), "periodEnd", today.plusMonths(3).toString(), "hoursBudget", 3.5))
                .expect(201).body().get("planId").asText();
        String objectiveId = client.post("/api/v1/plans/" + plan + "/objectives", token, Map.of(
                "statement", "Learn from CFOs in banking how they choose treasury software",
                "outcome", "Two pilot conversations with treasury teams",
                "metric", "CFOs met", "target", 4,
                "deadline", today.plusMonths(2).plusDays(15).toString())).expect(201).body().get("objectiveId").asText();
        for (String function : functions) {
            client.post("/api/v1/plans/" + plan + "/targets", token, Map.of("objectiveId", objectiveId,
                    "profile", Map.of("function", function), "priority", 1, "rationale", "they decide"))
                    .expect(201);
        }
        return plan;
    }

    private static String listTeamPlatform(String name, Instant programStartsAt, String function, double share) {
        Map<String, Object> platform = platform(name, "MEETUP", programStartsAt,
                programStartsAt.plus(Duration.ofHours(2)), "Stockholm", 40, 100);
        platform.put("organizer", "Finance Circle");
        platform.put("audience", List.of(Map.of("function", function, "share", share)));
        return client.post("/api/v1/platforms", admin, platform).expect(201).body().get("platformId").asText();
    }

    @Test
    @Order(4)
    void bad_requests_are_refused_with_problem_json_and_change_nothing() throws Exception {
        Answer noToken = client.get("/api/v1/plans/" + planId, null);
        assertThat(noToken.status()).isEqualTo(401);
        assertThat(noToken.header("Content-Type")).contains("application/problem+json");

        Answer malformed = client.postRaw("/api/v1/plans/" + planId + "/objectives", rep, "{\"statement\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.header("Content-Type")).contains("application/problem+json");

        Answer wrongType = client.post("/api/v1/plans", rep, Map.of("title", "x", "periodStart", "2026-01-01",
                "periodEnd", "2026-02-01", "hoursBudget", "forty"));
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.body().toString()).contains("hoursBudget");

        String stranger = client.devToken("rep-9", "other-org", "team-x", List.of("REP"));
        assertThat(client.get("/api/v1/plans/" + planId, stranger).status()).isEqualTo(404);
        assertThat(client.post("/api/v1/plans/" + planId + "/objectives", stranger, Map.of("statement", "x",
                "outcome", "y", "metric", "z", "target", 1, "deadline", "2026-12-31")).status()).isEqualTo(404);

        // asked for what no endpoint answers in, through the gateway: 406 problem+json naming Accept, nothing stored
        var http = java.net.http.HttpClient.newHttpClient();
        String objective = "{\"statement\":\"Learn how logistics directors choose carriers\",\"outcome\":\"deals\","
                + "\"metric\":\"directors met\",\"target\":2,\"deadline\":\""
                + LocalDate.now(ZoneOffset.UTC).plusMonths(2) + "\"}";
        for (String accept : List.of("application/xml", "text/csv", "text/vcard")) {
            for (var request : List.of(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(client.baseUrl() + "/api/v1/plans/" + planId))
                            .header("Authorization", "Bearer " + rep).header("Accept", accept).GET().build(),
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(client.baseUrl() + "/api/v1/plans/" + planId
                                    + "/objectives")).header("Authorization", "Bearer " + rep)
                            .header("Accept", accept).header("Content-Type", "application/json")
                            .POST(java.net.http.HttpRequest.BodyPublishers.ofString(objective)).build())) {
                var answer = http.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
                assertThat(answer.statusCode()).as(request.method() + " " + accept).isEqualTo(406);
                assertThat(answer.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
                assertThat(answer.body()).contains("\"field\":\"Accept\"");
            }
        }

        assertThat(client.get("/api/v1/plans/" + planId + "/history", rep).expect(200).body()).hasSize(eventsInPlan);
    }

    @Test
    @Order(5)
    void each_role_sees_what_it_should_and_another_org_nothing() {
        String teammate = client.devToken("rep-2", ORG, TEAM, List.of("REP"));
        String manager = client.devToken("mgr-1", ORG, TEAM, List.of("MANAGER"));
        String otherManager = client.devToken("mgr-2", ORG, "team-west", List.of("MANAGER"));
        String orgAdmin = client.devToken("admin-2", ORG, "team-hq", List.of("ADMIN"));
        String stranger = client.devToken("rep-9", "other-org", TEAM, List.of("REP", "MANAGER", "ADMIN"));
        List<String> reads = List.of("/api/v1/plans/" + planId, "/api/v1/plans/" + planId + "/history",
                "/api/v1/plans/" + planId + "/people", "/api/v1/plans/" + planId + "/known-matches",
                "/api/v1/plans/" + planId + "/recommendations", "/api/v1/plans/" + planId + "/portfolio");
        Map<String, Integer> expected = new LinkedHashMap<>();
        expected.put(rep, 200);
        expected.put(manager, 200);
        expected.put(orgAdmin, 200);
        expected.put(teammate, 403);
        expected.put(otherManager, 403);
        expected.put(stranger, 404);
        for (String path : reads) {
            expected.forEach((token, status) -> {
                Answer answer = client.get(path, token);
                assertThat(answer.status()).as(path).isEqualTo(status);
                if (status != 200) {
                    assertThat(answer.header("Content-Type")).as(path).contains("application/problem+json");
                }
            });
        }
        // only the owner changes the plan; nobody else's attempt is stored
        Map<String, Object> progress = Map.of("amount", 1, "note", "referral");
        String objectiveId = client.get("/api/v1/plans/" + planId, rep).expect(200).body()
                .get("objectives").get(0).get("objectiveId").asText();
        String path = "/api/v1/plans/" + planId + "/objectives/" + objectiveId + "/progress";
        assertThat(client.post(path, manager, progress).status()).isEqualTo(403);
        assertThat(client.post(path, orgAdmin, progress).status()).isEqualTo(403);
        assertThat(client.post(path, teammate, progress).status()).isEqualTo(403);
        assertThat(client.post(path, stranger, progress).status()).isEqualTo(404);
        assertThat(client.get("/api/v1/plans/" + planId + "/history", rep).expect(200).body()).hasSize(eventsInPlan);
        assertThat(client.get("/api/v1/contacts", stranger).expect(200).body().get("total").asInt()).isZero();
    }

    @Test
    @Order(6)
    void history_time_travel_and_versions_work_for_the_rep_and_the_manager() {
        String manager = client.devToken("mgr-1", ORG, TEAM, List.of("MANAGER"));
        JsonNode history = client.get("/api/v1/plans/" + planId + "/history?limit=2", manager).expect(200).body();
        assertThat(history.findValuesAsText("type")).containsExactly("PlanCreated", "ObjectiveDefined");
        Answer firstPage = client.get("/api/v1/plans/" + planId + "/history?limit=2", rep).expect(200);
        assertThat(firstPage.header("X-Total-Count")).isEqualTo(String.valueOf(eventsInPlan));
        assertThat(firstPage.header("Link")).contains("rel=\"next\"");

        // the plan as it stood when its target was identified: no platform chosen yet, no attendance
        JsonNode full = client.get("/api/v1/plans/" + planId + "/history", rep).expect(200).body();
        String targetIdentifiedAt = full.get(2).get("occurredAt").asText();
        for (String token : List.of(rep, manager)) {
            JsonNode then = client.get("/api/v1/plans/" + planId + "?asOf=" + targetIdentifiedAt, token).expect(200).body();
            assertThat(then.get("targets")).hasSize(1);
            assertThat(then.get("platforms")).isEmpty();
            assertThat(then.get("attendance")).isEmpty();
        }

        // a client waits for its own write to reach a projection instead of polling blindly
        String objectiveId = full.get(1).get("payload").get("objectiveId").asText();
        long version = client.post("/api/v1/plans/" + planId + "/objectives/" + objectiveId + "/progress", rep,
                Map.of("amount", 1, "note", "a referral from Cecilia")).expect(201).body().get("version").asLong();
        JsonNode people = client.get("/api/v1/plans/" + planId + "/people?minVersion=" + version, rep).expect(200).body();
        assertThat(people.get("appliedSequence").asLong()).isGreaterThanOrEqualTo(version);
        Answer tooFar = client.get("/api/v1/plans/" + planId + "/people?minVersion=" + (version + 1000), rep);
        assertThat(tooFar.status()).isEqualTo(503);
        assertThat(tooFar.header("Retry-After")).isNotBlank();
        eventsInPlan = client.get("/api/v1/plans/" + planId + "/history", rep).expect(200).body().size();
    }

    @Test
    @Order(7)
    void a_service_reached_around_the_gateway_accepts_no_caller() throws Exception {
        var http = java.net.http.HttpClient.newHttpClient();
        var spoofed = java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                        "http://localhost:" + settings.planningPort() + "/api/v1/plans/" + planId))
                .header("X-Netfocus-User", "rep-1").header("X-Netfocus-Org", ORG).header("X-Netfocus-Team", TEAM)
                .header("X-Netfocus-Roles", "ADMIN").GET().build();
        var answer = http.send(spoofed, java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
    }

    /**
     * The description the gateway serves, merged from the services' own, holds every endpoint each service's request
     * mappings serve (read from its /actuator/mappings) with the same method and path, and nothing they do not serve;
     * each operation has a summary, its security requirement, its error answers as problem+json, and examples of its
     * texts. Each route's paths are described for its service, and the services' own descriptions are not served to
     * anyone but the gateway.
     */
    @Test
    @Order(8)
    void the_api_description_describes_every_endpoint_the_services_serve_and_nothing_else() throws Exception {
        // a service still busy starting may miss the gateway's read timeout; the gateway then says which one is
        // missing and keeps no incomplete description, so a later read holds every service
        JsonNode description = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2))
                .until(() -> client.get("/api/v1/openapi.json", null).expect(200).body(),
                        read -> !read.has("x-netfocus-unavailable-services"));
        Map<String, Integer> ports = Map.of("planning", settings.planningPort(), "catalog", settings.catalogPort(),
                "contact", settings.contactPort());
        var http = java.net.http.HttpClient.newHttpClient();
        int operations = 0;
        for (Map.Entry<String, Integer> service : ports.entrySet()) {
            var mappings = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                            "http://localhost:" + service.getValue() + "/actuator/mappings"))
                            .header("Authorization", "Bearer " + MANAGEMENT_TOKEN).GET().build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(mappings.statusCode()).as(service.getKey() + " mappings").isEqualTo(200);
            ApiDescriptionCoverage.Report report = ApiDescriptionCoverage.compare(
                    ServedEndpoint.ofActuatorMappings(com.netfocus.contracts.plan.PlanEventCodec.mapper()
                            .readTree(mappings.body())),
                    description, item -> item.path("x-netfocus-service").asText().equals(service.getKey()));

            assertThat(report.gaps()).as(service.getKey()).isEmpty();
            assertThat(report.handlerMethods()).as(service.getKey() + " handler methods read").isPositive();
            assertThat(report.compared()).as(service.getKey() + " handler methods compared")
                    .isEqualTo(report.handlerMethods());
            assertThat(report.publicOperations()).as(service.getKey()).isEmpty();
            operations += report.operations();

            var around = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                            "http://localhost:" + service.getValue() + "/v3/api-docs")).GET().build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(around.statusCode()).as(service.getKey() + "'s own description, asked directly").isEqualTo(401);
        }
        java.util.Set<String> described = new java.util.TreeSet<>();
        java.util.Set<String> ofTheGateway = new java.util.TreeSet<>();
        description.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(field -> {
            if (!field.startsWith("x-")) {
                described.add(field + " " + path.getKey());
                if (path.getValue().path("x-netfocus-service").asText().equals("gateway")) {
                    ofTheGateway.add(field + " " + path.getKey());
                }
            }
        }));
        assertThat(ofTheGateway).as("answered by the gateway itself, in the local profile")
                .containsExactly("post /api/v1/dev/token");
        assertThat(described).hasSize(operations + ofTheGateway.size());
        assertThat(DescribedExamples.missing(description)).isEmpty();
        RoutePatterns.ofGateway().forEach((route, patterns) -> patterns.forEach(pattern -> {
            java.util.List<String> matching = new java.util.ArrayList<>();
            description.get("paths").fields().forEachRemaining(path -> {
                if (path.getValue().path("x-netfocus-service").asText().equals(route)
                        && RoutePatterns.matches(pattern, path.getKey())) {
                    matching.add(path.getKey());
                }
            });
            assertThat(matching).as("described paths of " + route + " under its route pattern " + pattern).isNotEmpty();
        }));
        assertThat(client.get("/v3/api-docs", null).status()).as("the gateway serves no part on its own").isEqualTo(401);
        assertThat(client.get("/api/docs", null).status()).isEqualTo(200);
    }

    @Test
    @Order(9)
    void after_a_restart_of_the_whole_stack_the_plan_and_its_history_are_still_there() {
        JsonNode before = client.get("/api/v1/plans/" + planId, rep).expect(200).body();
        stack.close();

        stack = LocalStack.start(settings, MANAGEMENT);
        identitySecrets.add(stack.identitySecret());
        client = stack.client();

        // the local profile signs with a key of its own per start: a token from before the restart is refused
        assertThat(client.get("/api/v1/plans/" + planId, rep).status()).isEqualTo(401);
        rep = client.devToken("rep-1", ORG, TEAM, List.of("REP"));
        admin = client.devToken("admin-1", ORG, TEAM, List.of("ADMIN"));

        JsonNode after = client.get("/api/v1/plans/" + planId, rep).expect(200).body();
        assertThat(after).isEqualTo(before);
        assertThat(client.get("/api/v1/plans/" + planId + "/history", rep).expect(200).body()).hasSize(eventsInPlan);
        // the demo data is loaded once, not again on restart
        String demoRep = client.devToken("demo-rep", "demo-org", "team-north", List.of("REP"));
        assertThat(client.get("/api/v1/platforms", demoRep).expect(200).body().get("total").asInt()).isEqualTo(6);
    }

    @Test
    @Order(10)
    void a_person_erased_on_request_is_unreadable_in_the_plan_and_gone_from_the_projections() {
        JsonNode people = client.get("/api/v1/plans/" + planId + "/people", rep).expect(200).body();
        String ada = null;
        for (JsonNode person : people.get("peopleMet")) {
            if (person.get("name").asText().equals("Ada Lind")) {
                ada = person.get("contactId").asText();
            }
        }
        assertThat(ada).as("Ada's contact, made from the person met").isNotNull();
        String teammate = client.devToken("rep-2", ORG, TEAM, List.of("REP"));
        assertThat(client.post("/api/v1/contacts/" + ada + "/erasure", teammate, Map.of()).status()).isEqualTo(403);

        assertThat(client.post("/api/v1/contacts/" + ada + "/erasure", rep, Map.of()).status()).isEqualTo(204);

        String erased = ada;
        await().atMost(PROJECTION_WAIT).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            JsonNode history = client.get("/api/v1/plans/" + planId + "/history", rep).expect(200).body();
            assertThat(history.findValuesAsText("type")).containsOnlyOnce("PersonalDataErased");
            assertThat(history.toString()).doesNotContain("Ada Lind", "ada@volvoparts.test").contains("Bo Ek");
        });
        JsonNode met = client.get("/api/v1/plans/" + planId, rep).expect(200).body().get("attendance").get(0)
                .get("contactsMet");
        assertThat(met.findValuesAsText("name")).containsExactly("[erased]", "Bo Ek");
        assertThat(met.findValuesAsText("email")).containsExactly("[erased]", "bo@scaniasupply.test");
        assertThat(client.get("/api/v1/contacts/" + erased, rep).status()).isEqualTo(404);
        await().atMost(PROJECTION_WAIT).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                assertThat(client.get("/api/v1/plans/" + planId + "/people", rep).expect(200).body()
                        .get("peopleMet").findValuesAsText("name")).containsExactly("Bo Ek"));
        assertThat(client.post("/api/v1/contacts/" + erased + "/erasure", rep, Map.of()).status()).isEqualTo(204);
    }

    /**
     * The org's audit trail through the gateway: an admin's query across two teams gives both teams' plan events in
     * time order, the CSV export of the same range has the same rows, a rep is refused and another org sees none of
     * it. A fresh plan's hash chain is intact; once one of its stored events is altered straight in MongoDB, the
     * verification and the reconciliation both name that plan and sequence.
     */
    @Test
    @Order(11)
    void an_admin_audits_the_org_across_teams_and_an_altered_event_breaks_its_plans_chain() throws Exception {
        String westRep = client.devToken("rep-7", ORG, "team-west", List.of("REP"));
        String westPlan = client.post("/api/v1/plans", westRep, Map.of("title", "Western ports",
                "periodStart", LocalDate.now(ZoneOffset.UTC).toString(),
                "periodEnd", LocalDate.now(ZoneOffset.UTC).plusDays(120).toString(), "hoursBudget", 20))
                .expect(201).body().get("planId").asText();
        client.post("/api/v1/plans/" + westPlan + "/objectives", westRep, Map.of(
                "statement", "Learn from port logistics directors which carrier problems they will pay to solve",
                "outcome", "Two discovery meetings", "metric", "logistics directors met", "target", 4,
                "deadline", LocalDate.now(ZoneOffset.UTC).plusDays(60).toString())).expect(201);
        String range = "from=" + SUITE_STARTED + "&to=" + Instant.now().plusSeconds(1);
        int eastEvents = client.get("/api/v1/plans/" + planId + "/history", rep).expect(200).body().size();

        JsonNode items = await().atMost(PROJECTION_WAIT).pollInterval(Duration.ofMillis(500)).until(
                () -> client.get("/api/v1/audit?limit=1000&" + range, admin).expect(200).body().get("items"),
                found -> found.findValuesAsText("planId").stream().filter(westPlan::equals).count() == 2
                        && found.findValuesAsText("planId").stream().filter(planId::equals).count() == eastEvents);
        List<String> rows = new java.util.ArrayList<>();
        Instant previous = Instant.MIN;
        long nextEastSequence = 0;
        for (JsonNode item : items) {
            Instant occurredAt = Instant.parse(item.get("occurredAt").asText());
            assertThat(occurredAt).isAfterOrEqualTo(previous);
            previous = occurredAt;
            if (planId.equals(item.get("planId").asText())) {
                assertThat(item.get("team").asText()).isEqualTo(TEAM);
                assertThat(item.get("sequence").asLong()).isEqualTo(nextEastSequence++);
            }
            if (westPlan.equals(item.get("planId").asText())) {
                assertThat(item.get("team").asText()).isEqualTo("team-west");
                assertThat(item.get("actor").asText()).isEqualTo("rep-7");
            }
            rows.add(String.join(",", item.get("occurredAt").asText(), item.get("actor").asText(""),
                    item.get("type").asText(), item.get("planId").asText(""), item.get("sequence").asText("")));
        }
        String csv = client.get("/api/v1/audit?format=csv&" + range, admin).expect(200).body().asText();
        List<String> csvRows = new java.util.ArrayList<>();
        for (String line : csv.strip().split("\r?\n")) {
            String[] cells = line.split(",", -1);
            csvRows.add(String.join(",", cells[0], cells[3], cells[4], cells[5], cells[6]));
        }
        assertThat(csvRows.get(0)).isEqualTo("occurredAt,actor,type,planId,sequence");
        assertThat(csvRows.subList(1, csvRows.size())).containsExactlyElementsOf(rows);

        Answer refused = client.get("/api/v1/audit?" + range, rep);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.header("Content-Type")).contains("application/problem+json");
        String otherAdmin = client.devToken("admin-9", "other-org", TEAM, List.of("ADMIN"));
        JsonNode others = client.get("/api/v1/audit?" + range, otherAdmin).expect(200).body().get("items");
        assertThat(others.findValuesAsText("org")).doesNotContain(ORG);
        assertThat(others.toString()).doesNotContain(planId, westPlan);

        String verification = "/api/v1/plans/" + westPlan + "/history/verification";
        JsonNode intact = client.get(verification, westRep).expect(200).body();
        assertThat(intact.get("intact").asBoolean()).as(intact.toString()).isTrue();
        assertThat(intact.get("checkedEvents").asLong()).isEqualTo(2);
        try (var mongo = com.mongodb.client.MongoClients.create(stack.mongoUri())) {
            var events = mongo.getDatabase(com.netfocus.reconciliation.PlanningEventStore.DATABASE)
                    .getCollection(com.netfocus.reconciliation.PlanningEventStore.EVENTS);
            var objective = com.mongodb.client.model.Filters.and(
                    com.mongodb.client.model.Filters.eq("aggregateIdentifier", westPlan),
                    com.mongodb.client.model.Filters.eq("sequenceNumber", 1L));
            String payload = events.find(objective).first().getString("serializedPayload");
            String altered = payload.replace("\"target\":4,", "\"target\":40,");
            assertThat(altered).as("the objective's target, as stored").isNotEqualTo(payload);
            events.updateOne(objective, com.mongodb.client.model.Updates.set("serializedPayload", altered));
        }
        JsonNode broken = client.get(verification, westRep).expect(200).body();
        assertThat(broken.get("intact").asBoolean()).as(broken.toString()).isFalse();
        assertThat(broken.get("firstBreak").get("sequence").asLong()).isEqualTo(1);
        var report = com.netfocus.reconciliation.Reconciliation.run(
                com.netfocus.reconciliation.ReconciliationSettings.of(stack.mongoUri(), stack.kafkaBootstrapServers()));
        assertThat(report.differences()).anySatisfy(difference -> {
            assertThat(difference.subject()).isEqualTo(westPlan);
            assertThat(difference.found()).startsWith("broken at sequence 1");
        });
    }

    /**
     * The services' whole output over this run (start, demo data, every test above, a restart) holds no JWT, no
     * identity secret, no identity signature of the run's main callers, and none of the personal fields used.
     */
    @Test
    @Order(12)
    void no_token_secret_or_personal_field_reaches_a_log() throws Exception {
        StringBuilder logs = new StringBuilder();
        for (Path log : stack.logFiles()) {
            logs.append(Files.readString(log)).append('\n');
        }
        String all = logs.toString();
        assertThat(all).as("the services logged something").contains("Started");
        assertThat(LogLeaks.jwts(all)).as("JWTs in the logs").isEmpty();
        assertThat(all).doesNotContain(rep, admin);
        for (String secret : identitySecrets) {
            assertThat(all).as("identity secret").doesNotContain(secret);
        }
        assertThat(all).doesNotContainIgnoringCase(com.netfocus.contracts.caller.CallerHeaders.SIGNATURE);
        assertThat(LogLeaks.signatures(all)).as("identity signatures in the logs").isEmpty();
        assertThat(all).as("personal fields in the logs").doesNotContain("Ada Lind", "ada@volvoparts.test", "Bo Ek",
                "bo@scaniasupply.test", "Cecilia Berg", "cecilia@alfafreight.test");
    }

    private static String listPlatform(Instant programStartsAt, Instant programEndsAt) {
        Map<String, Object> platform = platform("Manufacturing Logistics Forum", "ASSOCIATION_MEETING", programStartsAt,
                programEndsAt, "Gothenburg", 50, 80);
        platform.put("audience", List.of(Map.of("function", "Logistics", "position", "Director",
                "industry", "Manufacturing", "share", 0.4)));
        Answer refused = client.post("/api/v1/platforms", rep, platform);
        assertThat(refused.status()).as("a rep may not add to the catalog").isEqualTo(403);
        return client.post("/api/v1/platforms", admin, platform).expect(201).body().get("platformId").asText();
    }

    /** A platform request with its doors an hour around the programme and networking encouraged. */
    private static Map<String, Object> platform(String name, String kind, Instant programStartsAt,
                                                Instant programEndsAt, String location, int cost, int attendance) {
        Map<String, Object> platform = new LinkedHashMap<>();
        platform.put("name", name);
        platform.put("kind", kind);
        platform.put("organizer", "Logistics Association");
        platform.put("topic", "Carrier capacity");
        platform.put("startsAt", programStartsAt.minus(Duration.ofHours(1)).toString());
        platform.put("endsAt", programEndsAt.plus(Duration.ofHours(1)).toString());
        platform.put("programStartsAt", programStartsAt.toString());
        platform.put("programEndsAt", programEndsAt.toString());
        platform.put("location", location);
        platform.put("cost", cost);
        platform.put("networkingSupported", true);
        platform.put("expectedAttendance", attendance);
        return platform;
    }

    private static JsonNode findByPlatform(JsonNode items, String platformId) {
        for (JsonNode item : items) {
            if (item.get("platformId").asText().equals(platformId)) {
                return item;
            }
        }
        return null;
    }

    private static JsonNode findObjective(JsonNode plan, String objectiveId) {
        for (JsonNode objective : plan.get("objectives")) {
            if (objective.get("objectiveId").asText().equals(objectiveId)) {
                return objective;
            }
        }
        throw new AssertionError("no objective " + objectiveId + " in " + plan);
    }

    private static Map<String, Object> person(String name, String company, String email, String targetId) {
        return Map.of("name", name, "company", company, "function", "Logistics", "position", "Director",
                "industry", "Manufacturing", "email", email, "targetId", targetId);
    }
}
