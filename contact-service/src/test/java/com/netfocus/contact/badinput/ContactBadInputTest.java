package com.netfocus.contact.badinput;

import com.fasterxml.jackson.databind.JsonNode;
import com.netfocus.contact.contact.Contact;
import com.netfocus.contact.publication.ContactUpdate;
import com.netfocus.contracts.caller.Roles;
import com.netfocus.contracts.plan.PlanCreated;
import com.netfocus.contracts.plan.TargetIdentified;
import com.netfocus.contracts.plan.TargetProfile;
import com.netfocus.infrastructure.testing.PlanEventRecords;
import com.netfocus.infrastructure.testing.Personas;
import com.netfocus.infrastructure.testing.TestInfrastructure;
import com.netfocus.infrastructure.testing.badinput.BadInputTable;
import com.netfocus.infrastructure.testing.badinput.BadInputTests;
import com.netfocus.infrastructure.testing.badinput.Cases;
import com.netfocus.infrastructure.testing.badinput.FieldKind;
import com.netfocus.infrastructure.testing.badinput.Row;
import com.netfocus.infrastructure.testing.badinput.Sample;
import com.netfocus.infrastructure.testing.badinput.StoreSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
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
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Bad input on every endpoint of contact-service ({@link BadInputTable}): each case a 4xx problem+json naming the
 * field, parameter or path variable, and contacts, plan people and follow-ups exactly as before; emoji in names,
 * companies, functions, positions and industries stored intact, refused in e-mails and phone numbers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ContactBadInputTest implements BadInputTests {

    @RegisterExtension
    static final TestInfrastructure infrastructure = new TestInfrastructure("contact", "badinput");
    private static final PlanEventRecords records = infrastructure.planEventRecords();
    private static final Duration WAIT = Duration.ofSeconds(30);
    static final String CONTACT = """
            {"name":"Lena Dahl","company":"Coop Nord","function":"Procurement","position":"Director",
             "industry":"Retail","email":"lena.dahl@example.com","phone":"+46 8 123 45 67"}""";
    private static final String CSV = "name,company,email\nEve Import,Evco,eve@evco.example\n";

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        infrastructure.register(registry);
    }

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate http;
    @Autowired
    MongoTemplate mongo;

    private final Personas personas = new Personas();

    @Override
    public BadInputTable table() {
        // the owner is also an admin of the org here, so that the admin-only endpoints (dead letters) check input too
        Personas.Persona ownerAndAdmin = new Personas.Persona("owner and admin", personas.owner.userId(),
                personas.owner.org(), personas.owner.team(), Roles.REP + "," + Roles.ADMIN);
        return BadInputTable.onLocalPort(port, ownerAndAdmin, mongo.getDb())
                .settledWhen(() -> !mongo.exists(query(where(Contact.REGISTERED_PUBLISHED).ne(true)), Contact.class)
                        && !mongo.exists(query(where(ContactUpdate.PUBLISHED).ne(true)), ContactUpdate.class));
    }

    @Override
    public List<Row> rows() {
        String contactId = addContact();
        String planId = plan();
        List<Row> rows = List.of(
                Row.post("/api/v1/contacts", () -> Sample.body(CONTACT)).readBack("/api/v1/contacts/{contactId}")
                        .optional("company", "function", "position", "industry", "email", "phone"),
                Row.get("/api/v1/contacts", Sample::none).param("page", FieldKind.PAGE)
                        .param("size", FieldKind.INTEGER).param("q", FieldKind.TEXT).param("format", FieldKind.ENUM)
                        .answers("text/csv", "text/vcard"),
                // a fresh contact per sample, edited to values of its own: no edit duplicates another
                Row.patch("/api/v1/contacts/{contactId}", () -> {
                    String unique = UUID.randomUUID().toString().substring(0, 8);
                    return Sample.of(Map.of("contactId", addContact()), """
                            {"name":"Lena Dahl-Berg %s","company":"Coop Nord","function":"Procurement",
                             "position":"Head of procurement","industry":"Retail","email":"lena.%s@example.com",
                             "phone":"+46 8 123 45 68","reason":"she was promoted"}""".formatted(unique, unique));
                }).optional("name", "company", "function", "position", "industry", "email", "phone", "reason"),
                Row.get("/api/v1/contacts/{contactId}", () -> Sample.path(Map.of("contactId", contactId))),
                // a fresh contact per sample: the valid request erases it
                Row.post("/api/v1/contacts/{contactId}/erasure", () -> Sample.path(Map.of("contactId", addContact()))),
                Row.post("/api/v1/contacts/import", () -> Sample.body(CSV)).upload("text/csv")
                        .refuses("more rows than one import may hold", () -> Sample.body(CSV
                                + CSV.substring(CSV.indexOf('\n') + 1).repeat(5000)), 413, "file"),
                Row.get("/api/v1/plans/{planId}/people", () -> Sample.path(Map.of("planId", planId)))
                        .param("minVersion", FieldKind.INTEGER),
                Row.get("/api/v1/plans/{planId}/known-matches", () -> Sample.path(Map.of("planId", planId)))
                        .param("minVersion", FieldKind.INTEGER),
                Row.get("/api/v1/dead-letters/contact", Sample::none).param("page", FieldKind.PAGE)
                        .param("size", FieldKind.INTEGER),
                Row.post("/api/v1/dead-letters/contact/{deadLetterId}/replay",
                        () -> Sample.path(Map.of("deadLetterId", UUID.randomUUID().toString()))),
                Row.get("/api/v1/follow-ups", Sample::none).param("dueBy", FieldKind.DATE)
                        .param("status", FieldKind.ENUM).param("page", FieldKind.PAGE)
                        .param("size", FieldKind.INTEGER));
        return rows;
    }

    /** Imported rows pass the same input rules as a JSON body: bad rows are reported by field, good ones kept intact. */
    @Test
    void importedRowsFollowTheSameInputRules() {
        String emojiName = "Eve " + Cases.EMOJI + " " + UUID.randomUUID();
        String csv = "name,company,email,phone\n"
                + emojiName + ",Evco,eve-" + UUID.randomUUID() + "@evco.example,\n"
                + "Bell\u0007 Person,Evco,,\n"
                + "Mail Person,Evco,mail" + Cases.EMOJI + "@evco.example,\n";
        HttpHeaders asCsv = personas.owner.headers();
        asCsv.setContentType(MediaType.parseMediaType("text/csv"));
        JsonNode report = http.exchange("/api/v1/contacts/import", HttpMethod.POST, new HttpEntity<>(csv, asCsv),
                JsonNode.class).getBody();

        assertThat(report.get("imported").asInt()).as(String.valueOf(report)).isEqualTo(1);
        assertThat(new LinkedHashSet<>(report.get("rejected").findValuesAsText("field"))).containsExactly("name", "email");
        assertThat(StoreSnapshot.contains(StoreSnapshot.of(mongo.getDb()).get(), emojiName)).isTrue();
        assertThat(StoreSnapshot.contains(StoreSnapshot.of(mongo.getDb()).get(), "Bell\u0007 Person")).isFalse();
    }

    private String addContact() {
        ResponseEntity<JsonNode> created = http.exchange("/api/v1/contacts", HttpMethod.POST,
                new HttpEntity<>(CONTACT, personas.owner.headers()), JsonNode.class);
        assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
        return created.getBody().get("contactId").asText();
    }

    /** The owner's plan with a profile target, known to the people projection. */
    private String plan() {
        String planId = UUID.randomUUID().toString();
        String org = personas.org;
        records.send(0, org, new PlanCreated(planId, "Q2", LocalDate.parse("2031-04-01"), LocalDate.parse("2031-06-30"),
                40, personas.owner.userId(), org, Personas.TEAM_A));
        records.send(1, org, new TargetIdentified(planId, "t1", "o1", null,
                new TargetProfile("Purchasing", null, null), 1, "they buy"));
        await().atMost(WAIT).until(() -> {
            ResponseEntity<JsonNode> people = http.exchange("/api/v1/plans/" + planId + "/people", HttpMethod.GET,
                    new HttpEntity<>(personas.owner.headers()), JsonNode.class);
            return people.getStatusCode() == HttpStatus.OK && people.getBody().get("appliedSequence").asLong() == 1;
        });
        return planId;
    }
}
