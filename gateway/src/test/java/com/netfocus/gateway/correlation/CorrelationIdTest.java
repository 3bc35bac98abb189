package com.netfocus.gateway.correlation;

import com.netfocus.contracts.caller.CallerHeaders;
import com.netfocus.gateway.testing.LocalGatewayTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.util.UUID;

import static com.netfocus.gateway.testing.TestBackends.PLANNING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ExtendWith(OutputCaptureExtension.class)
class CorrelationIdTest extends LocalGatewayTest {

    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    private static final String REQUEST_LOG = CorrelationIdFilter.class.getName();

    @AfterEach
    void requestLogBackToItsConfiguredLevel() {
        LoggingSystem.get(getClass().getClassLoader()).setLogLevel(REQUEST_LOG, null);
    }

    @Test
    void a_plain_client_id_is_forwarded_echoed_and_logged_at_debug_without_the_token(CapturedOutput output) {
        LoggingSystem.get(getClass().getClassLoader()).setLogLevel(REQUEST_LOG, LogLevel.DEBUG);
        String path = "/api/v1/plans/" + UUID.randomUUID();
        String id = "client-req:42." + UUID.randomUUID();
        String token = repToken();
        client.get().uri(path)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .header(CallerHeaders.CORRELATION_ID, id)
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(CallerHeaders.CORRELATION_ID, id);

        assertThat(PLANNING.lastRequestTo(path).orElseThrow().headerValues(CallerHeaders.CORRELATION_ID))
                .containsExactly(id);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(output.getAll()).contains("GET " + path + " -> 200").contains("correlationId=" + id));
        assertThat(output.getAll()).doesNotContain(token);
    }

    @Test
    void at_the_default_level_only_failed_requests_are_logged(CapturedOutput output) {
        String fine = "/api/v1/plans/" + UUID.randomUUID();
        String failing = "/api/v1/plans/" + UUID.randomUUID();
        PLANNING.answer(failing, 500, "application/problem+json", "{\"status\":500}");

        get(fine, "fine-1").expectStatus().isOk();
        get(failing, "failing-1").expectStatus().is5xxServerError();

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(output.getAll()).contains("GET " + failing + " -> 500").contains("correlationId=failing-1"));
        assertThat(output.getAll()).doesNotContain(fine).doesNotContain("correlationId=fine-1");
    }

    private WebTestClient.ResponseSpec get(String path, String correlationId) {
        return client.get().uri(path)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + repToken())
                .header(CallerHeaders.CORRELATION_ID, correlationId)
                .exchange();
    }

    @Test
    void an_id_is_created_when_the_client_sends_none() {
        String path = "/api/v1/plans/" + UUID.randomUUID();
        String echoed = client.get().uri(path)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + repToken())
                .exchange()
                .expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders().getFirst(CallerHeaders.CORRELATION_ID);

        assertThat(echoed).matches(UUID_PATTERN);
        assertThat(PLANNING.lastRequestTo(path).orElseThrow().header(CallerHeaders.CORRELATION_ID)).isEqualTo(echoed);
    }

    @Test
    void a_malicious_id_is_replaced() {
        String path = "/api/v1/plans/" + UUID.randomUUID();
        String malicious = "abc\" injected=1 <script>" + "x".repeat(200);
        String echoed = client.get().uri(path)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + repToken())
                .header(CallerHeaders.CORRELATION_ID, malicious)
                .exchange()
                .expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders().getFirst(CallerHeaders.CORRELATION_ID);

        assertThat(echoed).matches(UUID_PATTERN);
        assertThat(PLANNING.lastRequestTo(path).orElseThrow().headerValues(CallerHeaders.CORRELATION_ID))
                .containsExactly(echoed);
    }

    @Test
    void the_gateways_own_errors_carry_the_id_too() {
        client.get().uri("/api/v1/plans")
                .header(CallerHeaders.CORRELATION_ID, "refused-1")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals(CallerHeaders.CORRELATION_ID, "refused-1")
                .expectBody().jsonPath("$.correlationId").isEqualTo("refused-1");
    }
}
