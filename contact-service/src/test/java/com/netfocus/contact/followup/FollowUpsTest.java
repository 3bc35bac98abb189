package com.netfocus.contact.followup;

import com.fasterxml.jackson.databind.JsonNode;
import com.netfocus.contracts.plan.EventAttended;
import com.netfocus.contracts.plan.FollowUp;
import com.netfocus.contracts.plan.FollowUpCompleted;
import com.netfocus.contracts.plan.FollowUpScheduled;
import com.netfocus.contracts.plan.PlanCreated;
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
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Follow-ups scheduled and completed in plan events produced to the real broker make each owner's due list:
 * soonest first, overdue ones marked against a pinned clock, filtered by due date and status, applied once
 * however often (or late) a record arrives, and never showing another user's or another org's follow-ups.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FollowUpsTest {

    @RegisterExtension
    static final TestInfrastructure infrastructure = new TestInfrastructure("contact", "followups");
    private static final PlanEventRecords records = infrastructure.planEventRecords();
    /** Today is 2031-05-10; the default horizon (7 days) reaches 2031-05-17, the maximum (1 year) 2032-05-10. */
    private static final Instant NOW = Instant.parse("2031-05-10T09:00:00Z");
    private static final Instant ARRIVED = Instant.parse("2031-05-06T15:30:00Z");
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String OWNER = "rep-7";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        infrastructure.register(registry);
    }

    @TestConfiguration
    static class PinnedClock {
        @Bean
        @Primary
        Clock pinnedClock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }

    @Autowired
    TestRestTemplate http;

    @Test
    void followUpsScheduledAtAnAttendanceAndOnTheirOwnAreTheOwnersSoonestFirst() {
        String org = uniqueOrg();
        String planId = uniquePlan();
        String annId = addContact(org, "{\"name\": \"Ann Buyer\", \"company\": \"Acme\"}");
        String rateCard = uniqueFollowUp();
        String callBack = uniqueFollowUp();
        String lunch = uniqueFollowUp();
        String nextWeek = uniqueFollowUp();
        records.send(0, org, created(planId, org, OWNER));
        records.send(1, org, attended(planId,
                new FollowUp(rateCard, annId, "Ann", "target-1", LocalDate.parse("2031-05-12"), "send the rate card"),
                new FollowUp(callBack, null, "Bert Ops", null, LocalDate.parse("2031-05-08"), "call back")));
        records.send(2, org, scheduled(planId, lunch, "Cleo", "2031-05-17", "lunch"));
        records.send(3, org, scheduled(planId, nextWeek, "Dora", "2031-05-18", "send the offer"));

        JsonNode all = awaitList(org, OWNER, "?dueBy=2031-05-18", list -> list.get("total").asLong() == 4);
        assertThat(ids(all)).containsExactly(callBack, rateCard, lunch, nextWeek);

        // Without dueBy: due by today plus 7 days (2031-05-17 included, 2031-05-18 not).
        JsonNode due = list(org, OWNER, "").getBody();
        assertThat(ids(due)).containsExactly(callBack, rateCard, lunch);
        assertThat(due.get("total").asLong()).isEqualTo(3);
        JsonNode overdue = due.get("items").get(0);
        assertThat(overdue.get("overdue").asBoolean()).isTrue();
        assertThat(overdue.get("personName").asText()).isEqualTo("Bert Ops");
        assertThat(overdue.get("contactId").isNull()).isTrue();
        assertThat(overdue.get("dueOn").asText()).isEqualTo("2031-05-08");
        assertThat(overdue.get("action").asText()).isEqualTo("call back");
        assertThat(overdue.get("status").asText()).isEqualTo("OPEN");
        assertThat(overdue.get("planId").asText()).isEqualTo(planId);
        assertThat(overdue.get("scheduledAt").isNull()).isFalse();
        assertThat(overdue.get("completedAt").isNull()).isTrue();
        JsonNode known = due.get("items").get(1);
        assertThat(known.get("overdue").asBoolean()).isFalse();
        assertThat(known.get("contactId").asText()).isEqualTo(annId);
        // Filled from the owner's contact book, not the name the event gave.
        assertThat(known.get("personName").asText()).isEqualTo("Ann Buyer");
        assertThat(known.get("targetId").asText()).isEqualTo("target-1");
        assertThat(known.get("dueOn").asText()).isEqualTo("2031-05-12");
        assertThat(due.get("items").get(2).get("overdue").asBoolean()).isFalse();

        assertThat(ids(list(org, OWNER, "?dueBy=2031-05-09").getBody())).containsExactly(callBack);
        JsonNode secondPage = list(org, OWNER, "?dueBy=2031-05-18&page=1&size=2").getBody();
        assertThat(ids(secondPage)).containsExactly(lunch, nextWeek);
        assertThat(secondPage.get("total").asLong()).isEqualTo(4);
        assertThat(secondPage.get("page").asInt()).isEqualTo(1);
        assertThat(secondPage.get("size").asInt()).isEqualTo(2);
    }

    @Test
    void completedFollowUpsStayDoneWhateverIsRedeliveredOrArrivesLate() {
        String org = uniqueOrg();
        String planId = uniquePlan();
        String atEvent = uniqueFollowUp();
        String onItsOwn = uniqueFollowUp();
        String stillOpen = uniqueFollowUp();
        EventAttended attendance = attended(planId,
                new FollowUp(atEvent, null, "Eve", null, LocalDate.parse("2031-05-09"), "send the deck"));
        FollowUpScheduled scheduling = scheduled(planId, onItsOwn, "Finn", "2031-05-11", "call");
        Instant doneAt = Instant.parse("2031-05-09T10:00:00Z");
        records.send(0, org, created(planId, org, OWNER));
        records.send(1, org, attendance);
        records.send(2, org, scheduling);
        records.send(3, org, new FollowUpCompleted(planId, atEvent, doneAt, "meeting booked"));
        records.send(4, org, new FollowUpCompleted(planId, onItsOwn, doneAt.plusSeconds(60), "no answer, mailed"));
        records.send(5, org, scheduled(planId, stillOpen, "Gus", "2031-05-13", "visit"));

        JsonNode all = awaitList(org, OWNER, "?status=ALL", list -> list.get("total").asLong() == 3);
        assertThat(ids(all)).containsExactly(atEvent, onItsOwn, stillOpen);
        assertThat(ids(list(org, OWNER, "").getBody())).containsExactly(stillOpen);
        assertThat(ids(list(org, OWNER, "?status=OPEN").getBody())).containsExactly(stillOpen);
        JsonNode done = list(org, OWNER, "?status=DONE").getBody();
        assertThat(ids(done)).containsExactly(atEvent, onItsOwn);
        JsonNode completed = done.get("items").get(0);
        assertThat(completed.get("status").asText()).isEqualTo("DONE");
        assertThat(Instant.parse(completed.get("completedAt").asText())).isEqualTo(doneAt);
        assertThat(completed.get("outcome").asText()).isEqualTo("meeting booked");
        // Due before today but done: not overdue.
        assertThat(completed.get("overdue").asBoolean()).isFalse();

        // Everything again, as after a rebalance; a completion redelivered with another outcome; then a new event.
        records.send(1, org, attendance);
        records.send(2, org, scheduling);
        records.send(3, org, new FollowUpCompleted(planId, atEvent, doneAt.plusSeconds(3600), "changed"));
        records.send(1, org, attendance);
        String marker = uniqueFollowUp();
        records.send(6, org, scheduled(planId, marker, "Hal", "2031-05-14", "send a card"));

        // Same key, same partition: once the later event shows, every record before it was handled.
        JsonNode after = awaitList(org, OWNER, "?status=ALL", list -> list.get("total").asLong() == 4);
        assertThat(ids(after)).containsExactly(atEvent, onItsOwn, stillOpen, marker);
        assertThat(after.get("items").get(0)).isEqualTo(all.get("items").get(0));
        assertThat(after.get("items").get(1)).isEqualTo(all.get("items").get(1));
        assertThat(after.get("items").get(2)).isEqualTo(all.get("items").get(2));
        assertThat(ids(list(org, OWNER, "").getBody())).containsExactly(stillOpen, marker);
    }

    @Test
    void anotherUsersAndAnotherOrgsFollowUpsAreNotListed() {
        String org = uniqueOrg();
        String otherOrg = uniqueOrg();
        String mine = uniqueFollowUp();
        String colleagues = uniqueFollowUp();
        String sameUserOtherOrg = uniqueFollowUp();
        String myPlan = uniquePlan();
        String colleaguesPlan = uniquePlan();
        String otherOrgsPlan = uniquePlan();
        records.send(0, org, created(myPlan, org, OWNER));
        records.send(1, org, scheduled(myPlan, mine, "Ivy", "2031-05-12", "call"));
        records.send(0, org, created(colleaguesPlan, org, "rep-8"));
        records.send(1, org, scheduled(colleaguesPlan, colleagues, "Jon", "2031-05-12", "call"));
        records.send(0, otherOrg, created(otherOrgsPlan, otherOrg, OWNER));
        records.send(1, otherOrg, scheduled(otherOrgsPlan, sameUserOtherOrg, "Kay", "2031-05-12", "call"));

        // Plans may sit on different partitions: wait for each list on its own.
        assertThat(ids(awaitList(org, "rep-8", "", list -> list.get("total").asLong() == 1))).containsExactly(colleagues);
        assertThat(ids(awaitList(otherOrg, OWNER, "", list -> list.get("total").asLong() == 1)))
                .containsExactly(sameUserOtherOrg);
        assertThat(ids(awaitList(org, OWNER, "?status=ALL", list -> list.get("total").asLong() >= 1)))
                .containsExactly(mine);
        assertThat(ids(list(org, "rep-9", "?status=ALL").getBody())).isEmpty();
    }

    @Test
    void badParametersAreRefusedNamingTheParameter() {
        String org = uniqueOrg();
        assertRefused(list(org, OWNER, "?status=LATER"), HttpStatus.BAD_REQUEST, "status");
        assertRefused(list(org, OWNER, "?dueBy=next-week"), HttpStatus.BAD_REQUEST, "dueBy");
        assertRefused(list(org, OWNER, "?dueBy=10.05.2031"), HttpStatus.BAD_REQUEST, "dueBy");
        // Readable, but beyond today plus the maximum horizon: refused like an out-of-bounds page.
        assertRefused(list(org, OWNER, "?dueBy=2032-05-11"), HttpStatus.UNPROCESSABLE_ENTITY, "dueBy");
        assertThat(list(org, OWNER, "?dueBy=2032-05-10").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertRefused(list(org, OWNER, "?page=-1"), HttpStatus.BAD_REQUEST, "page");
        assertRefused(list(org, OWNER, "?size=1000"), HttpStatus.BAD_REQUEST, "size");
        assertRefused(list(org, OWNER, "?page=2147483647&size=100"), HttpStatus.BAD_REQUEST, "page");

        ResponseEntity<JsonNode> anonymous = http.exchange("/api/v1/follow-ups", HttpMethod.GET,
                new HttpEntity<>(new HttpHeaders()), JsonNode.class);
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(anonymous.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private static void assertRefused(ResponseEntity<JsonNode> response, HttpStatus status, String field) {
        assertThat(response.getStatusCode()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().get("errors")).hasSize(1);
        assertThat(response.getBody().get("errors").get(0).get("field").asText()).isEqualTo(field);
    }

    private static PlanCreated created(String planId, String org, String owner) {
        return new PlanCreated(planId, "Q2 carriers", LocalDate.parse("2031-04-01"), LocalDate.parse("2031-06-30"), 40,
                owner, org, "team-1");
    }

    private static EventAttended attended(String planId, FollowUp... followUps) {
        return new EventAttended(planId, "platform-1", ARRIVED, ARRIVED.plus(Duration.ofHours(3)), 30, 30, 3,
                List.of(), List.of(followUps), "good lunch");
    }

    private static FollowUpScheduled scheduled(String planId, String followUpId, String person, String dueOn,
                                               String action) {
        return new FollowUpScheduled(planId, new FollowUp(followUpId, null, person, null, LocalDate.parse(dueOn), action));
    }

    private JsonNode awaitList(String org, String user, String parameters, Predicate<JsonNode> ready) {
        return await().atMost(WAIT).until(() -> list(org, user, parameters),
                response -> response.getStatusCode() == HttpStatus.OK && ready.test(response.getBody())).getBody();
    }

    private ResponseEntity<JsonNode> list(String org, String user, String parameters) {
        return http.exchange("/api/v1/follow-ups" + parameters, HttpMethod.GET,
                new HttpEntity<>(Callers.headers(user, org, "REP")), JsonNode.class);
    }

    private static List<String> ids(JsonNode page) {
        return StreamSupport.stream(page.get("items").spliterator(), false)
                .map(item -> item.get("followUpId").asText()).toList();
    }

    /** A contact of the plans' owner: the due list names the owner's own contacts by their current name. */
    private String addContact(String org, String body) {
        ResponseEntity<JsonNode> created = http.exchange("/api/v1/contacts", HttpMethod.POST,
                new HttpEntity<>(body, Callers.headers(OWNER, org, "REP")), JsonNode.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return created.getBody().get("contactId").asText();
    }

    private static String uniqueOrg() {
        return "org-" + UUID.randomUUID();
    }

    private static String uniquePlan() {
        return UUID.randomUUID().toString();
    }

    private static String uniqueFollowUp() {
        return "follow-up-" + UUID.randomUUID();
    }
}
