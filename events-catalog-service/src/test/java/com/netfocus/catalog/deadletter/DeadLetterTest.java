package com.netfocus.catalog.deadletter;

import com.netfocus.infrastructure.testing.ManagementEndpoints;
import com.fasterxml.jackson.databind.JsonNode;
import com.netfocus.catalog.planneeds.PlanNeedsStore;
import com.netfocus.contracts.plan.PlanCreated;
import com.netfocus.contracts.plan.PlanEvent;
import com.netfocus.contracts.plan.PlanEventEnvelope;
import com.netfocus.contracts.plan.UnreadableEventException;
import com.netfocus.infrastructure.testing.Callers;
import com.netfocus.infrastructure.testing.PlanEventRecords;
import com.netfocus.infrastructure.testing.TestInfrastructure;
import com.netfocus.support.deadletter.DeadLetter;
import com.netfocus.support.deadletter.DeadLetterStore;
import com.netfocus.support.planevents.PollAwareProjection;
import com.netfocus.support.planevents.PolledEvent;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Records the consumer can never apply go to {@code dead_letters} with their reason, the records after them are
 * applied, an org's admin lists and replays them, and the metrics show the projections' lag.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability
class DeadLetterTest {

    @RegisterExtension
    static final TestInfrastructure infrastructure = new TestInfrastructure("catalog", "deadletters");
    private static final PlanEventRecords records = infrastructure.planEventRecords();
    private static final String PATH = "/api/v1/dead-letters/catalog";
    /** Plans whose events the test projection refuses for good, until the test "fixes" it by removing them. */
    private static final Set<String> REFUSED_PLANS = ConcurrentHashMap.newKeySet();
    /** Plans whose events the test projection applied. */
    private static final Set<String> APPLIED_PLANS = ConcurrentHashMap.newKeySet();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        infrastructure.register(registry);
    }

    /** A projection refusing some plans' events as a bug in a projection would: not transient, not retried. */
    @TestConfiguration
    static class RefusingProjection {
        @Bean
        @Order(0)
        PollAwareProjection<String> refusingProjection() {
            return new PollAwareProjection<>() {
                @Override
                protected Collection<String> keysOf(PlanEventEnvelope envelope, PlanEvent event) {
                    if (REFUSED_PLANS.contains(envelope.planId())) {
                        throw new UnreadableEventException("refused by the test projection: " + envelope.planId(),
                                null);
                    }
                    return List.of(envelope.planId());
                }

                @Override
                protected String read(String planId, List<PolledEvent> events) {
                    return planId;
                }

                @Override
                protected String apply(String planId, PlanEventEnvelope envelope, PlanEvent event) {
                    return planId;
                }

                @Override
                protected void write(String stored, String planId) {
                    APPLIED_PLANS.add(planId);
                }
            };
        }
    }

    @Autowired
    TestRestTemplate http;
    @Autowired
    PlanNeedsStore needs;
    @Autowired
    DeadLetterStore deadLetters;
    @Autowired
    MongoTemplate mongo;

    @Test
    void aPoisonRecordIsDeadLetteredTheRestAppliedAndItsAdminReplaysItOnceFixed() {
        String org = "org-" + UUID.randomUUID();
        String poisonedPlan = "plan-" + UUID.randomUUID();
        String refusedPlan = "plan-" + UUID.randomUUID();
        String laterPlan = "plan-" + UUID.randomUUID();
        REFUSED_PLANS.add(refusedPlan);

        records.sendRaw(poisonedPlan, "certainly not an envelope".getBytes(StandardCharsets.UTF_8));
        records.send(0, org, created(refusedPlan, org));
        records.send(0, org, created(laterPlan, org));

        // the records behind the poison ones are applied: the processor kept going
        await().atMost(Duration.ofSeconds(30)).until(() -> needs.find(laterPlan).isPresent()
                && APPLIED_PLANS.contains(laterPlan));
        assertThat(APPLIED_PLANS).doesNotContain(refusedPlan);
        // the other projections still got the refused record (one projection's refusal costs no other its event)
        assertThat(needs.find(refusedPlan)).isPresent();
        // the unreadable one is kept with its reason, but no tenant sees it: nobody can tell whose it is
        Document garbage = mongo.getCollection(DeadLetter.COLLECTION)
                .find(new Document("key", poisonedPlan)).first();
        assertThat(garbage).isNotNull();
        assertThat(garbage.getString("reason")).isNotBlank();
        assertThat(garbage.get("org")).isNull();
        assertThat(new String(Base64.getDecoder().decode(garbage.getString("value")), StandardCharsets.UTF_8))
                .isEqualTo("certainly not an envelope");

        JsonNode page = list(Callers.admin(org)).getBody();
        assertThat(page.get("total").asLong()).isEqualTo(1);
        JsonNode letter = page.get("items").get(0);
        assertThat(letter.get("key").asText()).isEqualTo(refusedPlan);
        assertThat(letter.get("reason").asText()).contains("refused by the test projection");
        assertThat(letter.get("consumerGroup").asText()).isNotBlank();
        assertThat(letter.get("firstSeenAt").asText()).isNotBlank();
        String id = letter.get("id").asText();
        assertThat(list(Callers.admin("another-" + org)).getBody().get("total").asLong()).isZero();
        assertThat(list(Callers.rep(org)).getStatusCode().value()).isEqualTo(403);
        assertThat(replay(Callers.admin("another-" + org), id).getStatusCode().value()).isEqualTo(404);

        // still broken: the replay fails cleanly and the dead letter stays, with the new attempt
        ResponseEntity<JsonNode> failed = replay(Callers.admin(org), id);
        assertThat(failed.getStatusCode().value()).isEqualTo(422);
        assertThat(deadLetters.find(id)).get().satisfies(kept -> {
            assertThat(kept.attempts()).isEqualTo(2);
            assertThat(kept.reason()).contains("refused by the test projection");
        });

        // fixed: the replay applies it and removes the dead letter
        REFUSED_PLANS.remove(refusedPlan);
        ResponseEntity<JsonNode> replayed = replay(Callers.admin(org), id);
        assertThat(replayed.getStatusCode().value()).isEqualTo(200);
        assertThat(replayed.getBody().get("replayed").asBoolean()).isTrue();
        assertThat(APPLIED_PLANS).contains(refusedPlan);
        assertThat(deadLetters.find(id)).isEmpty();
        assertThat(replay(Callers.admin(org), id).getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void recordingTheSameRecordAgainKeepsOneDeadLetter() {
        String topic = "topic-" + UUID.randomUUID();
        deadLetters.record(topic, 0, 7, "k", new byte[]{1, 2}, "org-x", "first", "group");
        deadLetters.record(topic, 0, 7, "k", new byte[]{1, 2}, "org-x", "second", "group");

        assertThat(mongo.getCollection(DeadLetter.COLLECTION).countDocuments(new Document("topic", topic))).isEqualTo(1);
        String id = mongo.getCollection(DeadLetter.COLLECTION).find(new Document("topic", topic)).first().getString("_id");
        assertThat(deadLetters.find(id)).get().satisfies(letter -> {
            assertThat(letter.offset()).isEqualTo(7);
            assertThat(letter.reason()).isEqualTo("second");
            assertThat(letter.attempts()).isEqualTo(2);
        });
    }

    @Test
    void onlyHealthIsOpenToAnyoneAndMetricsNeedTheManagementToken() {
        ManagementEndpoints.assertOnlyHealthIsOpen(http.getRootUri());
    }

    @Test
    void thePrometheusScrapeShowsEachProjectionsLag() {
        String org = "org-" + UUID.randomUUID();
        String planId = "plan-" + UUID.randomUUID();
        records.send(0, org, created(planId, org));
        await().atMost(Duration.ofSeconds(30)).until(() -> needs.find(planId).isPresent());

        // the lag is recorded once the poll's writes are made, a moment after the document is readable
        await().atMost(Duration.ofSeconds(30)).until(() -> ManagementEndpoints.scrape(http.getRootUri())
                .contains("projection=\"PlatformActivityProjection\""));
        String scrape = ManagementEndpoints.scrape(http.getRootUri());
        assertThat(scrape).contains("netfocus_projection_lag_seconds_count{")
                .contains("projection=\"PlanNeedsProjection\"")
                .contains("projection=\"PlatformActivityProjection\"");
    }

    private ResponseEntity<JsonNode> list(org.springframework.http.HttpHeaders caller) {
        return http.exchange(PATH, HttpMethod.GET, new HttpEntity<>(caller), JsonNode.class);
    }

    private ResponseEntity<JsonNode> replay(org.springframework.http.HttpHeaders caller, String id) {
        return http.exchange(PATH + "/" + id + "/replay", HttpMethod.POST, new HttpEntity<>(caller), JsonNode.class);
    }

    private static PlanCreated created(String planId, String org) {
        return new PlanCreated(planId, "Q2 logistics", LocalDate.parse("2031-04-01"), LocalDate.parse("2031-06-30"),
                40, "rep-1", org, "team-1");
    }
}
