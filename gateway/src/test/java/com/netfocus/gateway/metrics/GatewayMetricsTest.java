package com.netfocus.gateway.metrics;

import com.netfocus.gateway.testing.LocalGatewayTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;

import static org.assertj.core.api.Assertions.assertThat;

/** The gateway serves its metrics to a Prometheus scraper without a token, including the requests it answered. */
@AutoConfigureObservability
class GatewayMetricsTest extends LocalGatewayTest {

    @Test
    void thePrometheusScrapeCountsTheRequestsServed() {
        client.get().uri("/api/v1/plans/plan-1").headers(h -> h.setBearerAuth(repToken())).exchange();

        String scrape = client.get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(scrape).contains("http_server_requests_seconds_count{").contains("uri=")
                .contains("jvm_memory_used_bytes");
    }
}
