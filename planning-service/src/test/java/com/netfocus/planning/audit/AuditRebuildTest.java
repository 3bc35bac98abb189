package com.netfocus.planning.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.netfocus.contracts.contact.ContactRegistered;
import com.netfocus.contracts.plan.PlanEventCodec;
import com.netfocus.contracts.plan.PlanEventEnvelope;
import com.netfocus.infrastructure.testing.PlanEventRecords;
import com.netfocus.infrastructure.testing.SharedInfrastructure;
import com.netfocus.infrastructure.testing.TestIdentity;
import com.netfocus.planning.PlanningApplication;
import com.netfocus.planning.support.Api;
import com.netfocus.planning.support.ContactEvents;
import com.netfocus.planning.support.PlanFlow;
import com.netfocus.planning.support.ServiceApiTest;
import com.netfocus.planning.support.TopicReader;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The audit trail is a projection that can be rebuilt: after plans of two teams, contacts and a platform were recorded
 * live (and some plan events delivered twice), a second planning service on an empty database, in new consumer
 * groups, replays the topics from their first record, and its trail of the org is the live one, entry for entry.
 */
class AuditRebuildTest extends ServiceApiTest {

    private static final Duration WAIT = Duration.ofSeconds(90);

    @Test
    void a_replay_from_offset_zero_gives_the_live_trail() throws Exception {
        Api southRep = new Api(port, "rep-2", org, "south");
        List<String> plans = new ArrayList<>();
        for (Api rep : List.of(api, southRep, api)) {
            String planId = PlanFlow.createPlan(rep);
            PlanFlow.target(rep, planId, PlanFlow.objective(rep, planId));
            plans.add(planId);
        }
        for (int i = 0; i < 3; i++) {
            String contactId = UUID.randomUUID().toString();
            ContactEvents.send(names.contactEvents(), contactId, PlanEventCodec.mapper().writeValueAsString(
                    new ContactRegistered(contactId, org, "rep-" + i, Instant.now().truncatedTo(ChronoUnit.MILLIS))));
        }
        PlanFlow.listPlatform(names.catalogEvents(), org);
        redeliver(plans.get(1));
        int expected = plans.size() * 3 + 3 + 1;

        JsonNode live = trail(port, expected);
        ConfigurableApplicationContext rebuilt = rebuildingService();
        try {
            int rebuiltPort = Integer.parseInt(rebuilt.getEnvironment().getProperty("local.server.port"));
            assertThat(trail(rebuiltPort, expected)).isEqualTo(live);
        } finally {
            rebuilt.close();
        }
    }

    /** Sends the plan's events to the topic again, as a publisher re-sending after a lost acknowledgement would. */
    private void redeliver(String planId) {
        try (TopicReader topic = new TopicReader(names.planEvents())) {
            List<PlanEventEnvelope> sent = await().atMost(WAIT).until(() -> topic.of(planId), found -> found.size() == 3);
            try (PlanEventRecords records = new PlanEventRecords(names.planEvents())) {
                sent.forEach(envelope -> records.sendRaw(planId, PlanEventCodec.encode(envelope)));
            }
        }
    }

    /** The org's whole trail as its admin reads it from the service on {@code servicePort}, once it holds them all. */
    private JsonNode trail(int servicePort, int entries) {
        Api admin = new Api(servicePort, "adm-1", org, "hq").withRoles("ADMIN");
        return await().atMost(WAIT).until(() -> admin.get("/api/v1/audit?limit=1000").body().path("items"),
                items -> items.size() == entries);
    }

    /** The same service on an empty database, in new consumer groups, on the same topics. */
    private static ConfigurableApplicationContext rebuildingService() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        return new SpringApplicationBuilder(PlanningApplication.class).run(
                "--server.port=0",
                "--spring.data.mongodb.uri=" + SharedInfrastructure.mongoUri(),
                "--spring.data.mongodb.database=planning-rebuild-" + run,
                "--spring.kafka.bootstrap-servers=" + SharedInfrastructure.kafkaBootstrapServers(),
                "--spring.kafka.consumer.group-id=planning-rebuild-" + run,
                "--netfocus.topics.plan-events=" + names.planEvents(),
                "--netfocus.topics.catalog-events=" + names.catalogEvents(),
                "--netfocus.topics.contact-events=" + names.contactEvents(),
                "--netfocus.identity.secret=" + TestIdentity.SECRET,
                "--netfocus.management.token=" + TestIdentity.MANAGEMENT_TOKEN);
    }
}
