package com.netfocus.catalog.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.netfocus.catalog.testing.PlatformJson;
import com.netfocus.contracts.caller.Roles;
import com.netfocus.contracts.plan.ObjectiveDefined;
import com.netfocus.contracts.plan.PlanCreated;
import com.netfocus.contracts.plan.PlanEventCodec;
import com.netfocus.contracts.plan.PlatformChosen;
import com.netfocus.contracts.plan.PlatformWithdrawn;
import com.netfocus.contracts.plan.TargetIdentified;
import com.netfocus.contracts.plan.TargetProfile;
import com.netfocus.infrastructure.testing.PlanEventRecords;
import com.netfocus.infrastructure.testing.TestIdentity;
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
 * Two reps of one team chose the same breakfast for the same CFOs: the manager's coverage lists that overlap, the COOs
 * one of them looks for as a gap with the best upcoming platform for them, and the team portfolio sends the second rep
 * elsewhere; a withdrawn choice no longer counts. Plan events on the real broker, platforms through the API, the
 * clock pinned at {@link #NOW}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TeamApiTest {

    static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");
    @RegisterExtension
    static final TestInfrastructure infrastructure = new TestInfrastructure("catalog", "teams");
    private static final PlanEventRecords records = infrastructure.planEventRecords();
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String TEAM = "north";

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

    /**
     * Every programme lasts 1 h; with 30 min either side it takes 2 h. Each rep has 2.5 h: one platform.
     * breakfast: 100 x 0.2 = 20 CFOs; forum: 10 CFOs and 10 CTOs; lunch: 100 x 0.15 = 15 COOs.
     */
    private final class Team {
        final String org = "org-" + UUID.randomUUID();
        final String ana = "ana-" + UUID.randomUUID();
        final String ben = "ben-" + UUID.randomUUID();
        final String anaPlan = UUID.randomUUID().toString();
        final String benPlan = UUID.randomUUID().toString();
        final String breakfast = addPlatform(org, "CFO breakfast", "2030-02-10T07:00:00Z",
                segment("CFO", null, null, 0.2));
        final String forum = addPlatform(org, "Finance forum", "2030-02-20T17:00:00Z",
                segment("CFO", null, null, 0.1), segment("CTO", null, null, 0.1));
        final String lunch = addPlatform(org, "Operations lunch", "2030-03-05T12:00:00Z",
                segment("COO", null, null, 0.15));

        Team chosen() {
            plan(anaPlan, ana, List.of(new TargetIdentified(anaPlan, "a1", "o1", null,
                    new TargetProfile("CFO", null, null), 1, "they sign")));
            records.send(3, org, choose(anaPlan, breakfast, "a1"));
            plan(benPlan, ben, List.of(new TargetIdentified(benPlan, "b1", "o1", null,
                            new TargetProfile("cfo", null, null), 1, "they sign"),
                    new TargetIdentified(benPlan, "b2", "o1", null, new TargetProfile("COO", null, null), 1,
                            "they run it")));
            records.send(4, org, choose(benPlan, breakfast, "b1"));
            awaitCoverage(this, coverage -> coverage.get("platforms").size() == 1
                    && coverage.get("platforms").get(0).get("goers").size() == 2);
            return this;
        }

        private void plan(String planId, String owner, List<TargetIdentified> targets) {
            records.send(0, org, new PlanCreated(planId, "Q1", LocalDate.parse("2030-01-01"),
                    LocalDate.parse("2030-06-30"), 2.5, owner, org, TEAM));
            records.send(1, org, new ObjectiveDefined(planId, "o1", "Sign two finance leads", "two deals", "deals", 2,
                    LocalDate.parse("2030-06-30"), null));
            for (int i = 0; i < targets.size(); i++) {
                records.send(2 + i, org, targets.get(i));
            }
        }
    }

    @Test
    void theManagerSeesTheOverlapAndTheGapAndThePortfolioSendsTheSecondRepElsewhere() {
        Team team = new Team().chosen();

        JsonNode coverage = get(team.org, "/api/v1/teams/" + TEAM + "/coverage?from=2030-02-01&to=2030-03-31",
                Roles.MANAGER).getBody();

        assertThat(coverage.get("members")).extracting(member -> member.get("memberId").asText())
                .containsExactlyInAnyOrder(team.ana, team.ben);
        assertThat(coverage.get("members").get(0).get("hoursBudgeted").asDouble()).isEqualTo(2.5);
        assertThat(coverage.get("members").get(0).get("hoursPlanned").asDouble()).isEqualTo(2.0);
        JsonNode overlap = coverage.get("overlaps").get(0);
        assertThat(coverage.get("overlaps")).hasSize(1);
        assertThat(overlap.get("platformId").asText()).isEqualTo(team.breakfast);
        assertThat(overlap.get("profile").get("function").asText()).isEqualTo("CFO");
        assertThat(texts(overlap.get("members"))).containsExactlyInAnyOrder(team.ana, team.ben);
        assertThat(coverage.get("gaps")).hasSize(1);
        JsonNode gap = coverage.get("gaps").get(0);
        assertThat(gap.get("profile").get("function").asText()).isEqualTo("COO");
        assertThat(texts(gap.get("members"))).containsExactly(team.ben);
        assertThat(gap.get("platforms").get(0).get("platformId").asText()).isEqualTo(team.lunch);
        assertThat(gap.get("platforms").get(0).get("expectedPeople").asDouble()).isEqualTo(15.0);

        // Per hour: ana@breakfast 20 / 2 h = 10 (ties with ben@breakfast: the first member), then ben@breakfast adds
        // nothing (ana meets those CFOs), ben@lunch 15 / 2 h = 7.5, ben@forum 0.5 x 10 / 2 h = 2.5: ben goes to lunch.
        // Alone each would pick the breakfast (10 per hour): 20 together, against the team's 20 + 15 = 35.
        JsonNode portfolio = get(team.org, "/api/v1/teams/" + TEAM + "/portfolio", Roles.MANAGER).getBody();
        assertThat(portfolio.get("assignments")).extracting(a -> a.get("memberId").asText() + "@"
                        + a.get("platformId").asText())
                .containsExactly(team.ana + "@" + team.breakfast, team.ben + "@" + team.lunch);
        assertThat(portfolio.get("value").asDouble()).isEqualTo(35.0);
        assertThat(portfolio.get("membersOwnValue").asDouble()).isEqualTo(20.0);
        JsonNode benHours = member(portfolio, team.ben);
        assertThat(benHours.get("availableHours").asDouble()).isEqualTo(2.5);
        assertThat(benHours.get("instead")).hasSize(1);
        assertThat(benHours.get("instead").get(0).get("platformId").asText()).isEqualTo(team.breakfast);
        assertThat(benHours.get("instead").get(0).get("reason").asText()).contains(team.ana);
        JsonNode keep = portfolio.get("assignments").get(0);
        assertThat(keep.get("alreadyChosen").asBoolean()).isTrue();
        assertThat(keep.get("reason").asText()).startsWith("Keep it: about 20 CFO expected");
    }

    @Test
    void aWithdrawnChoiceNoLongerCountsAndAnAdminReadsEveryTeamOfTheOrg() {
        Team team = new Team().chosen();

        records.send(5, team.org, new PlatformWithdrawn(team.benPlan, team.breakfast, "double booked"));
        awaitCoverage(team, coverage -> coverage.get("platforms").get(0).get("goers").size() == 1);

        JsonNode coverage = get(team.org, "/api/v1/teams/" + TEAM + "/coverage?from=2030-02-01&to=2030-03-31",
                Roles.ADMIN).getBody();
        assertThat(coverage.get("overlaps")).isEmpty();
        assertThat(coverage.get("members")).filteredOn(m -> m.get("memberId").asText().equals(team.ben))
                .singleElement().satisfies(ben -> assertThat(ben.get("hoursPlanned").asDouble()).isZero());
    }

    @Test
    void aWindowEndingBeforeItStartsOrTooLongIsRefusedNamingTo() {
        Team team = new Team().chosen();

        for (String query : List.of("?from=2030-02-01&to=2030-01-31", "?from=2030-01-01&to=2031-12-31")) {
            ResponseEntity<JsonNode> refused = get(team.org, "/api/v1/teams/" + TEAM + "/coverage" + query,
                    Roles.MANAGER);
            assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(refused.getBody().get("errors").get(0).get("field").asText()).isEqualTo("to");
        }
        assertThat(get(team.org, "/api/v1/teams/south/coverage", Roles.ADMIN).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    private void awaitCoverage(Team team, java.util.function.Predicate<JsonNode> settled) {
        await().atMost(WAIT).until(() -> {
            ResponseEntity<JsonNode> response = get(team.org,
                    "/api/v1/teams/" + TEAM + "/coverage?from=2030-02-01&to=2030-03-31", Roles.MANAGER);
            return response.getStatusCode() == HttpStatus.OK && settled.test(response.getBody());
        });
    }

    private static JsonNode member(JsonNode portfolio, String memberId) {
        for (JsonNode member : portfolio.get("members")) {
            if (member.get("memberId").asText().equals(memberId)) {
                return member;
            }
        }
        throw new AssertionError("no member " + memberId + " in " + portfolio);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }

    private ResponseEntity<JsonNode> get(String org, String path, String role) {
        HttpHeaders headers = new HttpHeaders();
        TestIdentity.caller(headers::set, "caller-" + UUID.randomUUID(), org, TEAM, role);
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), JsonNode.class);
    }

    private String addPlatform(String org, String name, String programStart, ObjectNode... audience) {
        Instant start = Instant.parse(programStart);
        ObjectNode body = PlatformJson.valid(name, "MEETUP", start);
        body.put("programEndsAt", start.plus(Duration.ofHours(1)).toString());
        body.put("expectedAttendance", 100);
        body.put("networkingSupported", true);
        ArrayNode segments = body.putArray("audience");
        for (ObjectNode segment : audience) {
            segments.add(segment);
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        TestIdentity.caller(headers::set, "admin-" + UUID.randomUUID(), org, TEAM, Roles.ADMIN);
        ResponseEntity<JsonNode> created = http.exchange("/api/v1/platforms", HttpMethod.POST,
                new HttpEntity<>(body.toString(), headers), JsonNode.class);
        assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
        return created.getBody().get("platformId").asText();
    }


    private static PlatformChosen choose(String planId, String platformId, String targetId) {
        Instant start = Instant.parse("2030-02-10T07:00:00Z");
        return new PlatformChosen(planId, platformId, "CFO breakfast", List.of(targetId), start,
                start.plus(Duration.ofHours(1)), 30, 30, 2.0);
    }
}
