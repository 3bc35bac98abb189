package com.netfocus.endtoend.faults;

import com.netfocus.infrastructure.mongo.EmbeddedMongoServer;
import com.netfocus.infrastructure.stack.GatewayClient.Answer;
import com.netfocus.reconciliation.Reconciliation;
import com.netfocus.reconciliation.ReconciliationSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The MongoDB server stopped under a stream of commands and started again: while it is away, commands and reads
 * answer 503 problem+json with Retry-After (never 500, never a hang), health says which dependency is DOWN; after
 * it, normal service; every accepted command stored exactly once, nothing of a refused one.
 */
@ExtendWith(FaultStack.class)
class DatabaseOutageIT {

    private static final Duration PACE = Duration.ofMillis(150);
    /** Server selection (3 s) plus the gateway hop, with room for a loaded machine. */
    private static final Duration ANSWER_BOUND = Duration.ofSeconds(12);

    @Test
    void while_the_database_is_away_every_request_is_answered_503_and_after_it_nothing_is_half_written() {
        EmbeddedMongoServer mongo = FaultStack.stack().embeddedMongo();
        String planningUrl = FaultStack.stack().service("planning-service").url();
        ReconciliationSettings settings = ReconciliationSettings.of(FaultStack.stack().mongoUri(),
                FaultStack.stack().kafkaBootstrapServers());
        FaultStack.assertReconciled();
        long eventsBefore = Reconciliation.run(settings).events();
        PlanWork reader = new PlanWork(FaultStack.client(), "db-outage-reader");
        String readPlan = reader.ready().planId();
        List<Answer> readsDuringOutage = new ArrayList<>();

        CommandStream stream = new CommandStream(new PlanWork(FaultStack.client(), "db-outage-rep"), PACE, "db");
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> stream.answered(201) >= 5);
            mongo.stop();
            try {
                await().atMost(Duration.ofSeconds(45)).until(() -> stream.answered(503) >= 3);
                readsDuringOutage.add(reader.plan(readPlan));
                // a read that must reach the database (contact-service lists from MongoDB) is refused the same way
                Answer contacts = reader.contacts();
                assertThat(contacts.status()).isEqualTo(503);
                assertThat(contacts.header("Content-Type")).startsWith("application/problem+json");
                assertThat(contacts.header("Retry-After")).isNotBlank();
                Answer command = reader.defineObjective(readPlan);
                assertThat(command.status()).isEqualTo(503);
                assertThat(command.header("Content-Type")).startsWith("application/problem+json");
                assertThat(command.header("Retry-After")).isNotBlank();
                assertThat(command.body().get("status").asInt()).isEqualTo(503);
                await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                    Health.Status health = Health.of(planningUrl, "mongo");
                    assertThat(health.overall()).isEqualTo("DOWN");
                    assertThat(health.component()).isEqualTo("DOWN");
                });
                assertThat(Health.of(planningUrl, "kafka").component()).isEqualTo("UP");
            } finally {
                mongo.start();
            }
            int atReturn = stream.answered(201);
            await().atMost(Duration.ofSeconds(60)).until(() -> stream.answered(201) >= atReturn + 5);
        } finally {
            stream.close();
        }

        assertThat(readsDuringOutage).allSatisfy(read -> assertThat(read.status()).isIn(200, 503));
        assertThat(stream.statuses()).as("only accepted or 503, every one answered").containsOnlyKeys(201, 503);
        assertThat(stream.longest()).isLessThan(ANSWER_BOUND);
        assertThat(Health.of(planningUrl, "mongo").component()).isEqualTo("UP");
        reader.defineObjective(readPlan).expect(201);
        FaultStack.assertReconciled();
        // one event per accepted command (the reader's plan took 3, then 1 more), none for a refused one
        assertThat(Reconciliation.run(settings).events()).isEqualTo(eventsBefore + stream.answered(201) + 4);
    }
}
