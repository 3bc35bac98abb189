package com.netfocus.contact.people;

import com.fasterxml.jackson.databind.JsonNode;
import com.netfocus.contact.testing.Callers;
import com.netfocus.contact.testing.PlanEventRecords;
import com.netfocus.contact.testing.TestInfrastructure;
import com.netfocus.contracts.plan.EventAttended;
import com.netfocus.contracts.plan.ObjectiveDefined;
import com.netfocus.contracts.plan.PersonMet;
import com.netfocus.contracts.plan.PlanCreated;
import com.netfocus.contracts.plan.PlatformChosen;
import com.netfocus.contracts.plan.TargetIdentified;
import com.netfocus.contracts.plan.TargetProfile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
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

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Plan events produced to the real broker build each plan's targets and people met: applied once however
 * often delivered, scoped by the plan's org, unreadable records skipped without blocking what follows.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlanPeopleProjectionTest {

    private static final TestInfrastructure infrastructure = new TestInfrastructure("people");
    private static final PlanEventRecords records = new PlanEventRecords(infrastructure.planEventsTopic());
    private static final Instant ARRIVED = Instant.parse("2031-05-01T15:30:00Z");
    private static final Duration WAIT = Duration.ofSeconds(30);

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

    @Test
    void aPlansTargetsAndPeopleMetAreProjected() {
        String org = uniqueOrg();
        String planId = uniquePlan();
        String knownContactId = addContact(org, """
                {"name": "Ann Buyer", "company": "Acme", "function": "Purchasing", "position": "Director",
                 "industry": "Logistics", "email": "ann@acme.example"}""");

        sendWholePlan(org, planId, knownContactId);

        JsonNode people = awaitPeople(org, planId, view -> view.get("peopleMet").size() == 2);
        assertThat(people.get("planId").asText()).isEqualTo(planId);
        assertThat(people.get("ownerId").asText()).isEqualTo("rep-7");
        assertThat(people.get("appliedSequence").asLong()).isEqualTo(5);
        JsonNode targets = people.get("targets");
        assertThat(targets).hasSize(2);
        assertThat(targets.get(0).get("targetId").asText()).isEqualTo("target-1");
        assertThat(targets.get(0).get("objectiveId").asText()).isEqualTo("objective-1");
        assertThat(targets.get(0).get("contactId").asText()).isEqualTo(knownContactId);
        assertThat(targets.get(0).get("priority").asInt()).isEqualTo(1);
        assertThat(targets.get(0).get("rationale").asText()).isEqualTo("decides on carriers");
        assertThat(targets.get(1).get("profile").get("function").asText()).isEqualTo("Operations");
        assertThat(targets.get(1).get("profile").get("position").asText()).isEqualTo("Manager");
        assertThat(targets.get(1).get("profile").get("industry").asText()).isEqualTo("Retail");

        JsonNode known = people.get("peopleMet").get(0);
        assertThat(known.get("platformId").asText()).isEqualTo("platform-1");
        assertThat(Instant.parse(known.get("metAt").asText())).isEqualTo(ARRIVED);
        assertThat(known.get("contactId").asText()).isEqualTo(knownContactId);
        // Completed from the org's contact, as the event named the contact only.
        assertThat(known.get("name").asText()).isEqualTo("Ann Buyer");
        assertThat(known.get("email").asText()).isEqualTo("ann@acme.example");
        assertThat(known.get("targetId").asText()).isEqualTo("target-1");
        JsonNode stranger = people.get("peopleMet").get(1);
        assertThat(stranger.get("contactId").isNull()).isTrue();
        assertThat(stranger.get("name").asText()).isEqualTo("Bert Ops");
        assertThat(stranger.get("company").asText()).isEqualTo("ShopCo");
        assertThat(stranger.get("function").asText()).isEqualTo("Operations");
        assertThat(stranger.get("position").asText()).isEqualTo("Manager");
        assertThat(stranger.get("industry").asText()).isEqualTo("Retail");
        assertThat(stranger.get("targetId").asText()).isEqualTo("target-2");
    }

    @Test
    void redeliveredAndOutdatedRecordsChangeNothing() {
        String org = uniqueOrg();
        String planId = uniquePlan();
        sendWholePlan(org, planId, "contact-x");
        JsonNode before = awaitPeople(org, planId, view -> view.get("appliedSequence").asLong() == 5);

        // Everything again, as after a rebalance, and an out-of-date event with an older sequence.
        sendWholePlan(org, planId, "contact-x");
        records.send(1, org, target(planId, "target-late", "contact-y", null));
        // Same key, same partition: once this later event shows, everything before it was handled.
        records.send(6, org, attended(planId, new PersonMet(null, "Last One", "Zeta", null, null, null, null, null)));

        JsonNode after = awaitPeople(org, planId, view -> view.get("appliedSequence").asLong() == 6);
        assertThat(after.get("targets")).isEqualTo(before.get("targets"));
        assertThat(after.get("peopleMet")).hasSize(3);
        assertThat(after.get("peopleMet").get(0)).isEqualTo(before.get("peopleMet").get(0));
        assertThat(after.get("peopleMet").get(1)).isEqualTo(before.get("peopleMet").get(1));
        assertThat(after.get("peopleMet").get(2).get("name").asText()).isEqualTo("Last One");
    }

    @Test
    void anotherOrgAndUnknownPlansAreNotFound() {
        String org = uniqueOrg();
        String planId = uniquePlan();
        records.send(0, org, created(planId, org));
        awaitPeople(org, planId, view -> true);

        ResponseEntity<JsonNode> otherOrg = people(uniqueOrg(), planId);
        assertThat(otherOrg.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(otherOrg.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(people(org, uniquePlan()).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void unreadableRecordsAreSkippedAndTheRecordsAfterThemApplied() {
        String org = uniqueOrg();
        String planId = uniquePlan();

        records.sendRaw(planId, new byte[] {(byte) 0xC3, 0x28, 0x00, 0x7F});
        records.sendRaw(planId, "{\"eventId\":\"e1\",\"planId\":\"%s\",\"sequence\":-4,\"type\":\"PlanCreated\",\"payload\":{}}"
                .formatted(planId).getBytes(StandardCharsets.UTF_8));
        records.sendRaw(planId, "{\"eventId\":\"e2\",\"planId\":\"%s\",\"sequence\":0,\"type\":\"PlanCreated\",\"payload\":{\"periodStart\":\"soon\"}}"
                .formatted(planId).getBytes(StandardCharsets.UTF_8));
        records.sendRaw(planId, "{\"eventId\":\"e3\",\"planId\":\"%s\",\"sequence\":0,\"type\":\"PlanArchived\",\"payload\":{}}"
                .formatted(planId).getBytes(StandardCharsets.UTF_8));
        records.send(0, org, created(planId, org));
        records.send(1, org, target(planId, "target-1", "contact-1", null));

        JsonNode people = awaitPeople(org, planId, view -> view.get("targets").size() == 1);
        assertThat(people.get("appliedSequence").asLong()).isEqualTo(1);
    }

    /** Sequences 0..5: created, objective, two targets, a platform choice, an attendance meeting two people. */
    private void sendWholePlan(String org, String planId, String knownContactId) {
        records.send(0, org, created(planId, org));
        records.send(1, org, new ObjectiveDefined(planId, "objective-1", "Win 2 carrier contracts", "revenue",
                "contracts", 2, LocalDate.parse("2031-06-30"), null));
        records.send(2, org, target(planId, "target-1", knownContactId, null));
        records.send(3, org, target(planId, "target-2", null, new TargetProfile("Operations", "Manager", "Retail")));
        records.send(4, org, new PlatformChosen(planId, "platform-1", "Chamber lunch", List.of("target-1", "target-2"),
                ARRIVED.plus(Duration.ofMinutes(30)), ARRIVED.plus(Duration.ofHours(2)), 30, 30, 2.5));
        records.send(5, org, attended(planId,
                new PersonMet(knownContactId, null, null, null, null, null, null, "target-1"),
                new PersonMet(null, "Bert Ops", "ShopCo", "Operations", "Manager", "Retail", "bert@shopco.example",
                        "target-2")));
    }

    private static PlanCreated created(String planId, String org) {
        return new PlanCreated(planId, "Q2 carriers", LocalDate.parse("2031-04-01"), LocalDate.parse("2031-06-30"), 40,
                "rep-7", org, "team-1");
    }

    private static TargetIdentified target(String planId, String targetId, String contactId, TargetProfile profile) {
        return new TargetIdentified(planId, targetId, "objective-1", contactId, profile,
                contactId != null ? 1 : 2, contactId != null ? "decides on carriers" : "runs the warehouses");
    }

    private static EventAttended attended(String planId, PersonMet... met) {
        return new EventAttended(planId, "platform-1", ARRIVED, ARRIVED.plus(Duration.ofHours(3)), 30, 30, 3,
                List.of(met), List.of(), "good lunch");
    }

    private JsonNode awaitPeople(String org, String planId, java.util.function.Predicate<JsonNode> ready) {
        return await().atMost(WAIT).until(() -> {
            ResponseEntity<JsonNode> response = people(org, planId);
            return response.getStatusCode() == HttpStatus.OK ? response.getBody() : null;
        }, view -> view != null && ready.test(view));
    }

    private ResponseEntity<JsonNode> people(String org, String planId) {
        return http.exchange("/api/v1/plans/" + planId + "/people", HttpMethod.GET,
                new HttpEntity<>(Callers.rep(org)), JsonNode.class);
    }

    private String addContact(String org, String body) {
        ResponseEntity<JsonNode> created = http.exchange("/api/v1/contacts", HttpMethod.POST,
                new HttpEntity<>(body, Callers.rep(org)), JsonNode.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return created.getBody().get("contactId").asText();
    }

    private static String uniqueOrg() {
        return "org-" + UUID.randomUUID();
    }

    private static String uniquePlan() {
        return "plan-" + UUID.randomUUID();
    }
}
