package com.netfocus.catalog.analytics;

import com.fasterxml.jackson.databind.JsonNode;
import com.netfocus.catalog.testing.PlatformJson;
import com.netfocus.contracts.plan.EventAttended;
import com.netfocus.contracts.plan.FollowUp;
import com.netfocus.contracts.plan.FollowUpScheduled;
import com.netfocus.contracts.plan.PlanCreated;
import com.netfocus.contracts.plan.PlanEvent;
import com.netfocus.contracts.plan.PlanEventCodec;
import com.netfocus.contracts.plan.PlatformChosen;
import com.netfocus.infrastructure.testing.PlanEventRecords;
import com.netfocus.infrastructure.testing.Personas;
import com.netfocus.infrastructure.testing.TestInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The dashboards answer the figures of {@link AnalyticsScenario}, counted by hand, from plan events on the real
 * broker: per rep, team and org, per month, quarter and year; the ROI leaderboard with forecast against actual; the
 * arrival bands; every table as CSV; each read as the caller's role allows, never another org's figures; and a
 * redelivered stream changes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AnalyticsApiTest {

    private static final TestInfrastructure infrastructure = new TestInfrastructure("catalog", "analytics");
    private static final PlanEventRecords records = new PlanEventRecords(infrastructure.planEventsTopic());
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String HEADER = "period,plans,objectivesDefined,smartPassRate,averageProgress,"
            + "objectivesAchieved,hoursBudgeted,hoursPlanned,hoursSpent,platformsChosen,platformsAttended,peopleMet,"
            + "targetPeopleMet,followUpsScheduled,followUpsDone";
    private static final String ORG_2031 = "2031,3,3,0.67,0.48,1,70.0,6.42,6.42,2,2,5,3,2,1";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        infrastructure.register(registry);
    }

    @AfterAll
    static void closeProducer() {
        records.close();
    }

    @Autowired
    TestRestTemplate http;

    private Personas personas;
    private String platformA;
    private String platformB;
    private AnalyticsScenario scenario;

    @BeforeEach
    void scenarioApplied() {
        personas = new Personas();
        platformA = addPlatform("Platform A", "CONFERENCE", AnalyticsScenario.A_STARTS);
        platformB = addPlatform("Platform B", "SEMINAR", AnalyticsScenario.B_STARTS);
        scenario = new AnalyticsScenario(personas, platformA, platformB);
        scenario.send(records);
        await().atMost(WAIT).untilAsserted(() ->
                assertThat(csv("/api/v1/analytics/summary?scope=org&granularity=year", personas.admin))
                        .isEqualTo(HEADER + "\r\n" + ORG_2031 + "\r\n"));
    }

    @Test
    void aRepSeesHisFiguresPerMonthWithTheirTotal() {
        assertThat(csv("/api/v1/analytics/summary", personas.owner)).isEqualTo(lines(HEADER,
                "2031-03,1,1,1.0,0.75,0,40.0,0.0,0.0,0,0,0,0,0,0",
                "2031-04,0,1,0.0,0.5,0,0.0,3.25,0.0,1,0,0,0,0,0",
                "2031-05,0,0,0.0,0.0,1,0.0,0.0,3.25,0,1,3,2,2,1"));
        JsonNode summary = json("/api/v1/analytics/summary?scope=rep", personas.owner);
        assertThat(summary.get("scope").asText()).isEqualTo("rep");
        assertThat(summary.get("subject").asText()).isEqualTo(personas.owner.userId());
        assertThat(summary.get("granularity").asText()).isEqualTo("month");
        JsonNode total = summary.get("total");
        assertThat(total.has("period")).isFalse();
        assertThat(total.get("objectivesDefined").asLong()).isEqualTo(2);
        assertThat(total.get("smartPassRate").asDouble()).isEqualTo(0.5);
        assertThat(total.get("averageProgress").asDouble()).isEqualTo(0.63);
        assertThat(total.get("hoursSpent").asDouble()).isEqualTo(3.25);
        assertThat(total.get("followUpsScheduled").asLong()).isEqualTo(2);
    }

    @Test
    void aTeamSumsItsRepsPerQuarterAndTheFromToFilterKeepsOverlappingPeriods() {
        assertThat(csv("/api/v1/analytics/summary?scope=team&granularity=quarter", personas.manager)).isEqualTo(lines(
                HEADER,
                "2031-Q1,1,1,1.0,0.75,0,40.0,0.0,0.0,0,0,0,0,0,0",
                "2031-Q2,1,2,0.5,0.35,1,20.0,6.42,6.42,2,2,5,3,2,1"));
        assertThat(csv("/api/v1/analytics/summary?scope=team&subject=team-a&from=2031-04-15&to=2031-05-31",
                personas.admin)).isEqualTo(lines(HEADER,
                "2031-04,1,2,0.5,0.35,0,20.0,6.42,0.0,2,0,0,0,0,0",
                "2031-05,0,0,0.0,0.0,1,0.0,0.0,3.25,0,1,3,2,2,1"));
    }

    @Test
    void theTeamMemberTableHasEachRepsTotals() {
        ResponseEntity<String> answer = get("/api/v1/analytics/team-members?team=team-a&format=csv", personas.manager);
        assertThat(answer.getHeaders().getContentDisposition().getFilename()).isEqualTo("team-members.csv");
        assertThat(answer.getBody()).isEqualTo(lines(
                "userId,plans,objectivesDefined,smartPassRate,averageProgress,objectivesAchieved,hoursBudgeted,"
                        + "hoursPlanned,hoursSpent,platformsChosen,platformsAttended,peopleMet,targetPeopleMet,"
                        + "followUpsScheduled,followUpsDone",
                personas.owner.userId() + ",1,2,0.5,0.63,1,40.0,3.25,3.25,1,1,3,2,2,1",
                personas.teammate.userId() + ",1,1,1.0,0.2,0,20.0,3.17,3.17,1,1,2,1,0,0"));
        JsonNode members = json("/api/v1/analytics/team-members", personas.manager);
        assertThat(members.get("team").asText()).isEqualTo("team-a");
        assertThat(members.get("members")).hasSize(2);
        assertThat(members.get("members").get(0).has("period")).isFalse();
    }

    /** Each platform's fee is 45.50: A met 2 target people for it (22.75 each), B one. */
    @Test
    void thePlatformLeaderboardComparesForecastWithActualAndCountsTheCostPerTargetPersonMet() {
        ResponseEntity<String> answer = get("/api/v1/analytics/platform-roi?format=csv", personas.teammate);
        assertThat(answer.getHeaders().getContentType().toString()).startsWith("text/csv");
        assertThat(answer.getBody()).isEqualTo(lines(
                "platformId,name,kind,attendances,hoursSpent,peopleMet,targetPeopleMet,targetPeoplePerHour,"
                        + "forecastTargetPeople,actualTargetPeople,forecastAccuracy,cost,costPerTargetPersonMet",
                platformA + ",Platform A,CONFERENCE,1,3.25,3,2,0.62,48.0,2,0.04,45.5,22.75",
                platformB + ",Platform B,SEMINAR,1,3.17,2,1,0.32,36.0,1,0.03,45.5,45.5"));
        JsonNode best = json("/api/v1/analytics/platform-roi", personas.owner).get("platforms").get(0);
        assertThat(best.get("cost").asDouble()).isEqualTo(45.5);
        assertThat(best.get("costPerTargetPersonMet").asDouble()).isEqualTo(22.75);
        assertThat(json("/api/v1/analytics/platform-roi?limit=1", personas.owner).get("platforms")).hasSize(1);
    }

    /**
     * The org met 3 target people where 84 were forecast (R = 1/28); its conference converted 2 of 48:
     * (2 + 100 × 1/28) / (48 + 100) = 39/1036, relative to R: 39/37. A new conference's 48 expected people become
     * 48 × 39/37 = 50.59 in the recommendations of a rep who attended nothing yet (the team's manager here). Ann's own
     * record is that conference alone, 2 of 48: 39/37 again on top, 48 × (39/37)² = 53.33 in hers.
     */
    @Test
    void theOrgsOwnAccuracyCalibratesLaterRecommendationsAndTheRepsOwnAdjustsThemForTheRep() {
        String conference = addPlatform("Platform C", "CONFERENCE", Instant.parse("2031-07-01T16:00:00Z"));
        JsonNode forMeg = newConferenceRecommended(personas.manager, conference);
        assertThat(forMeg.get("servedTargets").get(0).get("expectedPeople").asDouble()).isEqualTo(50.59);
        assertThat(forMeg.get("explanation").asText()).contains("Expected people x1.05 by the org's own attendance.");
        JsonNode forAnn = newConferenceRecommended(personas.owner, conference);
        assertThat(forAnn.get("servedTargets").get(0).get("expectedPeople").asDouble()).isEqualTo(53.33);
        assertThat(forAnn.get("explanation").asText())
                .contains("Expected people x1.05 by the org's own attendance, x1.05 by the rep's own.");
    }

    /** A new plan of the persona's looking for purchasing directors in logistics, and its recommendation of one. */
    private JsonNode newConferenceRecommended(Personas.Persona owner, String conference) {
        String planId = UUID.randomUUID().toString();
        sendAs(owner, 0, new com.netfocus.contracts.plan.PlanCreated(planId, "More buyers",
                LocalDate.parse("2031-06-01"), LocalDate.parse("2031-12-31"), 40, owner.userId(), owner.org(),
                owner.team()));
        sendAs(owner, 1, new com.netfocus.contracts.plan.ObjectiveDefined(planId, "o1", "Meet buyers", "deals",
                "buyers", 4, LocalDate.parse("2031-12-31"), null));
        sendAs(owner, 2, new com.netfocus.contracts.plan.TargetIdentified(planId, "t1", "o1", null,
                new com.netfocus.contracts.plan.TargetProfile("Purchasing", "Director", "Logistics"), 1, "buyers"));
        JsonNode[] found = new JsonNode[1];
        await().atMost(WAIT).untilAsserted(() -> {
            found[0] = null;
            for (JsonNode recommendation : json("/api/v1/plans/" + planId + "/recommendations?minVersion=2", owner)
                    .get("recommendations")) {
                if (recommendation.get("platformId").asText().equals(conference)) {
                    found[0] = recommendation;
                }
            }
            assertThat(found[0]).isNotNull();
            assertThat(found[0].get("explanation").asText()).contains("by the org's own attendance");
        });
        return found[0];
    }

    /**
     * Attendances stored before planning refused implausible ones: three weeks ahead of the moment they were logged,
     * after their plan's period, in the years 1 and -999999999. Only the one that happened as logged is counted, and
     * no month of the others is shown.
     */
    @Test
    void attendancesThatCannotHaveHappenedAsLoggedAreLeftOutOfEveryFigure() {
        Personas other = new Personas();
        Personas.Persona rep = other.owner;
        String planId = UUID.randomUUID().toString();
        Instant logged = AnalyticsScenario.A_STARTS.plus(Duration.ofDays(1));
        Instant ahead = logged.plus(Duration.ofDays(21));
        Instant afterThePeriod = Instant.parse("2032-02-01T16:00:00Z");
        List<PlanEvent> events = List.of(
                new PlanCreated(planId, "Stored before the rules", LocalDate.parse("2031-01-01"),
                        LocalDate.parse("2031-12-31"), 40, rep.userId(), rep.org(), rep.team()),
                new PlatformChosen(planId, "p-old", "Old forum", List.of(), AnalyticsScenario.A_STARTS,
                        AnalyticsScenario.A_STARTS.plus(Duration.ofHours(2)), 0, 0, 2.0),
                attended(planId, AnalyticsScenario.A_STARTS, AnalyticsScenario.A_STARTS.plus(Duration.ofHours(2))),
                attended(planId, ahead, ahead.plus(Duration.ofHours(2))),
                attended(planId, afterThePeriod, afterThePeriod.plus(Duration.ofHours(2))),
                attended(planId, Instant.parse("0001-01-01T10:00:00Z"), Instant.parse("0001-01-01T12:00:00Z")),
                attended(planId, Instant.parse("-999999999-01-01T10:00:00Z"),
                        Instant.parse("-999999999-01-01T12:00:00Z")));
        for (int sequence = 0; sequence < events.size(); sequence++) {
            Instant at = sequence == 4 ? afterThePeriod.plus(Duration.ofDays(1))
                    : sequence < 2 ? Instant.parse("2031-01-05T09:00:00Z") : logged;
            records.sendRaw(planId, PlanEventCodec.encode(PlanEventCodec.envelope(UUID.randomUUID().toString(),
                    sequence, at, rep.userId(), rep.org(), rep.team(), "corr-" + UUID.randomUUID(),
                    events.get(sequence))));
        }

        await().atMost(WAIT).untilAsserted(() -> assertThat(csv("/api/v1/analytics/summary", rep)).isEqualTo(lines(
                HEADER,
                "2031-01,1,0,0.0,0.0,0,40.0,2.0,0.0,1,0,0,0,0,0",
                "2031-05,0,0,0.0,0.0,0,0.0,0.0,2.0,0,1,0,0,0,0")));
        assertThat(json("/api/v1/analytics/arrival-timing", rep).get("earlyArrival").get(0).get("attendances")
                .asLong()).isEqualTo(1);
    }

    private static EventAttended attended(String planId, Instant arrivedAt, Instant leftAt) {
        return new EventAttended(planId, "p-old", arrivedAt, leftAt, 0, 0, 2.0, List.of(), List.of(), null);
    }

    private void sendAs(Personas.Persona actor, long sequence, com.netfocus.contracts.plan.PlanEvent event) {
        records.send(sequence, actor, "corr-" + UUID.randomUUID(), event);
    }

    @Test
    void arrivalBandsSetPeopleMetAgainstEarlyArrivalAndLateStay() {
        assertThat(csv("/api/v1/analytics/arrival-timing?scope=team", personas.manager)).isEqualTo(lines(
                "timing,band,attendances,peopleMet,peopleMetPerAttendance",
                "earlyArrival,none,1,2,2.0", "earlyArrival,1-15,0,0,0.0", "earlyArrival,16-30,1,3,3.0",
                "earlyArrival,31-60,0,0,0.0", "earlyArrival,61+,0,0,0.0",
                "lateStay,none,0,0,0.0", "lateStay,1-15,0,0,0.0", "lateStay,16-30,0,0,0.0",
                "lateStay,31-60,1,3,3.0", "lateStay,61+,1,2,2.0"));
        JsonNode timing = json("/api/v1/analytics/arrival-timing", personas.teammate);
        assertThat(timing.get("earlyArrival").get(0).get("peopleMet").asLong()).isEqualTo(2);
        assertThat(timing.get("lateStay").get(4).get("band").asText()).isEqualTo("61+");
    }

    @Test
    void eachRoleReadsOnlyWhatItMayAndAnotherOrgNeverSeesTheseFigures() {
        String ann = personas.owner.userId();
        assertThat(get("/api/v1/analytics/summary?subject=" + ann, personas.teammate).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("/api/v1/analytics/summary?subject=" + ann, personas.manager).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(get("/api/v1/analytics/summary?subject=" + ann, personas.otherManager).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("/api/v1/analytics/summary?subject=" + ann, personas.admin).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(get("/api/v1/analytics/summary?scope=team", personas.owner).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("/api/v1/analytics/summary?scope=team&subject=team-a", personas.otherManager).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("/api/v1/analytics/team-members?team=team-a", personas.otherManager).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("/api/v1/analytics/summary?scope=org", personas.manager).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(get("/api/v1/analytics/arrival-timing?scope=org", personas.owner).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        // The other org's admin names this org's rep, team and org: nothing of theirs, or 404 for the org itself.
        assertThat(json("/api/v1/analytics/summary?subject=" + ann, personas.stranger).get("rows")).isEmpty();
        assertThat(json("/api/v1/analytics/summary?scope=team&subject=team-a", personas.stranger).get("rows")).isEmpty();
        assertThat(json("/api/v1/analytics/team-members?team=team-a", personas.stranger).get("members")).isEmpty();
        assertThat(json("/api/v1/analytics/platform-roi", personas.stranger).get("platforms")).isEmpty();
        assertThat(get("/api/v1/analytics/summary?scope=org&subject=" + personas.org, personas.stranger)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void badParametersAreRefusedNamingThem() {
        for (String query : new String[]{"granularity=week", "scope=galaxy", "from=yesterday", "format=xml"}) {
            ResponseEntity<String> answer = get("/api/v1/analytics/summary?" + query, personas.owner);
            assertThat(answer.getStatusCode()).as(query).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(answer.getBody()).as(query).contains("\"field\":\"" + query.substring(0, query.indexOf('=')) + "\"");
        }
        assertThat(get("/api/v1/analytics/platform-roi?limit=0", personas.owner).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void aRedeliveredStreamChangesNothing() {
        String before = csv("/api/v1/analytics/summary?scope=org", personas.admin);
        String roiBefore = csv("/api/v1/analytics/platform-roi", personas.admin);
        scenario.send(records);
        // Once this later event of plan 3 shows, every redelivered record before it (same partition) was handled.
        records.sendRaw(scenario.plan3, PlanEventCodec.encode(PlanEventCodec.envelope(UUID.randomUUID().toString(), 1,
                Instant.parse("2031-07-01T09:00:00Z"), personas.otherManager.userId(), personas.org, "team-b", "c",
                new FollowUpScheduled(scenario.plan3, new FollowUp("f9", "contact-9", null, null,
                        LocalDate.parse("2031-07-10"), "call back")))));
        await().atMost(WAIT).untilAsserted(() -> assertThat(csv("/api/v1/analytics/summary?scope=org", personas.admin))
                .isEqualTo(before + "2031-07,0,0,0.0,0.0,0,0.0,0.0,0.0,0,0,0,0,1,0\r\n"));
        assertThat(csv("/api/v1/analytics/platform-roi", personas.admin)).isEqualTo(roiBefore);
    }

    private String addPlatform(String name, String kind, Instant programStart) {
        ResponseEntity<JsonNode> created = http.exchange("/api/v1/platforms", HttpMethod.POST,
                new HttpEntity<>(PlatformJson.valid(name, kind, programStart).toString(),
                        personas.admin.headers()), JsonNode.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return created.getBody().get("platformId").asText();
    }

    private String csv(String path, Personas.Persona caller) {
        ResponseEntity<String> answer = get(path + (path.contains("?") ? "&" : "?") + "format=csv", caller);
        assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        return answer.getBody();
    }

    private JsonNode json(String path, Personas.Persona caller) {
        ResponseEntity<JsonNode> answer = http.exchange(path, HttpMethod.GET, new HttpEntity<>(caller.headers()),
                JsonNode.class);
        assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        return answer.getBody();
    }

    private ResponseEntity<String> get(String path, Personas.Persona caller) {
        HttpHeaders headers = caller.headers();
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    private static String lines(String... lines) {
        return String.join("\r\n", lines) + "\r\n";
    }
}
