package com.netfocus.planning.audit;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.netfocus.contracts.plan.ObjectiveDefined;
import com.netfocus.contracts.plan.PersonalDataErased;
import com.netfocus.contracts.plan.PlanCreated;
import com.netfocus.contracts.plan.PlanEvent;
import com.netfocus.contracts.plan.PlanEventCodec;
import com.netfocus.contracts.plan.PlanEventEnvelope;
import com.netfocus.contracts.plan.UnreadableEventException;
import com.netfocus.infrastructure.testing.SharedInfrastructure;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * The plan-event projection of the trail on the wire server: a poll's events are recorded at its end, each under its
 * plan's team, also an event caused without a team (an erasure the contact service requested) and one of a later poll
 * of a service that has just started (the team read back from the store); a poll that failed records nothing, and
 * a redelivered poll adds nothing.
 */
class PlanEventAuditTest {

    private static final Instant NOW = Instant.parse("2026-05-01T12:00:00Z");
    private static MongoClient client;
    private static MongoTemplate mongo;

    private final String org = "org-" + UUID.randomUUID().toString().substring(0, 8);
    private final String planId = UUID.randomUUID().toString();

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
    void every_event_is_recorded_at_the_polls_end_under_its_plans_team() {
        AuditSettings settings = new AuditSettings(100, 1000, 100, 5000);
        AuditTrail trail = new AuditTrail(mongo, settings, Clock.fixed(NOW, ZoneOffset.UTC));
        PlanEventAudit audit = new PlanEventAudit(trail, new PlanTeams(mongo, settings));
        audit.pollStarted();
        apply(audit, 0, "north", new PlanCreated(planId, "t", LocalDate.of(2026, 5, 1), LocalDate.of(2026, 9, 1), 20,
                "rep-1", org, "north"));
        PlanEvent objective = new ObjectiveDefined(planId, "o-1", "s", "o", "m", 3, LocalDate.of(2026, 8, 1), null);
        apply(audit, 1, "north", objective);
        assertThat(entries(trail)).isEmpty();
        assertThat(audit.holdsBackWrites()).isTrue();
        audit.pollApplied();
        assertThat(entries(trail)).extracting(AuditEntry::team).containsExactly("north", "north");

        // a later start of the service: the team is read back; the erasure itself names no team
        PlanEventAudit restarted = new PlanEventAudit(trail, new PlanTeams(mongo, settings));
        restarted.pollStarted();
        apply(restarted, 2, "", new PersonalDataErased(planId, "c-1", NOW));
        restarted.pollAbandoned();
        assertThat(entries(trail)).hasSize(2);
        restarted.pollStarted();
        apply(restarted, 2, "", new PersonalDataErased(planId, "c-1", NOW));
        apply(restarted, 1, "north", objective);
        restarted.pollApplied();

        assertThat(entries(trail)).extracting(AuditEntry::type, AuditEntry::team, AuditEntry::sequence)
                .containsExactly(tuple("PlanCreated", "north", 0L),
                        tuple("ObjectiveDefined", "north", 1L),
                        tuple("PersonalDataErased", "north", 2L));
    }

    @Test
    void an_event_without_its_org_cannot_be_audited_and_is_refused_for_the_dead_letters() {
        PlanEventAudit audit = new PlanEventAudit(new AuditTrail(mongo, new AuditSettings(100, 1000, 100, 5000),
                Clock.systemUTC()), new PlanTeams(mongo, new AuditSettings(100, 1000, 100, 5000)));
        PlanEventEnvelope orgless = new PlanEventEnvelope("e-1", planId, 0, "PlanCreated", NOW, "rep-1", null,
                "north", "corr", PlanEventCodec.mapper().createObjectNode());

        assertThatThrownBy(() -> audit.apply(orgless, null)).isInstanceOf(UnreadableEventException.class);
    }

    private List<AuditEntry> entries(AuditTrail trail) {
        List<AuditEntry> found = new ArrayList<>();
        trail.walk(new AuditQuery(org, null, null, null, null, null), null, found::add);
        return found;
    }

    /** Applies the event as the consumer hands it over: its envelope (with the caller's team) and the event. */
    private void apply(PlanEventAudit audit, long sequence, String team, PlanEvent event) {
        audit.apply(PlanEventCodec.envelope("event-" + sequence, sequence, NOW.plusSeconds(sequence), "rep-1", org,
                team, "corr-" + sequence, event), event);
    }
}
