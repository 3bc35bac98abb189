package com.netfocus.gateway.ratelimit;

import com.netfocus.contracts.caller.CallerHeaders;
import com.netfocus.gateway.testing.TestBackends;
import com.netfocus.gateway.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Small allowances, so that a burst runs over them: 3 requests at once, then one every 2 seconds. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "netfocus.gateway.rate-limit.per-user.capacity=3",
        "netfocus.gateway.rate-limit.per-user.refill-per-second=0.5",
        "netfocus.gateway.rate-limit.per-address.capacity=2",
        "netfocus.gateway.rate-limit.per-address.refill-per-second=0.5"})
@ActiveProfiles("local")
class RateLimitTest {

    @Autowired
    WebTestClient client;

    @Value("${netfocus.security.local-signing-key}")
    String localSigningKey;

    @DynamicPropertySource
    static void backends(DynamicPropertyRegistry registry) {
        TestBackends.register(registry);
    }

    @Test
    void a_burst_over_the_allowance_gets_429_with_retry_after_and_the_correlation_id() {
        String token = token("burst-" + UUID.randomUUID(), "org-a");
        for (int i = 0; i < 3; i++) {
            assertThat(get(token, "ok-" + i).getStatus()).isEqualTo(HttpStatus.OK);
        }

        client.get().uri("/api/v1/plans/" + UUID.randomUUID())
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .header(CallerHeaders.CORRELATION_ID, "too-many-1")
                .exchange()
                .expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().value(HttpHeaders.RETRY_AFTER,
                        value -> assertThat(Integer.parseInt(value)).isBetween(1, 2))
                .expectHeader().valueEquals(CallerHeaders.CORRELATION_ID, "too-many-1")
                .expectBody()
                .jsonPath("$.status").isEqualTo(429)
                .jsonPath("$.type").isEqualTo("https://netfocus.example/problems/too-many-requests")
                .jsonPath("$.correlationId").isEqualTo("too-many-1");
    }

    @Test
    void the_refused_request_never_reaches_the_backend() {
        String token = token("quiet-" + UUID.randomUUID(), "org-a");
        for (int i = 0; i < 3; i++) {
            get(token, "fill-" + i);
        }
        String path = "/api/v1/plans/" + UUID.randomUUID();
        client.get().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange()
                .expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(TestBackends.PLANNING.lastRequestTo(path)).isEmpty();
    }

    @Test
    void another_user_and_the_same_user_id_in_another_org_are_unaffected() {
        String user = "busy-" + UUID.randomUUID();
        String busy = token(user, "org-a");
        for (int i = 0; i < 5; i++) {
            get(busy, "drain-" + i);
        }
        assertThat(get(busy, "drained").getStatus()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);

        assertThat(get(token("calm-" + UUID.randomUUID(), "org-a"), "other-user").getStatus()).isEqualTo(HttpStatus.OK);
        assertThat(get(token(user, "org-b"), "other-org").getStatus()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void tokens_refill_so_the_user_is_served_again() {
        String token = token("patient-" + UUID.randomUUID(), "org-a");
        for (int i = 0; i < 4; i++) {
            get(token, "drain-" + i);
        }
        assertThat(get(token, "refused").getStatus()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);

        // a refused request takes nothing from the bucket, so polling does not delay the refill
        await().atMost(Duration.ofSeconds(6)).pollInterval(Duration.ofMillis(250))
                .until(() -> get(token, "retry").getStatus() == HttpStatus.OK);
        assertThat(get(token, "right-after").getStatus()).as("one token came back, not the whole burst")
                .isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    }

    @Test
    void requests_without_a_token_get_401_not_429_and_public_ones_are_limited_per_address() {
        for (int i = 0; i < 6; i++) {
            client.get().uri("/api/v1/plans").exchange().expectStatus().isUnauthorized();
        }
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            statuses.add(client.get().uri("/api/docs").exchange().returnResult(byte[].class)
                    .getStatus().value());
        }
        assertThat(statuses).contains(200, 429);
        client.get().uri("/actuator/health").exchange().expectStatus().isOk();
        // the web app's files are not counted: reloading the page never locks the browser out
        for (int i = 0; i < 6; i++) {
            client.get().uri("/app/js/main.js").exchange().expectStatus().isOk();
        }
    }

    private EntityExchangeResult<byte[]> get(String token, String marker) {
        return client.get().uri("/api/v1/plans/" + marker + "-" + UUID.randomUUID())
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange()
                .expectBody().returnResult();
    }

    private String token(String user, String org) {
        return TestTokens.hs256(localSigningKey, TestTokens.claims(user, org, "team-x", List.of("REP")).build());
    }
}
