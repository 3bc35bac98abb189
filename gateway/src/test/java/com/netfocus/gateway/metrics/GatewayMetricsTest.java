package com.netfocus.gateway.metrics;

import com.netfocus.gateway.testing.LocalGatewayTest;
import com.netfocus.gateway.testing.TestBackends;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway serves its metrics, including the requests it answered, to a Prometheus scraper that sends the
 * management token; to anyone else only health.
 */
@AutoConfigureObservability
class GatewayMetricsTest extends LocalGatewayTest {

    @Test
    void thePrometheusScrapeCountsTheRequestsServed() {
        client.get().uri("/api/v1/plans/plan-1").headers(h -> h.setBearerAuth(repToken())).exchange();

        String scrape = client.get().uri("/actuator/prometheus")
                .headers(h -> h.setBearerAuth(TestBackends.MANAGEMENT_TOKEN)).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(scrape).contains("http_server_requests_seconds_count{").contains("uri=")
                .contains("jvm_memory_used_bytes");
    }

    @Test
    void withoutTheManagementTokenOnlyHealthIsServed() {
        for (String path : new String[]{"/actuator/prometheus", "/actuator/mappings", "/actuator"}) {
            client.get().uri(path).exchange()
                    .expectStatus().isUnauthorized()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
            client.get().uri(path).headers(h -> h.setBearerAuth(repToken())).exchange()
                    .expectStatus().isUnauthorized();
        }
        client.get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP").jsonPath("$.details").doesNotExist();
        client.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
    }
}
