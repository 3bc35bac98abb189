package com.netfocus.support.health;

import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** With no broker where the service expects one, health says Kafka is DOWN, within the configured bound. */
class KafkaHealthIndicatorTest {

    @Test
    void noBrokerIsDownWithinTheTimeout() throws IOException {
        int unused;
        try (ServerSocket socket = new ServerSocket(0)) {
            unused = socket.getLocalPort();
        }
        KafkaHealthIndicator indicator = new KafkaHealthIndicator(
                Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:" + unused), Duration.ofMillis(500));
        try {
            Instant asked = Instant.now();
            Health health = indicator.health();
            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(Duration.between(asked, Instant.now())).isLessThan(Duration.ofSeconds(5));
        } finally {
            indicator.destroy();
        }
    }
}
