package com.netfocus.contact.matching;

import com.fasterxml.jackson.databind.JsonNode;
import com.netfocus.contracts.plan.PlanCreated;
import com.netfocus.contracts.plan.TargetIdentified;
import com.netfocus.contracts.plan.TargetProfile;
import com.netfocus.infrastructure.testing.Callers;
import com.netfocus.infrastructure.testing.PlanEventRecords;
import com.netfocus.infrastructure.testing.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * "Start with the people you already know": each profile target of a plan (projected from the real broker)
 * lists the plan owner's contacts who fit it, and only those (see ContactRoleMatrixTest for teammates' contacts).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class KnownMatchesTest {

    @RegisterExtension
    static final TestInfrastructure infrastructure = new TestInfrastructure("contact", "matches");
    private static final PlanEventRecords records = infrastructure.planEventRecords();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        infrastructure.register(registry);
    }

    @Autowired
    TestRestTemplate http;

    @Test
    void eachProfileTargetListsTheOrgsContactsWhoFitIt() {
        String org = uniqueOrg();
        String otherOrg = uniqueOrg();
        addContact(org, "{\"name\": \"Zed Ops\", \"function\": \"OPERATIONS\", \"position\": \"manager\", \"industry\": \"Retail\"}");
        addContact(org, "{\"name\": \"Amy Ops\", \"function\": \"Operations\", \"position\": \"Director\", \"industry\": \"retail\"}");
        addContact(org, "{\"name\": \"Bob Ops\", \"function\": \"Operations\", \"position\": \"Manager\", \"industry\": \"Banking\"}");
        addContact(org, "{\"name\": \"Cy Nobody\"}");
        addContact(org, "{\"name\": \"Di Buyer\", \"function\": \"Purchasing\", \"industry\": \"Logistics\"}");
        addContact(otherOrg, "{\"name\": \"Other Ops\", \"function\": \"Operations\", \"position\": \"Manager\", \"industry\": \"Retail\"}");
        String planId = UUID.randomUUID().toString();
        records.send(0, org, new PlanCreated(planId, "Q3", LocalDate.parse("2031-07-01"), LocalDate.parse("2031-09-30"),
                30, "rep-" + org, org, "team-1"));
        records.send(1, org, target(planId, "t-ops", null, new TargetProfile("Operations", "Manager", "Retail")));
        records.send(2, org, target(planId, "t-retail", null, new TargetProfile(" operations ", null, "Retail")));
        records.send(3, org, target(planId, "t-named", "contact-9", null));
        records.send(4, org, target(planId, "t-vp-logistics", null, new TargetProfile(null, "VP", "Logistics")));

        JsonNode view = await().atMost(Duration.ofSeconds(30)).until(() -> knownMatches(org, planId),
                response -> response.getStatusCode() == HttpStatus.OK
                        && response.getBody().get("appliedSequence").asLong() == 4).getBody();

        assertThat(view.get("planId").asText()).isEqualTo(planId);
        JsonNode matches = view.get("matches");
        assertThat(matches).hasSize(3);
        assertThat(matches.get(0).get("targetId").asText()).isEqualTo("t-ops");
        assertThat(matches.get(0).get("profile").get("function").asText()).isEqualTo("Operations");
        assertThat(names(matches.get(0))).containsExactly("Zed Ops");
        assertThat(matches.get(1).get("targetId").asText()).isEqualTo("t-retail");
        assertThat(names(matches.get(1))).containsExactly("Amy Ops", "Zed Ops");
        assertThat(matches.get(2).get("targetId").asText()).isEqualTo("t-vp-logistics");
        assertThat(names(matches.get(2))).isEmpty();
    }

    @Test
    void anotherOrgsPlanAndUnknownPlansAreNotFound() {
        String org = uniqueOrg();
        String planId = UUID.randomUUID().toString();
        records.send(0, org, new PlanCreated(planId, "Q3", LocalDate.parse("2031-07-01"), LocalDate.parse("2031-09-30"),
                30, "rep-" + org, org, "team-1"));
        await().atMost(Duration.ofSeconds(30)).until(() -> knownMatches(org, planId).getStatusCode() == HttpStatus.OK);

        ResponseEntity<JsonNode> otherOrg = knownMatches(uniqueOrg(), planId);
        assertThat(otherOrg.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(otherOrg.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(knownMatches(org, UUID.randomUUID().toString()).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(knownMatches(org, planId).getBody().get("matches")).isEmpty();
    }

    private static List<String> names(JsonNode match) {
        return StreamSupport.stream(match.get("contacts").spliterator(), false)
                .map(contact -> contact.get("name").asText()).toList();
    }

    private static TargetIdentified target(String planId, String targetId, String contactId, TargetProfile profile) {
        return new TargetIdentified(planId, targetId, "objective-1", contactId, profile, 2, "needed");
    }

    private ResponseEntity<JsonNode> knownMatches(String org, String planId) {
        return http.exchange("/api/v1/plans/" + planId + "/known-matches", HttpMethod.GET,
                new HttpEntity<>(Callers.rep(org)), JsonNode.class);
    }

    private void addContact(String org, String body) {
        ResponseEntity<JsonNode> created = http.exchange("/api/v1/contacts", HttpMethod.POST,
                new HttpEntity<>(body, Callers.rep(org)), JsonNode.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    private static String uniqueOrg() {
        return "org-" + UUID.randomUUID();
    }
}
