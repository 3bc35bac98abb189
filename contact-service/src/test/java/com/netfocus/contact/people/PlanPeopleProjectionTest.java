package com.netfocus.contact.people;

import com.netfocus.infrastructure.testing.ManagementEndpoints;
import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import com.netfocus.contact.contact.AddContact;
import com.netfocus.contact.contact.Contact;
import com.netfocus.contact.contact.ContactIntake;
import com.netfocus.contact.contact.ContactOwner;
import com.netfocus.contact.contact.IntakeOutcome;
import com.netfocus.contracts.plan.EventAttended;
import com.netfocus.contracts.plan.ObjectiveDefined;
import com.netfocus.contracts.plan.PersonMet;
import com.netfocus.contracts.plan.PlanCreated;
import com.netfocus.contracts.plan.PlatformChosen;
import com.netfocus.contracts.plan.TargetIdentified;
import com.netfocus.contracts.plan.TargetProfile;
import com.netfocus.infrastructure.testing.Callers;
import com.netfocus.infrastructure.testing.PlanEventRecords;
import com.netfocus.infrastructure.testing.TestInfrastructure;
import com.netfocus.reconciliation.ContactProjections;
import com.netfocus.reconciliation.PlanProjection;
import com.netfocus.reconciliation.ProjectionReader;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.data.mongodb.core.MongoTemplate;
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
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Plan events produced to the real broker build each plan's targets and people met: applied once however
 * often delivered, scoped by the plan's org, unreadable records skipped without blocking what follows.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability
class PlanPeopleProjectionTest {

