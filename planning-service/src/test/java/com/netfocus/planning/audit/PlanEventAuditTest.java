package com.netfocus.planning.audit;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.netfocus.contracts.plan.ObjectiveDefined;
import com.netfocus.contracts.plan.PersonalDataErased;
import com.netfocus.contracts.plan.PlanCreated;
import com.netfocus.contracts.plan.PlanEventCodec;
import com.netfocus.contracts.plan.PlanEventEnvelope;
import com.netfocus.infrastructure.testing.SharedInfrastructure;
import com.netfocus.support.deadletter.DeadLetterStore;
import com.netfocus.support.planevents.PlanEventBatchListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * The plan-event projection of the trail through service-support's consumer, on the wire server: each event is an
 * entry under its plan's team, also an event caused without a team (an erasure the contact service requested) and
 * one arriving at a service that has just started (the team read back from the plan's document); a redelivered poll
 * adds nothing; an event without its org goes to the dead letters while the others of its poll are recorded.
 */
class PlanEventAuditTest {

    private static final Instant NOW = Instant.parse("2026-05-01T12:00:00Z");
    private static final AuditSettings SETTINGS = new AuditSettings(100, 1000, 100, 200, "plan-event-audit-test");
    private static MongoClient client;
    private static MongoTemplate mongo;

    private final String org = "org-" + UUID.randomUUID().toString().substring(0, 8);
    private final String planId = UUID.randomUUID().toString();
    private final AuditTrail trail = new AuditTrail(mongo, SETTINGS, Clock.fixed(NOW, ZoneOffset.UTC));
    private final DeadLetterStore deadLetters = new DeadLetterStore(mongo, Clock.systemUTC());

    @BeforeAll
    static void connect() {
        client = MongoClients.create(SharedInfrastructure.mongoUri());
        mongo = new MongoTemplate(client, "plan-event-audit-" + UUID.randomUUID());
    }

    @AfterAll
    static void disconnect() {
        client.close();
    }

    @Test
    void every_event_is_an_entry_under_its_plans_team_once() {
        PlanEventEnvelope created = envelope(0, "north", new PlanCreated(planId, "t", LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 9, 1), 20, "rep-1", org, "north"));
        PlanEventEnvelope objective = envelope(1, "north", new ObjectiveDefined(planId, "o-1", "s", "o", "m", 3,
                LocalDate.of(2026, 8, 1), null));
        consumer().onMessage(records(created, objective));
        consumer().onMessage(records(created, objective));

        // a service that has just started: the plan's team is read back; the erasure names no team of its own
        consumer().onMessage(records(objective, envelope(2, "", new PersonalDataErased(planId, "c-1", NOW))));

        assertThat(entries()).extracting(AuditEntry::type, AuditEntry::team, AuditEntry::sequence)
                .containsExactly(tuple("PlanCreated", "north", 0L), tuple("ObjectiveDefined", "north", 1L),
                        tuple("PersonalDataErased", "north", 2L));
    }

    @Test
    void an_event_without_its_org_goes_to_the_dead_letters_and_the_rest_of_its_poll_is_recorded() {
        PlanEventEnvelope created = envelope(0, "north", new PlanCreated(planId, "t", LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 9, 1), 20, "rep-1", org, "north"));
        String otherPlan = UUID.randomUUID().toString();
        PlanEventEnvelope orgless = new PlanEventEnvelope("e-orgless", otherPlan, 0, "PlanCreated", NOW, "rep-1",
                null, "north", "corr", PlanEventCodec.mapper().valueToTree(new PlanCreated(otherPlan, "t",
                LocalDate.of(2026, 5, 1), LocalDate.of(2026, 9, 1), 20, "rep-1", org, "north")));

        consumer().onMessage(records(orgless, created));

        assertThat(entries()).extracting(AuditEntry::planId).containsExactly(planId);
        assertThat(mongo.getCollection("dead_letters").countDocuments(new org.bson.Document("key", otherPlan)))
                .isEqualTo(1);
    }

    /** The consumer as a starting service has it: a new projection on the stored trail. */
    private PlanEventBatchListener consumer() {
        return new PlanEventBatchListener(List.of(new PlanEventAudit(new AuditPlans(mongo), trail)), deadLetters,
                "planning-test");
    }

    private List<AuditEntry> entries() {
        List<AuditEntry> found = new ArrayList<>();
        trail.walk(new AuditQuery(org, null, null, null, null, null), null, found::add);
        return found;
    }

    private PlanEventEnvelope envelope(long sequence, String team, com.netfocus.contracts.plan.PlanEvent event) {
        return PlanEventCodec.envelope("event-" + planId + "-" + sequence, sequence, NOW.plusSeconds(sequence),
                "rep-1", org, team, "corr-" + sequence, event);
    }

    private static List<ConsumerRecord<String, byte[]>> records(PlanEventEnvelope... envelopes) {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        for (PlanEventEnvelope envelope : envelopes) {
            records.add(new ConsumerRecord<>("plan-events", 0, records.size(), envelope.planId(),
                    PlanEventCodec.encode(envelope)));
        }
        return records;
    }
}
