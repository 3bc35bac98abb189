package com.netfocus.gateway.correlation;

import com.netfocus.contracts.caller.CallerHeaders;
import com.netfocus.gateway.testing.LocalGatewayTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpHeaders;

import java.time.Duration;
import java.util.UUID;

import static com.netfocus.gateway.testing.TestBackends.PLANNING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ExtendWith(OutputCaptureExtension.class)
class CorrelationIdTest extends LocalGatewayTest {

    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void a_plain_client_id_is_forwarded_echoed_and_logged_without_the_token(CapturedOutput output) {
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