    @RegisterExtension
    static final TestInfrastructure infrastructure = new TestInfrastructure("contact", "people");
    private static final PlanEventRecords records = infrastructure.planEventRecords();
    private static final Instant ARRIVED = Instant.parse("2031-05-01T15:30:00Z");
    private static final Duration WAIT = Duration.ofSeconds(30);

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        infrastructure.register(registry);
    }

    @Autowired
    TestRestTemplate http;
    @Autowired
    ContactIntake intake;
    @Autowired
    MongoTemplate mongo;

    @Test
    void thePrometheusScrapeShowsEachProjectionsLag() {
        String org = uniqueOrg();
        String planId = uniquePlan();
        sendWholePlan(org, planId, null);
        awaitPeople(org, planId, view -> view.get("appliedSequence").asLong() == 5);

        String scrape = ManagementEndpoints.scrape(http.getRootUri());
        assertThat(scrape).contains("netfocus_projection_lag_seconds_count{")
                .contains("projection=\"PlanPeopleProjection\"")
                .contains("projection=\"FollowUpProjection\"");
    }

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
        assertThat(people.get("ownerId").asText()).isEqualTo("rep-" + org);
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
        // Somebody new becomes a contact of the org and is linked to it.
        String strangerId = stranger.get("contactId").asText();
        JsonNode strangerContact = getContact(org, strangerId).getBody();
        assertThat(strangerContact.get("name").asText()).isEqualTo("Bert Ops");
        assertThat(strangerContact.get("email").asText()).isEqualTo("bert@shopco.example");
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

    @Test
    void peopleMetBecomeOrUpdateContactsOnceHoweverOftenTheEventArrives() {
        String org = uniqueOrg();
        String planId = uniquePlan();
        String annId = addContact(org, """
                {"name": "Ann Buyer", "company": "Acme", "email": "ann@acme.example"}""");
        String kimId = addContact(org, """
                {"name": "Kim Known", "company": "Kco"}""");
        records.send(0, org, created(planId, org));
        EventAttended lunch = attended(planId,
                new PersonMet(null, "Ann B.", "Other Co", "Purchasing", "Director", "Logistics", "ANN@acme.example", null),
                new PersonMet(kimId, "Kim", "Elsewhere", null, null, "Retail", "kim@kco.example", null),
                new PersonMet(null, "Nora New", "Nco", "Sales", null, null, null, null),
                new PersonMet(null, "nora  new", "NCO", null, "VP", null, null, null));
        records.send(1, org, lunch);

        JsonNode people = awaitPeople(org, planId, view -> view.get("appliedSequence").asLong() == 1);
        JsonNode met = people.get("peopleMet");
        assertThat(met.get(0).get("contactId").asText()).isEqualTo(annId);
        assertThat(met.get(1).get("contactId").asText()).isEqualTo(kimId);
        String noraId = met.get(2).get("contactId").asText();
        assertThat(met.get(3).get("contactId").asText()).isEqualTo(noraId);

        JsonNode ann = getContact(org, annId).getBody();
        assertThat(ann.get("name").asText()).isEqualTo("Ann Buyer");
        assertThat(ann.get("company").asText()).isEqualTo("Acme");
        assertThat(ann.get("email").asText()).isEqualTo("ann@acme.example");
        assertThat(ann.get("function").asText()).isEqualTo("Purchasing");
        assertThat(ann.get("industry").asText()).isEqualTo("Logistics");
        // Named by id: linked, not changed.
        JsonNode kim = getContact(org, kimId).getBody();
        assertThat(kim.get("industry").isNull()).isTrue();
        assertThat(kim.get("email").isNull()).isTrue();
        JsonNode nora = getContact(org, noraId).getBody();
        assertThat(nora.get("name").asText()).isEqualTo("Nora New");
        assertThat(nora.get("function").asText()).isEqualTo("Sales");
        assertThat(nora.get("position").asText()).isEqualTo("VP");
        assertThat(contactsOf(org)).isEqualTo(3);

        // Redelivered, then Nora met again at a later event, now with her e-mail.
        records.send(1, org, lunch);
        records.send(2, org, attended(planId,
                new PersonMet(null, "Nora New", "Nco", null, null, null, "nora@nco.example", null)));
        JsonNode after = awaitPeople(org, planId, view -> view.get("appliedSequence").asLong() == 2);
        assertThat(after.get("peopleMet")).hasSize(5);
        assertThat(after.get("peopleMet").get(4).get("contactId").asText()).isEqualTo(noraId);
        assertThat(getContact(org, noraId).getBody().get("email").asText()).isEqualTo("nora@nco.example");
        assertThat(contactsOf(org)).isEqualTo(3);
    }

    @Test
    void contactCreationRepeatedPastTheSequenceGuardFindsTheSameContact() {
        // As after a crash between creating the contacts and recording the event as applied.
        String org = uniqueOrg();
        AddContact person = new AddContact("Olga Once", "Oco", null, null, null, null, null);

        ContactOwner owner = new ContactOwner(org, "rep-1", "team-1");
        IntakeOutcome first = intake.intake(owner, "rep-1", ARRIVED, List.of(person)).get(0);
        IntakeOutcome again = intake.intake(owner, "rep-1", ARRIVED, List.of(person)).get(0);

        assertThat(first.created()).isTrue();
        assertThat(again.created()).isFalse();
        assertThat(again.contactId()).isEqualTo(first.contactId());
        assertThat(contactsOf(org)).isEqualTo(1);
    }

    /**
     * The reconciliation (./reconcile.sh) reads this projection by the names {@link ContactProjections} declares: a
     * plan's events read back through the reconciliation's own reader as applied. A renamed collection or field
     * fails here, not in a report.
     */
    @Test
    void theReconciliationReadsThePlansPeopleAsWritten() {
        String org = uniqueOrg();
        String planId = uniquePlan();
        sendWholePlan(org, planId, null);
        awaitPeople(org, planId, view -> view.get("appliedSequence").asLong() == 5);

        MongoDatabase database = mongo.getDb();
        Document stored = database.getCollection(ContactProjections.PLAN_PEOPLE).find(new Document("_id", planId))
                .first();
        assertThat(stored).as(ContactProjections.PLAN_PEOPLE + " " + planId).isNotNull()
                .containsKeys(ContactProjections.PLAN_PEOPLE_FIELDS.toArray(String[]::new));
        assertThat(ProjectionReader.planPeople(database))
                .containsEntry(planId, new PlanProjection(planId, 5, 2, PlanProjection.NOT_KEPT));
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

    /** Owned by the rep the test reads as ({@code Callers.rep(org)}), whose contacts people met become. */
    private static PlanCreated created(String planId, String org) {
        return new PlanCreated(planId, "Q2 carriers", LocalDate.parse("2031-04-01"), LocalDate.parse("2031-06-30"), 40,
                "rep-" + org, org, "team-1");
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

    private ResponseEntity<JsonNode> getContact(String org, String contactId) {
        return http.exchange("/api/v1/contacts/" + contactId, HttpMethod.GET, new HttpEntity<>(Callers.rep(org)),
                JsonNode.class);
    }

    private long contactsOf(String org) {
        return mongo.count(query(where(Contact.ORG).is(org)), Contact.class);
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
        return UUID.randomUUID().toString();
    }
}
