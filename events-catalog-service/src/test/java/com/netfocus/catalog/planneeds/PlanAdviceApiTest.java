package com.netfocus.catalog.planneeds;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.netfocus.catalog.recommendation.ScoringSettings;
import com.netfocus.catalog.testing.PlatformJson;
import com.netfocus.contracts.plan.ObjectiveAbandoned;
import com.netfocus.contracts.plan.ObjectiveDefined;
import com.netfocus.contracts.plan.ObjectiveRevised;
import com.netfocus.contracts.plan.PlanCreated;
import com.netfocus.contracts.plan.PlatformChosen;
import com.netfocus.contracts.plan.TargetIdentified;
import com.netfocus.contracts.plan.TargetProfile;
import com.netfocus.infrastructure.testing.Callers;
import com.netfocus.infrastructure.testing.PlanEventRecords;
import com.netfocus.infrastructure.testing.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static com.netfocus.catalog.testing.PlatformJson.segment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Plan events on the real broker and platforms added through the API give the advice of a plan: ranked by
 * hand-computed scores, serving the right targets, leaving out what is chosen, past or after the deadlines,
 * a portfolio within the hours the plan has left, scoped by org, and bad query parameters refused.
 *
 * <p>The clock is pinned at {@link #NOW}: a platform before it is "past" although it lies in the real future,
 * which proves that "now" comes from the injected clock.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlanAdviceApiTest {

    static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");
    @RegisterExtension
    static final TestInfrastructure infrastructure = new TestInfrastructure("catalog", "advice");
    private static final PlanEventRecords records = infrastructure.planEventRecords();
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final double EXACT = 1e-9;

    @TestConfiguration
    static class PinnedClock {
        @Bean
        @Primary
        Clock pinnedClock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        infrastructure.register(registry);
    }

    @Autowired
    TestRestTemplate http;
    @Autowired
    RecommendationProperties recommendationProperties;

    /**
     * One plan with budget 10 h and two profile targets:
     * t1 Purchasing Director Logistics, priority 1 (weight 1.0), objective o1 due 2030-03-31;
     * t2 Operations (any position, any industry), priority 2 (weight 0.8), objective o2 due 2030-06-30;
     * plus a named contact target (t3) that platforms are never recommended for.
     * Every programme lasts 2 h, so with the default 30 min early and 30 min late each platform takes 3 h.
     */
    private final class Scenario {
        final String org = "org-" + UUID.randomUUID();
        final String planId = UUID.randomUUID().toString();
        // 100 x 0.3 = 30 t1 x 1.0 + 100 x 0.2 = 20 t2 x 0.8 = 16 -> 46 x 1.0 (networking) / 3 h = 15.33
        final String dinner = addPlatform(org, "Logistics buyers dinner", "2030-02-10T17:00:00Z", 100, true,
                segment("Purchasing", "Director", "Logistics", 0.3), segment("Operations", "Manager", null, 0.2));
        // 200 x 0.5 = 100 t2 x 0.8 = 80 x 0.6 (no networking) / 3 h = 16.00
        final String seminar = addPlatform(org, "Operations seminar", "2030-02-20T09:00:00Z", 200, false,
                segment("Operations", "Director", null, 0.5));
        // on o1's deadline day, which still counts: 100 x 0.1 = 10 t1 x 1.0 / 3 h = 3.33
        final String deadlineDay = addPlatform(org, "Deadline-day breakfast", "2030-03-31T18:00:00Z", 100, true,
                segment("Purchasing", "Director", "Logistics", 0.1));
        // after o1's deadline and serving only t1: serves nothing in time
        final String afterDeadline = addPlatform(org, "Late purchasing fair", "2030-04-15T09:00:00Z", 100, true,
                segment("Purchasing", "Director", "Logistics", 0.5));
        // after every deadline
        final String afterAll = addPlatform(org, "Summer operations forum", "2030-07-05T09:00:00Z", 100, true,
                segment("Operations", null, null, 0.5));
        // before the pinned clock: past
        final String past = addPlatform(org, "Past chamber lunch", "2029-12-15T12:00:00Z", 100, true,
                segment("Purchasing", "Director", "Logistics", 0.9));
        // the best of all, but already chosen by the plan (planned 3 h)
        final String chosen = addPlatform(org, "Chosen logistics conference", "2030-03-01T09:00:00Z", 500, true,
                segment("Purchasing", "Director", "Logistics", 0.5));
        // nobody the plan looks for
        final String noMatch = addPlatform(org, "Marketing meetup", "2030-02-12T18:00:00Z", 300, true,
                segment("Marketing", "Manager", "Retail", 0.9));
        final String otherOrg = "org-" + UUID.randomUUID();
        final String otherOrgsPlatform = addPlatform(otherOrg, "Other org's dinner", "2030-02-11T17:00:00Z", 100,
                true, segment("Purchasing", "Director", "Logistics", 0.9));
        long lastSequence;

        Scenario planned() {
            records.send(0, org, new PlanCreated(planId, "Q1 logistics", LocalDate.parse("2030-01-01"),
                    LocalDate.parse("2030-06-30"), 10, "rep-" + org, org, "team-1"));
            records.send(1, org, objective(planId, "o1", "2030-03-31"));
            records.send(2, org, objective(planId, "o2", "2030-06-30"));
            records.send(3, org, new TargetIdentified(planId, "t1", "o1", null,
                    new TargetProfile("Purchasing", "Director", "Logistics"), 1, "they buy transport"));
            records.send(4, org, new TargetIdentified(planId, "t2", "o2", null,
                    new TargetProfile("Operations", null, null), 2, "they feel the pain"));
            records.send(5, org, new TargetIdentified(planId, "t3", "o1", "contact-9", null, 1, "knows everyone"));
            records.send(6, org, choose(planId, chosen, 3));
            lastSequence = 6;
            awaitVersion(org, planId, lastSequence);
            return this;
        }
    }

    @Test
    void ranksTheOrgsUpcomingPlatformsBeforeTheDeadlinesByWeightedTargetPeoplePerHour() {
        Scenario scenario = new Scenario().planned();

        JsonNode advice = get(scenario.org, "/api/v1/plans/" + scenario.planId + "/recommendations").getBody();

        assertThat(advice.get("planId").asText()).isEqualTo(scenario.planId);
        assertThat(advice.get("version").asLong()).isEqualTo(6);
        assertThat(Instant.parse(advice.get("asOf").asText())).isEqualTo(NOW);
        assertThat(advice.get("arriveEarlyMinutes").asInt()).isEqualTo(30);
        assertThat(advice.get("stayLateMinutes").asInt()).isEqualTo(30);
        assertThat(ids(advice.get("recommendations")))
                .containsExactly(scenario.seminar, scenario.dinner, scenario.deadlineDay);

        JsonNode seminar = advice.get("recommendations").get(0);
        assertThat(seminar.get("name").asText()).isEqualTo("Operations seminar");
        assertThat(seminar.get("kind").asText()).isEqualTo("CONFERENCE");
        assertThat(Instant.parse(seminar.get("programStartsAt").asText())).isEqualTo(Instant.parse("2030-02-20T09:00:00Z"));
        assertThat(Instant.parse(seminar.get("programEndsAt").asText())).isEqualTo(Instant.parse("2030-02-20T11:00:00Z"));
        assertThat(seminar.get("score").asDouble()).isEqualTo(16.0);
        assertThat(seminar.get("hours").asDouble()).isEqualTo(3.0);
        assertServed(seminar, "t2", 100.0);
        assertThat(seminar.get("explanation").asText()).contains("networking not supported", "Topic is not considered");

        JsonNode dinner = advice.get("recommendations").get(1);
        assertThat(dinner.get("score").asDouble()).isEqualTo(15.33);
        assertServed(dinner, "t1", 30.0, "t2", 20.0);

        JsonNode deadlineDay = advice.get("recommendations").get(2);
        assertThat(deadlineDay.get("score").asDouble()).isEqualTo(3.33);
        assertServed(deadlineDay, "t1", 10.0);
    }

    @Test
    void minutesAroundTheProgrammeAndTheLimitComeFromTheQuery() {
        Scenario scenario = new Scenario().planned();

        JsonNode advice = get(scenario.org, "/api/v1/plans/" + scenario.planId
                + "/recommendations?arriveEarlyMinutes=0&stayLateMinutes=0&limit=2").getBody();

        // The programme alone: 2 h. seminar 48 / 2 = 24, dinner 46 / 2 = 23; the breakfast is cut by the limit.
        assertThat(advice.get("arriveEarlyMinutes").asInt()).isZero();
        assertThat(advice.get("stayLateMinutes").asInt()).isZero();
        assertThat(ids(advice.get("recommendations"))).containsExactly(scenario.seminar, scenario.dinner);
        assertThat(advice.get("recommendations").get(0).get("score").asDouble()).isEqualTo(24.0);
        assertThat(advice.get("recommendations").get(0).get("hours").asDouble()).isEqualTo(2.0);
        assertThat(advice.get("recommendations").get(1).get("score").asDouble()).isEqualTo(23.0);
    }

    @Test
    void thePortfolioSpendsOnlyTheHoursTheChosenPlatformsLeft() {
        Scenario scenario = new Scenario().planned();

        JsonNode portfolio = get(scenario.org, "/api/v1/plans/" + scenario.planId + "/portfolio").getBody();

        // Budget 10 h, 3 h planned for the chosen conference: 7 h left, each platform takes 3 h.
        // 1st seminar 48 / 3 = 16/h; then dinner (30 x 1.0 + 16 x 0.5 for t2 served again) = 38 / 3 = 12.67/h;
        // the breakfast (3.33/h) would fit the whole budget (9 h) but not the 1 h left.
        assertThat(portfolio.get("version").asLong()).isEqualTo(6);
        assertThat(portfolio.get("hoursBudget").asDouble()).isEqualTo(10.0);
        assertThat(portfolio.get("plannedHours").asDouble()).isEqualTo(3.0);
        assertThat(portfolio.get("remainingHours").asDouble()).isEqualTo(7.0);
        assertThat(portfolio.get("totalHours").asDouble()).isEqualTo(6.0);
        assertThat(portfolio.get("totalExpectedTargetPeople").asDouble()).isEqualTo(150.0);
        JsonNode platforms = portfolio.get("platforms");
        assertThat(platforms).hasSize(2);
        assertThat(platforms.get(0).get("platform").get("platformId").asText()).isEqualTo(scenario.seminar);
        assertThat(platforms.get(0).get("marginalValue").asDouble()).isEqualTo(48.0);
        assertThat(platforms.get(0).get("marginalValuePerHour").asDouble()).isEqualTo(16.0);
        assertThat(platforms.get(1).get("platform").get("platformId").asText()).isEqualTo(scenario.dinner);
        assertThat(platforms.get(1).get("marginalValue").asDouble()).isEqualTo(38.0);
        assertThat(platforms.get(1).get("marginalValuePerHour").asDouble()).isEqualTo(12.67);
        assertServed(platforms.get(1).get("platform"), "t1", 30.0, "t2", 20.0);
        JsonNode coverage = portfolio.get("coverage");
        assertThat(coverage).hasSize(2);
        assertThat(coverage.get(0).get("targetId").asText()).isEqualTo("t1");
        assertThat(coverage.get(0).get("expectedPeople").asDouble()).isEqualTo(30.0);
        assertThat(coverage.get(0).get("platforms").asInt()).isEqualTo(1);
        assertThat(coverage.get(1).get("targetId").asText()).isEqualTo("t2");
        assertThat(coverage.get(1).get("expectedPeople").asDouble()).isEqualTo(120.0);
        assertThat(coverage.get(1).get("platforms").asInt()).isEqualTo(2);
    }

    @Test
    void choosingAPlatformTakesItOutOfTheAdviceAndItsHoursOutOfTheBudget() {
        Scenario scenario = new Scenario().planned();

        records.send(7, scenario.org, choose(scenario.planId, scenario.seminar, 3));
        awaitVersion(scenario.org, scenario.planId, 7);

        JsonNode advice = get(scenario.org, "/api/v1/plans/" + scenario.planId + "/recommendations").getBody();
        assertThat(ids(advice.get("recommendations"))).containsExactly(scenario.dinner, scenario.deadlineDay);
        JsonNode portfolio = get(scenario.org, "/api/v1/plans/" + scenario.planId + "/portfolio").getBody();
        // 10 - 3 - 3 = 4 h left: the dinner (3 h), and no room for the breakfast's 3 h after it.
        assertThat(portfolio.get("remainingHours").asDouble()).isEqualTo(4.0);
        assertThat(portfolio.get("platforms")).hasSize(1);
        assertThat(portfolio.get("platforms").get(0).get("platform").get("platformId").asText())
                .isEqualTo(scenario.dinner);
        assertThat(portfolio.get("totalHours").asDouble()).isLessThanOrEqualTo(4.0);
    }

    @Test
    void closingOrRevisingAnObjectiveChangesWhomTheAdviceLooksFor() {
        Scenario scenario = new Scenario().planned();

        // o1 abandoned: t1 needs nobody any more. o2 brought forward to 2030-02-15: the seminar is too late.
        records.send(7, scenario.org, new ObjectiveAbandoned(scenario.planId, "o1", "the buyer left"));
        records.send(8, scenario.org, new ObjectiveRevised(scenario.planId, "o2", "Meet operations managers",
                "a pilot", "managers met", 3, LocalDate.parse("2030-02-15"), null));
        awaitVersion(scenario.org, scenario.planId, 8);

        JsonNode advice = get(scenario.org, "/api/v1/plans/" + scenario.planId + "/recommendations").getBody();
        // the dinner for t2 alone: 20 x 0.8 = 16 / 3 h = 5.33
        assertThat(ids(advice.get("recommendations"))).containsExactly(scenario.dinner);
        assertThat(advice.get("recommendations").get(0).get("score").asDouble()).isEqualTo(5.33);
        assertServed(advice.get("recommendations").get(0), "t2", 20.0);
    }

    @Test
    void aPlanWithoutProfileTargetsInTimeGetsNoAdviceButIsFound() {
        String org = "org-" + UUID.randomUUID();
        String planId = UUID.randomUUID().toString();
        addPlatform(org, "Any dinner", "2030-02-10T17:00:00Z", 100, true, segment("Operations", null, null, 0.5));
        records.send(0, org, new PlanCreated(planId, "Q1", LocalDate.parse("2030-01-01"),
                LocalDate.parse("2030-06-30"), 10, "rep-" + org, org, "team-1"));
        // a target whose objective the plan never defined cannot be timed
        records.send(1, org, new TargetIdentified(planId, "t1", "unknown-objective", null,
                new TargetProfile("Operations", null, null), 1, "why not"));
        awaitVersion(org, planId, 1);

        assertThat(get(org, "/api/v1/plans/" + planId + "/recommendations").getBody().get("recommendations")).isEmpty();
        JsonNode portfolio = get(org, "/api/v1/plans/" + planId + "/portfolio").getBody();
        assertThat(portfolio.get("platforms")).isEmpty();
        assertThat(portfolio.get("remainingHours").asDouble()).isEqualTo(10.0);
    }

    @Test
    void anotherOrgsPlanAndAnUnknownPlanAreNotFound() {
        Scenario scenario = new Scenario().planned();

        for (String path : List.of("/recommendations", "/portfolio")) {
            ResponseEntity<JsonNode> otherOrg = get(scenario.otherOrg, "/api/v1/plans/" + scenario.planId + path);
            assertThat(otherOrg.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(otherOrg.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(get(scenario.org, "/api/v1/plans/" + UUID.randomUUID() + path).getStatusCode())
                    .isEqualTo(HttpStatus.NOT_FOUND);
        }
        // and the other org's platform, though it serves t1 best, never shows in this org's advice
        JsonNode advice = get(scenario.org, "/api/v1/plans/" + scenario.planId + "/recommendations").getBody();
        assertThat(ids(advice.get("recommendations"))).doesNotContain(scenario.otherOrgsPlatform, scenario.chosen,
                scenario.past, scenario.afterDeadline, scenario.afterAll, scenario.noMatch);
    }

    @Test
    void queryParametersOutOfBoundsOrOfTheWrongTypeAreRefusedNamingTheParameter() {
        Scenario scenario = new Scenario().planned();
        String base = "/api/v1/plans/" + scenario.planId;

        assertRefused(scenario.org, base + "/recommendations?arriveEarlyMinutes=-5", "arriveEarlyMinutes");
        assertRefused(scenario.org, base + "/recommendations?stayLateMinutes=-1", "stayLateMinutes");
        assertRefused(scenario.org, base + "/recommendations?stayLateMinutes=241", "stayLateMinutes");
        assertRefused(scenario.org, base + "/recommendations?limit=0", "limit");
        assertRefused(scenario.org, base + "/recommendations?limit=101", "limit");
        assertRefused(scenario.org, base + "/recommendations?limit=lots", "limit");
        assertRefused(scenario.org, base + "/portfolio?arriveEarlyMinutes=-1", "arriveEarlyMinutes");
        assertRefused(scenario.org, base + "/portfolio?stayLateMinutes=soon", "stayLateMinutes");
        // the bounds themselves are accepted
        assertThat(get(scenario.org, base + "/recommendations?arriveEarlyMinutes=240&stayLateMinutes=0&limit=100")
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get(scenario.org, base + "/recommendations?limit=1").getBody().get("recommendations")).hasSize(1);
    }

    @Test
    void withoutACallerTheAdviceIsRefused() {
        ResponseEntity<JsonNode> response = http.exchange("/api/v1/plans/plan-1/recommendations", HttpMethod.GET,
                HttpEntity.EMPTY, JsonNode.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void theScoringSettingsAreBoundFromConfigurationAsTheDocumentedDefaults() {
        assertThat(recommendationProperties.scoring().at(NOW)).isEqualTo(ScoringSettings.defaults(NOW));
        assertThat(recommendationProperties.deadlineZone().normalized()).isEqualTo(ZoneOffset.UTC);
    }

    private void assertRefused(String org, String path, String parameter) {
        ResponseEntity<JsonNode> response = get(org, path);
        assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode errors = response.getBody().get("errors");
        assertThat(errors).as(path).hasSize(1);
        assertThat(errors.get(0).get("field").asText()).as(path).isEqualTo(parameter);
        assertThat(errors.get(0).get("reason").asText()).as(path).isNotBlank();
    }

    private static void assertServed(JsonNode platform, Object... targetsAndPeople) {
        JsonNode served = platform.get("servedTargets");
        assertThat(served).hasSize(targetsAndPeople.length / 2);
        for (int i = 0; i < targetsAndPeople.length; i += 2) {
            assertThat(served.get(i / 2).get("targetId").asText()).isEqualTo(targetsAndPeople[i]);
            assertThat(served.get(i / 2).get("expectedPeople").asDouble())
                    .isCloseTo((Double) targetsAndPeople[i + 1], org.assertj.core.api.Assertions.within(EXACT));
        }
    }

    private void awaitVersion(String org, String planId, long version) {
        await().atMost(WAIT).untilAsserted(() -> {
            ResponseEntity<JsonNode> response = get(org, "/api/v1/plans/" + planId + "/recommendations");
            assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(response.getBody().get("version").asLong()).isEqualTo(version);
        });
    }

    private ResponseEntity<JsonNode> get(String org, String path) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(Callers.rep(org)), JsonNode.class);
    }

    private static List<String> ids(JsonNode recommendations) {
        List<String> ids = new ArrayList<>();
        recommendations.forEach(item -> ids.add(item.get("platformId").asText()));
        return ids;
    }

    private String addPlatform(String org, String name, String programStart, int attendance, boolean networking,
                               ObjectNode... audience) {
        ObjectNode body = PlatformJson.valid(name, "CONFERENCE", Instant.parse(programStart));
        body.put("expectedAttendance", attendance);
        body.put("networkingSupported", networking);
        ArrayNode segments = body.putArray("audience");
        for (ObjectNode segment : audience) {
            segments.add(segment);
        }
        HttpHeaders headers = Callers.admin(org);
        ResponseEntity<JsonNode> created = http.exchange("/api/v1/platforms", HttpMethod.POST,
                new HttpEntity<>(body.toString(), headers), JsonNode.class);
        assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
        return created.getBody().get("platformId").asText();
    }


    private static ObjectiveDefined objective(String planId, String objectiveId, String deadline) {
        return new ObjectiveDefined(planId, objectiveId, "Meet logistics buyers", "two deals", "buyers met", 3,
                LocalDate.parse(deadline), null);
    }

    private static PlatformChosen choose(String planId, String platformId, double plannedHours) {
        Instant start = Instant.parse("2030-03-01T09:00:00Z");
        return new PlatformChosen(planId, platformId, "a platform", List.of("t1"), start,
                start.plus(Duration.ofHours(2)), 30, 30, plannedHours);
    }
}
