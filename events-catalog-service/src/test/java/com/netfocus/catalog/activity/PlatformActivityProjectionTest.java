package com.netfocus.catalog.activity;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoDatabase;
import com.netfocus.catalog.planneeds.PlanNeeds;
import com.netfocus.catalog.testing.PlatformJson;
import com.netfocus.contracts.plan.EventAttended;
import com.netfocus.contracts.plan.ObjectiveDefined;
import com.netfocus.contracts.plan.PersonMet;
import com.netfocus.contracts.plan.PlanCreated;
import com.netfocus.contracts.plan.PlatformChosen;
import com.netfocus.contracts.plan.TargetIdentified;
import com.netfocus.infrastructure.testing.Callers;
import com.netfocus.infrastructure.testing.PlanEventRecords;
import com.netfocus.infrastructure.testing.TestInfrastructure;
import com.netfocus.reconciliation.CatalogProjections;
import com.netfocus.reconciliation.PlanProjection;
import com.netfocus.reconciliation.PlatformCounts;
import com.netfocus.reconciliation.ProjectionReader;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
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
 * Plan events produced to the real broker reach the per-platform activity: counted once however often they
 * are delivered, unreadable records skipped without blocking what follows.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlatformActivityProjectionTest {

    @RegisterExtension
    static final TestInfrastructure infrastructure = new TestInfrastructure("catalog", "activity");
    private static final PlanEventRecords records = infrastructure.planEventRecords();
    private static final Instant PROGRAM_START = Instant.parse("2031-05-01T16:00:00Z");
    private static final Duration WAIT = Duration.ofSeconds(30);

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        infrastructure.register(registry);
    }

    @Autowired
    TestRestTemplate http;
    @Autowired
    MongoTemplate mongo;

    @Test
    void choicesAttendancesAndPeopleMetAreCountedPerPlatform() {
        String org = uniqueOrg();
        String platformId = addPlatform(org, "Chamber lunch");
        String planId = uniquePlan();

        records.send(0, org, created(planId, org));
        records.send(1, org, chosen(planId, platformId));
        records.send(2, org, attended(planId, platformId, 3));

        awaitActivity(org, platformId, new ActivityCounts(1, 1, 3));
    }

    @Test
    void redeliveredAndOutdatedRecordsChangeNothing() {
        String org = uniqueOrg();
        String platformId = addPlatform(org, "Trade fair");
        String otherPlatformId = addPlatform(org, "Seminar");
        String planId = uniquePlan();
        records.send(0, org, created(planId, org));
        records.send(1, org, chosen(planId, platformId));
        records.send(2, org, attended(planId, platformId, 2));
        awaitActivity(org, platformId, new ActivityCounts(1, 1, 2));

        // The same records again, as after a rebalance, and an older sequence naming the platform.
        records.send(1, org, chosen(planId, platformId));
        records.send(2, org, attended(planId, platformId, 2));
        records.send(0, org, chosen(planId, platformId));
        // Same key, so same partition: once this later event shows, the duplicates before it were handled.
        records.send(3, org, chosen(planId, otherPlatformId));
        awaitActivity(org, otherPlatformId, new ActivityCounts(1, 0, 0));

        assertThat(activityOf(org, platformId)).isEqualTo(new ActivityCounts(1, 1, 2));
    }

    @Test
    void eachPlanCountsOnItsOwnSequence() {
        String org = uniqueOrg();
        String platformId = addPlatform(org, "Association dinner");
        String firstPlan = uniquePlan();
        String secondPlan = uniquePlan();

        records.send(1, org, chosen(firstPlan, platformId));
        records.send(1, org, chosen(secondPlan, platformId));
        records.send(2, org, attended(secondPlan, platformId, 1));

        awaitActivity(org, platformId, new ActivityCounts(2, 1, 1));
    }

    @Test
    void unreadableRecordsAreSkippedAndTheRecordsAfterThemApplied() {
        String org = uniqueOrg();
        String platformId = addPlatform(org, "Meetup");
        String planId = uniquePlan();

        records.sendRaw(planId, "certainly not an envelope".getBytes(StandardCharsets.UTF_8));
        records.sendRaw(planId, "{\"eventId\":\"e1\",\"type\":\"PlatformChosen\"}".getBytes(StandardCharsets.UTF_8));
        records.sendRaw(planId, "{\"eventId\":\"e2\",\"planId\":\"%s\",\"sequence\":1,\"type\":\"PlatformChosen\",\"payload\":{\"targetIds\":42}}"
                .formatted(planId).getBytes(StandardCharsets.UTF_8));
        records.sendRaw(planId, null);
        records.send(2, org, chosen(planId, platformId));

        awaitActivity(org, platformId, new ActivityCounts(1, 0, 0));
    }

    @Test
    void eventsForUnknownPlatformsOrOtherOrgsPlatformsAreNotCountedAndDoNotBlock() {
        String org = uniqueOrg();
        String otherOrg = uniqueOrg();
        String platformId = addPlatform(org, "Conference");
        String otherOrgsPlatformId = addPlatform(otherOrg, "Other org's conference");
        String planId = uniquePlan();

        records.send(0, org, new ObjectiveDefined(planId, "objective-1", "Meet 3 logistics buyers", "two deals",
                "buyers met", 3, LocalDate.parse("2031-06-30"), null));
        records.send(1, org, chosen(planId, "no-such-platform"));
        records.send(2, org, chosen(planId, otherOrgsPlatformId));
        records.send(3, org, chosen(planId, platformId));

        awaitActivity(org, platformId, new ActivityCounts(1, 0, 0));
        assertThat(activityOf(otherOrg, otherOrgsPlatformId)).isEqualTo(ActivityCounts.NONE);
    }

    /**
     * The reconciliation (./reconcile.sh) reads these projections by the names {@link CatalogProjections} declares: a
     * plan's events read back through the reconciliation's own reader as applied. A renamed collection or field
     * fails here, not in a report.
     */
    @Test
    void theReconciliationReadsThePlanNeedsAndThePlatformActivityAsWritten() {
        String org = uniqueOrg();
        String platformId = addPlatform(org, "Logistics summit");
        String planId = uniquePlan();
        records.send(0, org, created(planId, org));
        records.send(1, org, new TargetIdentified(planId, "target-1", "objective-1", "contact-1", null, 1, "buys"));
        records.send(2, org, chosen(planId, platformId));
        records.send(3, org, attended(planId, platformId, 2));
        awaitActivity(org, platformId, new ActivityCounts(1, 1, 2));
        MongoDatabase database = mongo.getDb();
        await().atMost(WAIT).until(() -> database.getCollection(PlanNeeds.COLLECTION)
                .find(new Document("_id", planId)).first(), needs -> needs != null
                && needs.get(PlanNeeds.APPLIED_SEQUENCE) instanceof Number applied && applied.longValue() == 3);

        assertThat(document(database, CatalogProjections.PLAN_NEEDS, planId))
                .containsKeys(CatalogProjections.PLAN_NEEDS_FIELDS.toArray(String[]::new));
        assertThat(document(database, CatalogProjections.PLATFORM_ACTIVITY, platformId))
                .containsKeys(CatalogProjections.PLATFORM_ACTIVITY_FIELDS.toArray(String[]::new));
        assertThat(ProjectionReader.planNeeds(database)).containsEntry(planId, new PlanProjection(planId, 3, 1, 1));
        assertThat(ProjectionReader.platformActivity(database)).containsEntry(platformId, new PlatformCounts(1, 1, 2));
    }

    private static Document document(MongoDatabase database, String collection, String id) {
        Document document = database.getCollection(collection).find(new Document("_id", id)).first();
        assertThat(document).as(collection + " " + id).isNotNull();
        return document;
    }

    private void awaitActivity(String org, String platformId, ActivityCounts expected) {
        await().atMost(WAIT).untilAsserted(() -> assertThat(activityOf(org, platformId)).isEqualTo(expected));
    }

    private ActivityCounts activityOf(String org, String platformId) {
        ResponseEntity<JsonNode> response = http.exchange("/api/v1/platforms/" + platformId, HttpMethod.GET,
                new HttpEntity<>(Callers.rep(org)), JsonNode.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode activity = response.getBody().get("activity");
        return new ActivityCounts(activity.get("timesChosen").asLong(), activity.get("attendances").asLong(),
                activity.get("peopleMet").asLong());
    }

    private String addPlatform(String org, String name) {
        ResponseEntity<JsonNode> created = http.exchange("/api/v1/platforms", HttpMethod.POST,
                new HttpEntity<>(PlatformJson.valid(name, "CONFERENCE", PROGRAM_START).toString(), Callers.admin(org)),
                JsonNode.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return created.getBody().get("platformId").asText();
    }

    private static PlanCreated created(String planId, String org) {
        return new PlanCreated(planId, "Q2 logistics", LocalDate.parse("2031-04-01"), LocalDate.parse("2031-06-30"),
                40, "rep-1", org, "team-1");
    }

    private static PlatformChosen chosen(String planId, String platformId) {
        return new PlatformChosen(planId, platformId, "a platform", List.of("target-1"), PROGRAM_START,
                PROGRAM_START.plus(Duration.ofHours(2)), 30, 30, 3);
    }

    private static EventAttended attended(String planId, String platformId, int people) {
        List<PersonMet> met = java.util.stream.IntStream.range(0, people)
                .mapToObj(i -> new PersonMet(null, "Person " + i, "Acme", "Purchasing", "Director", "Logistics",
                        "p" + i + "@acme.example", "target-1"))
                .toList();
        return new EventAttended(planId, platformId, PROGRAM_START.minus(Duration.ofMinutes(30)),
                PROGRAM_START.plus(Duration.ofHours(3)), 30, 60, 3.5, met, List.of(), "good evening");
    }

    private static String uniqueOrg() {
        return "org-" + UUID.randomUUID();
    }

    private static String uniquePlan() {
        return UUID.randomUUID().toString();
    }
}
