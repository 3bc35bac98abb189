package com.netfocus.contact.publication;

import com.fasterxml.jackson.databind.JsonNode;
import com.netfocus.contact.contact.Contact;
import com.netfocus.contracts.contact.ContactRegistered;
import com.netfocus.contracts.plan.EventAttended;
import com.netfocus.contracts.plan.PersonMet;
import com.netfocus.contracts.plan.PlanCreated;
import com.netfocus.infrastructure.testing.BrokerOutage;
import com.netfocus.infrastructure.testing.Callers;
import com.netfocus.infrastructure.testing.EventRecordsReader;
import com.netfocus.infrastructure.testing.EventRecordsReader.KeyedRecord;
import com.netfocus.infrastructure.testing.PlanEventRecords;
import com.netfocus.infrastructure.testing.TestInfrastructure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Every contact created (added, imported, met at an event) reaches the contact events topic as
 * {@code ContactRegistered}, once: right away, after a broker outage during which the first attempt failed
 * (only the timer can publish it then), and after a stop between store and publish. Merges publish nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ContactRegisteredPublicationTest {

    @RegisterExtension
    static final TestInfrastructure infrastructure = new TestInfrastructure("contact", "publication");
    private static final PlanEventRecords planEvents = infrastructure.planEventRecords();
    private static final Duration WAIT = Duration.ofSeconds(60);
    /** Longer than resend-after plus one timer interval below: a wrongful re-send would show within it. */
    private static final Duration NO_RESEND = Duration.ofSeconds(3);

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        infrastructure.register(registry);
        // Short timer settings so the outage test does not wait for production intervals.
        registry.add("netfocus.contact.publication.resend-after", () -> "2s");
        registry.add("netfocus.contact.publication.resend-interval", () -> "PT0.5S");
    }

    @Autowired
    TestRestTemplate http;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ContactRegisteredPublisher publisher;

    private EventRecordsReader<ContactRegistered> reader;

    @BeforeEach
    void startReading() {
        reader = new EventRecordsReader<>(infrastructure.contactEventsTopic(), ContactRegistered.class);
    }

    @AfterEach
    void stopReading() {
        reader.close();
    }

    @Test
    void anAddedContactIsPublishedOnceKeyedByItsIdWithItsOrgAndWhoAddedItOnly() {
        String org = uniqueOrg();
        String contactId = addContact(org, "Ann Buyer");

        KeyedRecord<ContactRegistered> registered = awaitRegistered(contactId);

        assertThat(registered.key()).isEqualTo(contactId);
        Contact stored = stored(contactId);
        assertThat(registered.value()).isEqualTo(new ContactRegistered(contactId, org, stored.createdBy(),
                stored.createdAt()));
        assertThat(registered.value().registeredBy()).isNotBlank();
        await().atMost(WAIT).until(() -> stored(contactId).registeredPublished());
        await().during(NO_RESEND).atMost(NO_RESEND.multipliedBy(2)).until(() -> registeredOf(org).size() == 1);
    }

    @Test
    void importedContactsArePublishedOnceEachAndMergedRowsNotAtAll() {
        String org = uniqueOrg();
        HttpHeaders headers = Callers.rep(org);
        headers.setContentType(MediaType.parseMediaType("text/csv"));
        ResponseEntity<JsonNode> report = http.exchange("/api/v1/contacts/import", HttpMethod.POST, new HttpEntity<>(
                "name,company,email\nAnn Buyer,Acme,ann@acme.example\nBert Ops,ShopCo,\nann buyer,Acme,ann@acme.example\n",
                headers), JsonNode.class);
        assertThat(report.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(report.getBody().get("imported").asInt()).isEqualTo(2);
        assertThat(report.getBody().get("merged").asInt()).isEqualTo(1);

        await().atMost(WAIT).until(() -> registeredOf(org).size() == 2);
        await().atMost(WAIT).until(() -> mongo.count(query(where(Contact.ORG).is(org)
                .and(Contact.REGISTERED_PUBLISHED).is(true)), Contact.class) == 2);
        await().during(NO_RESEND).atMost(NO_RESEND.multipliedBy(2)).until(() -> registeredOf(org).size() == 2);
        assertThat(registeredOf(org)).extracting(KeyedRecord::key).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(mongo.find(query(where(Contact.ORG).is(org)), Contact.class)
                        .stream().map(Contact::id).toList());
    }

    @Test
    void somebodyNewMetAtAnEventIsPublishedAsTheContactTheyBecame() {
        String org = uniqueOrg();
        String planId = UUID.randomUUID().toString();
        Instant arrived = Instant.parse("2031-05-01T15:30:00Z");
        planEvents.send(0, org, new PlanCreated(planId, "Q2 carriers", LocalDate.parse("2031-04-01"),
                LocalDate.parse("2031-06-30"), 40, "rep-7", org, "team-1"));
        planEvents.send(1, org, new EventAttended(planId, "platform-1", arrived, arrived.plus(Duration.ofHours(3)), 30,
                30, 3, List.of(new PersonMet(null, "Bert Ops", "ShopCo", "Operations", "Manager", "Retail",
                        "bert@shopco.example", null)), List.of(), "good lunch"));

        await().atMost(WAIT).until(() -> mongo.count(query(where(Contact.ORG).is(org)), Contact.class) == 1);
        String contactId = mongo.findOne(query(where(Contact.ORG).is(org)), Contact.class).id();
        assertThat(awaitRegistered(contactId).value()).isEqualTo(registrationOf(stored(contactId)));
        await().atMost(WAIT).until(() -> stored(contactId).registeredPublished());
    }

    @Test
    void aContactAddedWhileTheBrokerIsAwayIsPublishedOnceItIsBack() {
        String org = uniqueOrg();
        long failedBefore = publisher.unacknowledgedAttempts();
        String contactId = BrokerOutage.during(() -> {
            String added = addContact(org, "Added during the outage");
            // Only once the first attempt has failed is the timer the one that must publish it.
            await().atMost(WAIT).until(() -> publisher.unacknowledgedAttempts() > failedBefore);
            assertThat(stored(added).registeredPublished()).isFalse();
            return added;
        });

        assertThat(awaitRegistered(contactId).value().org()).isEqualTo(org);
        await().atMost(WAIT).until(() -> stored(contactId).registeredPublished());
    }

    @Test
    void aContactStoredButNeverPublishedIsPublishedByTheTimer() {
        // As if the service stopped between storing the contact and publishing it.
        String contactId = UUID.randomUUID().toString();
        String org = uniqueOrg();
        mongo.insert(new Contact(contactId, org, "rep-1", "rep-1", "team-1", Instant.now().minus(Duration.ofHours(1)), "Left Behind",
                null, null, null, null, null, null, null, "left behind|", false));

        assertThat(awaitRegistered(contactId).value()).isEqualTo(registrationOf(stored(contactId)));
        await().atMost(WAIT).until(() -> stored(contactId).registeredPublished());
    }

    private KeyedRecord<ContactRegistered> awaitRegistered(String contactId) {
        return await().atMost(WAIT).until(() -> reader.poll().stream()
                        .filter(registered -> registered.value().contactId().equals(contactId)).findFirst(),
                java.util.Optional::isPresent).orElseThrow();
    }

    private List<KeyedRecord<ContactRegistered>> registeredOf(String org) {
        return reader.poll().stream().filter(registered -> registered.value().org().equals(org)).toList();
    }

    private static ContactRegistered registrationOf(Contact contact) {
        return new ContactRegistered(contact.id(), contact.org(), contact.createdBy(), contact.createdAt());
    }

    private Contact stored(String contactId) {
        return mongo.findById(contactId, Contact.class);
    }

    private String addContact(String org, String name) {
        ResponseEntity<JsonNode> created = http.exchange("/api/v1/contacts", HttpMethod.POST,
                new HttpEntity<>("{\"name\": \"" + name + "\"}", Callers.rep(org)), JsonNode.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return created.getBody().get("contactId").asText();
    }

    private static String uniqueOrg() {
        return "org-" + UUID.randomUUID();
    }
}
