package com.netfocus.planning.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.netfocus.contracts.catalog.PlatformListed;
import com.netfocus.contracts.contact.ContactRegistered;
import com.netfocus.contracts.plan.PlanEventCodec;
import com.netfocus.planning.support.Api;
import com.netfocus.planning.support.ContactEvents;
import com.netfocus.planning.support.PlanFlow;
import com.netfocus.planning.support.ServiceApiTest;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The org audit trail through the real broker and wire server: plans of two teams and a contact and a platform of the
 * org, each change recorded by the trail's consumers; an admin reads them in time order, page by page and as CSV and
 * JSON Lines exports with the same rows; other roles are refused and another org sees nothing.
 */
class AuditApiTest extends ServiceApiTest {

    private static final String AUDIT = "/api/v1/audit";

    @Test
    void an_admin_reads_every_change_of_the_org_in_time_order_and_exports_the_same_rows() throws IOException {
        Api admin = api.as("adm-1", org).withRoles("ADMIN");
        Api southRep = new Api(port, "rep-2", org, "south");
        // the test flow lists its platforms as listed when it started: the range begins there (the org is this test's)
        Instant before = PlanFlow.STARTED;
        String north = PlanFlow.createPlan(api);
        PlanFlow.objective(api, north);
        String south = PlanFlow.createPlan(southRep);
        PlanFlow.target(southRep, south, PlanFlow.objective(southRep, south));
        String contactId = UUID.randomUUID().toString();
        ContactEvents.send(names.contactEvents(), contactId, PlanEventCodec.mapper().writeValueAsString(
                new ContactRegistered(contactId, org, "rep-2", Instant.now().truncatedTo(ChronoUnit.MILLIS))));
        String platformId = PlanFlow.listPlatform(names.catalogEvents(), org);

        JsonNode items = await().atMost(Duration.ofSeconds(60)).until(
                () -> admin.get(AUDIT + "?from=" + before + "&limit=1000").body().path("items"), found -> found.size() == 7);

        List<String> rows = new ArrayList<>();
        Instant previous = Instant.MIN;
        for (JsonNode item : items) {
            Instant occurredAt = Instant.parse(item.path("occurredAt").asText());
            assertThat(occurredAt).isAfterOrEqualTo(previous);
            previous = occurredAt;
            assertThat(item.path("org").asText()).isEqualTo(org);
            rows.add(String.join(",", item.path("occurredAt").asText(), item.path("team").asText(""),
                    item.path("actor").asText(""), item.path("type").asText(), item.path("planId").asText(""),
                    item.path("sequence").asText(""), item.path("contactId").asText(""),
                    item.path("platformId").asText(""), item.path("correlationId").asText("")));
        }
        assertThat(rows).anyMatch(row -> row.contains(",north,rep-1,PlanCreated," + north + ",0,"))
                .anyMatch(row -> row.contains(",north,rep-1,ObjectiveDefined," + north + ",1,"))
                .anyMatch(row -> row.contains(",south,rep-2,PlanCreated," + south + ",0,"))
                .anyMatch(row -> row.contains(",south,rep-2,TargetIdentified," + south + ",2,"))
                .anyMatch(row -> row.contains(",,rep-2,ContactRegistered,,," + contactId + ",,"))
                .anyMatch(row -> row.contains(",,admin-1,PlatformListed,,,," + platformId + ","));
        assertThat(items.get(0).path("correlationId").asText()).isNotBlank();

        // the CSV export of the same range: the same rows, in the same order
        Api.TextResponse csv = admin.getText(AUDIT + "?format=csv&from=" + before);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        List<String> csvRows = new ArrayList<>();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.body()))) {
            assertThat(parser.getHeaderNames()).containsExactly("occurredAt", "org", "team", "actor", "type",
                    "planId", "sequence", "contactId", "platformId", "correlationId");
            for (CSVRecord record : parser) {
                assertThat(record.get("org")).isEqualTo(org);
                csvRows.add(String.join(",", record.get("occurredAt"), record.get("team"), record.get("actor"),
                        record.get("type"), record.get("planId"), record.get("sequence"), record.get("contactId"),
                        record.get("platformId"), record.get("correlationId")));
            }
        }
        assertThat(csvRows).containsExactlyElementsOf(rows);
        Api.TextResponse csvByAccept = admin.getText(AUDIT + "?from=" + before, "text/csv");
        assertThat(csvByAccept.contentType()).startsWith("text/csv");
        assertThat(csvByAccept.body()).isEqualTo(csv.body());

        // JSON Lines, asked for by Accept or by format: one entry per line, as the page shows it
        for (Api.TextResponse lines : List.of(admin.getText(AUDIT + "?from=" + before, "application/x-ndjson"),
                admin.getText(AUDIT + "?format=jsonl&from=" + before))) {
            assertThat(lines.status()).isEqualTo(200);
            assertThat(lines.contentType()).startsWith("application/x-ndjson");
            List<JsonNode> parsed = new ArrayList<>();
            for (String line : lines.body().split("\n")) {
                parsed.add(PlanEventCodec.mapper().readTree(line));
            }
            assertThat(parsed).containsExactlyElementsOf(items::elements);
        }

        // a team's changes, a type of change, pages of two followed to the end
        assertThat(admin.get(AUDIT + "?team=south&from=" + before).body().path("items"))
                .allMatch(item -> item.path("team").asText().equals("south")).hasSize(3);
        assertThat(admin.get(AUDIT + "?type=PlanCreated&from=" + before).body().path("items")).hasSize(2);
        List<JsonNode> paged = new ArrayList<>();
        String next = AUDIT + "?from=" + before + "&limit=2";
        while (next != null) {
            Api.Response page = admin.get(next);
            page.body().path("items").forEach(paged::add);
            String link = page.header("Link");
            next = link == null ? null : link.substring(1, link.indexOf('>'));
            assertThat(link == null).isEqualTo(page.body().path("next").isNull());
        }
        assertThat(paged).containsExactlyElementsOf(items::elements);
    }

    @Test
    void only_the_orgs_admins_read_its_trail_and_another_org_sees_none_of_it() {
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String planId = PlanFlow.createPlan(api);
        Api admin = api.as("adm-1", org).withRoles("ADMIN");
        await().atMost(Duration.ofSeconds(60)).until(() -> admin.get(AUDIT + "?from=" + before).body()
                .path("items").size() == 1);

        for (Api refused : List.of(api, api.withRoles("MANAGER"), api.withRoles("REP,MANAGER"))) {
            assertProblem(refused.get(AUDIT), 403);
            assertThat(refused.getText(AUDIT + "?format=csv").status()).isEqualTo(403);
            assertThat(refused.getText(AUDIT, "application/x-ndjson").status()).isEqualTo(403);
        }
        Api otherAdmin = api.as("adm-1", "other-" + org).withRoles("ADMIN");
        assertThat(otherAdmin.get(AUDIT).body().path("items")).isEmpty();
        assertThat(otherAdmin.getText(AUDIT + "?format=csv").body()).doesNotContain(planId).hasLineCount(1);
    }

    @Test
    void bad_parameters_are_refused_naming_each_one() {
        Api admin = api.as("adm-1", org).withRoles("ADMIN");

        assertProblem(admin.get(AUDIT + "?from=yesterday&to=2026-13-01&limit=0&type=Nothing&cursor=xyz"), 422,
                "from", "to", "limit", "type");
        assertProblem(admin.get(AUDIT + "?from=2026-03-02&to=2026-03-01"), 422, "to");
        assertProblem(admin.get(AUDIT + "?cursor=bm90LWEtY3Vyc29y"), 422, "cursor");
        assertProblem(admin.get(AUDIT + "?format=xml"), 422, "format");
        assertProblem(admin.get(AUDIT + "?limit=1001"), 422, "limit");
        assertThat(admin.getText(AUDIT, "application/xml").status()).as("a form it is not given in").isEqualTo(406);
        assertThat(admin.get(AUDIT + "?from=2026-03-01&to=2026-03-02T00:00:00Z").status()).isEqualTo(200);
    }
}
