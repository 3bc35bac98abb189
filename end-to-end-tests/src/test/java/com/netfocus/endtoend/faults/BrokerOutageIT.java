package com.netfocus.endtoend.faults;

import com.netfocus.infrastructure.kafka.EmbeddedKafkaBroker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Kafka taken away for 30 s in the middle of a stream of commands through the gateway, then brought back: commands
 * are accepted all along, health names Kafka as DOWN meanwhile, and afterwards every event is in every projection
 * exactly once.
 */
@ExtendWith(FaultStack.class)
class BrokerOutageIT {

    private static final Duration OUTAGE = Duration.ofSeconds(30);
    private static final Duration PACE = Duration.ofMillis(150);

    @Test
    void every_event_stored_while_the_broker_was_away_reaches_every_projection_once() {
        EmbeddedKafkaBroker broker = FaultStack.stack().embeddedKafka();
        try (CommandStream stream = new CommandStream(new PlanWork(FaultStack.client(), "broker-outage-rep"), PACE,
                "broker-outage")) {
            await().atMost(Duration.ofSeconds(30)).until(() -> stream.answered(201) >= 5);
            Instant stopped = Instant.now();
            broker.stop();
            int acceptedBefore = stream.answered(201);
            try {
                String catalogUrl = FaultStack.stack().service("events-catalog-service").url();
                await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                    Health.Status health = Health.of(catalogUrl, "kafka");
                    assertThat(health.overall()).isEqualTo("DOWN");
                    assertThat(health.component()).isEqualTo("DOWN");
                });
                assertThat(Health.of(catalogUrl, "mongo").component()).isEqualTo("UP");
                // the outage itself is the condition: commands keep being accepted all along it
                await().atMost(OUTAGE.plusSeconds(15)).pollInterval(Duration.ofSeconds(1)).until(() ->
                        Duration.between(stopped, Instant.now()).compareTo(OUTAGE) >= 0);
            } finally {
                broker.start();
            }
            assertThat(stream.answered(201)).as("commands accepted while the broker was away")
                    .isGreaterThan(acceptedBefore + 10);
            int acceptedAtRestart = stream.answered(201);
            await().atMost(Duration.ofSeconds(30)).until(() -> stream.answered(201) >= acceptedAtRestart + 5);
            stream.close();
            // the command path never waits for Kafka: every command was accepted
            assertThat(stream.statuses()).containsOnlyKeys(201);
        }
        FaultStack.assertReconciled();
    }
}
