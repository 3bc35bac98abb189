package com.netfocus.contact.importing;

import com.fasterxml.jackson.databind.JsonNode;
import com.netfocus.contact.contact.Contact;
import com.netfocus.infrastructure.testing.Callers;
import com.netfocus.infrastructure.testing.TestInfrastructure;
import com.netfocus.infrastructure.testing.Uploads;
import org.junit.jupiter.api.Test;
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

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Contacts import over HTTP on the real wire server: good rows kept, bad rows reported by line, duplicates
 * merged within the file and with the org's contacts (filling, never erasing), other orgs untouched, and
 * files that cannot be imported refused whole. Limits are lowered here so the oversize cases stay small.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "netfocus.contact.import.max-rows=20", "netfocus.contact.import.max-bytes=4KB"})
class ContactImportApiTest {

    private static final TestInfrastructure infrastructure = new TestInfrastructure("contact", "import");
    private static final MediaType TEXT_CSV = MediaType.parseMediaType("text/csv");
    private static final MediaType TEXT_VCARD = MediaType.parseMediaType("text/vcard");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        infrastructure.register(registry);
    }

    @Autowired
    TestRestTemplate http;
    @Autowired
    MongoTemplate mongo;

    @Test
    void goodRowsAreKeptBadRowsReportedAndDuplicatesMerged() {
        String org = uniqueOrg();
        String annId = addContact(org, """
                {"name": "Ann Buyer", "company": "Acme", "function": "Purchasing", "email": "Ann@Acme.example"}""");
        String joseId = addContact(org, """
                {"name": "José Díaz", "company": "Acme-Corp.", "phone": "+34 600 000 000"}""");

        ResponseEntity<JsonNode> response = importCsv(org, """
                name,company,function,position,industry,email,phone
                Ann B.,Other Co,Sales,Director,Logistics,ann@acme.example,+31 6 1
                ,NoName Inc,,,,,
                Carl New,Carlco,Operations,Manager,Retail,carl@carlco.example,
                jose diaz,ACME corp,Finance,,,,
                Dora Bad,Dco,,,,not-an-address,call me
                Carl Again,,,,,CARL@carlco.example,+1 555 0100
                """);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode report = response.getBody();
        // Carl is new (his second row merges into the first); Ann and José merge into stored contacts.
        assertThat(report.get("imported").asInt()).isEqualTo(1);
        assertThat(report.get("merged").asInt()).isEqualTo(3);
        assertThat(rejections(report)).containsExactly("3 name", "6 email", "6 phone");

        Contact ann = contact(annId);
        assertThat(ann.name()).isEqualTo("Ann Buyer");
        assertThat(ann.company()).isEqualTo("Acme");
        assertThat(ann.function()).isEqualTo("Purchasing");
        assertThat(ann.email()).isEqualTo("Ann@Acme.example");
        assertThat(ann.position()).isEqualTo("Director");
        assertThat(ann.industry()).isEqualTo("Logistics");
        assertThat(ann.phone()).isEqualTo("+31 6 1");
        Contact jose = contact(joseId);
        assertThat(jose.function()).isEqualTo("Finance");
        assertThat(jose.phone()).isEqualTo("+34 600 000 000");

        List<Contact> carls = mongo.find(query(where(Contact.ORG).is(org).and(Contact.EMAIL_KEY).is("carl@carlco.example")),
                Contact.class);
        assertThat(carls).singleElement().satisfies(carl -> {
            assertThat(carl.name()).isEqualTo("Carl New");
            assertThat(carl.phone()).isEqualTo("+1 555 0100");
            assertThat(carl.createdBy()).isEqualTo("rep-" + org);
        });
        assertThat(countOf(org)).isEqualTo(3);
    }

    @Test
    void importingTheSameFileAgainMergesEverythingAndCreatesNothing() {
        String org = uniqueOrg();
        String csv = "name,company,email\nEve,Evco,eve@evco.example\nFrank,Fco,\n";
        JsonNode first = importCsv(org, csv).getBody();
        JsonNode again = importCsv(org, csv).getBody();

        assertThat(first.get("imported").asInt()).isEqualTo(2);
        assertThat(again.get("imported").asInt()).isZero();
        assertThat(again.get("merged").asInt()).isEqualTo(2);
        assertThat(countOf(org)).isEqualTo(2);
    }

    @Test
    void anotherOrgsContactsAreNeitherMergedNorChanged() {
        String org = uniqueOrg();
        String otherOrg = uniqueOrg();
        String theirs = addContact(otherOrg, "{\"name\": \"Gina\", \"email\": \"gina@g.example\"}");

        JsonNode report = importCsv(org, "name,company,email\nGina,Gco,gina@g.example\n").getBody();

        assertThat(report.get("imported").asInt()).isEqualTo(1);
        assertThat(contact(theirs).company()).isNull();
        assertThat(countOf(org)).isEqualTo(1);
        assertThat(countOf(otherOrg)).isEqualTo(1);
    }

    @Test
    void aVCardFileIsImportedAsAMultipartUpload() {
        String org = uniqueOrg();
        String vcf = """
                BEGIN:VCARD
                VERSION:3.0
                FN:Hank Hill
                ORG:Strickland Propane
                TITLE:Assistant Manager
                EMAIL:hank@strickland.example
                END:VCARD
                BEGIN:VCARD
                VERSION:3.0
                ORG:Anonymous
                END:VCARD
                BEGIN:VCARD
                VERSION:3.0
                FN:Hank  Hill
                ORG:strickland propane
                TEL:+1 555 0199
                EMAIL:not an address
                END:VCARD
                """;

        ResponseEntity<JsonNode> response = upload(org, "people.vcf", MediaType.APPLICATION_OCTET_STREAM, vcf);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody().get("imported").asInt()).isEqualTo(1);
        assertThat(rejections(response.getBody())).containsExactly("8 name", "12 email");
        assertThat(countOf(org)).isEqualTo(1);

        ResponseEntity<JsonNode> merged = upload(org, "more.vcf", TEXT_VCARD,
                "BEGIN:VCARD\nVERSION:4.0\nFN:hank hill\nORG:Strickland Propane\nTEL:+1 555 0199\nEND:VCARD\n");
        assertThat(merged.getBody().get("merged").asInt()).isEqualTo(1);
        Contact hank = mongo.findOne(query(where(Contact.ORG).is(org)), Contact.class);
        assertThat(hank.position()).isEqualTo("Assistant Manager");
        assertThat(hank.phone()).isEqualTo("+1 555 0199");
    }

    @Test
    void filesThatCannotBeImportedAreRefusedWholeAndNothingIsStored() {
        String org = uniqueOrg();
        assertProblem(importCsv(org, ""), HttpStatus.BAD_REQUEST, "file");
        assertProblem(importCsv(org, "name,email\n"), HttpStatus.BAD_REQUEST, "file");
        assertProblem(importCsv(org, "just some words\nand more\n"), HttpStatus.BAD_REQUEST, "header");
        assertProblem(send(org, TEXT_CSV, new byte[] {(byte) 0xC3, 0x28, 0x00, (byte) 0xFF}), HttpStatus.BAD_REQUEST, "file");
        assertProblem(send(org, TEXT_VCARD, "hello".getBytes(StandardCharsets.UTF_8)), HttpStatus.BAD_REQUEST, "file");
        assertProblem(send(org, MediaType.APPLICATION_PDF, "name\nAnn\n".getBytes(StandardCharsets.UTF_8)),
                HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Content-Type");
        assertProblem(importCsv(org, "name\n" + "Somebody with a long name\n".repeat(200)), HttpStatus.PAYLOAD_TOO_LARGE, "file");
        assertProblem(importCsv(org, "name\n" + "P\n".repeat(21)), HttpStatus.PAYLOAD_TOO_LARGE, "file");
        assertProblem(upload(org, "big.csv", TEXT_CSV, "name\n" + "x".repeat(5000) + "\n"), HttpStatus.PAYLOAD_TOO_LARGE, "file");
        assertThat(countOf(org)).isZero();
    }

    @Test
    void aCallerWithoutIdentityIsUnauthenticated() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(TEXT_CSV);
        ResponseEntity<JsonNode> refused = http.exchange(ContactImportController.PATH, HttpMethod.POST,
                new HttpEntity<>("name\nAnn\n", headers), JsonNode.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private static List<String> rejections(JsonNode report) {
        return report.get("rejected").findParents("line").stream()
                .map(rejection -> rejection.get("line").asLong() + " " + rejection.get("field").asText())
                .toList();
    }

    private void assertProblem(ResponseEntity<JsonNode> response, HttpStatus status, String field) {
        assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(status);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody().get("errors").get(0).get("field").asText()).isEqualTo(field);
    }

    private ResponseEntity<JsonNode> importCsv(String org, String csv) {
        return send(org, TEXT_CSV, csv.getBytes(StandardCharsets.UTF_8));
    }

    private ResponseEntity<JsonNode> send(String org, MediaType type, byte[] body) {
        HttpHeaders headers = Callers.rep(org);
        headers.setContentType(type);
        return http.exchange(ContactImportController.PATH, HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
    }

    private ResponseEntity<JsonNode> upload(String org, String fileName, MediaType partType, String content) {
        return http.exchange(ContactImportController.PATH, HttpMethod.POST,
                Uploads.multipart(Callers.rep(org), fileName, partType, content), JsonNode.class);
    }

    private String addContact(String org, String body) {
        ResponseEntity<JsonNode> created = http.exchange("/api/v1/contacts", HttpMethod.POST,
                new HttpEntity<>(body, Callers.rep(org)), JsonNode.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return created.getBody().get("contactId").asText();
    }

    private Contact contact(String id) {
        return mongo.findById(id, Contact.class);
    }

    private long countOf(String org) {
        return mongo.count(query(where(Contact.ORG).is(org)), Contact.class);
    }

    private static String uniqueOrg() {
        return "org-" + UUID.randomUUID();
    }
}
