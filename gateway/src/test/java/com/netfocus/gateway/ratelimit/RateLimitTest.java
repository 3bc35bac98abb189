package com.netfocus.gateway.ratelimit;

import org.junit.jupiter.api.BeforeEach;
import com.netfocus.contracts.caller.CallerHeaders;
import com.netfocus.gateway.testing.TestBackends;
import com.netfocus.gateway.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import javax.crypto.SecretKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Small allowances, so that a burst runs over them: 3 requests at once, then one every 2 seconds. The gateway reads
 * the client address from X-Forwarded-For here (as behind a proxy), so that each test is a client of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "netfocus.gateway.rate-limit.per-user.capacity=3",
        "netfocus.gateway.rate-limit.per-user.refill-per-second=0.5",
        "netfocus.gateway.rate-limit.per-address.capacity=2",
        "netfocus.gateway.rate-limit.per-address.refill-per-second=0.5",
        "server.forward-headers-strategy=framework"})
@ActiveProfiles("local")
class RateLimitTest {

    private static final int ADDRESS_CAPACITY = 2;
    private static final AtomicInteger CLIENTS = new AtomicInteger();

    private static final String FORWARDED_FOR = "X-Forwarded-For";

    @Autowired
    WebTestClient client;

    /** A shared 2-core machine can take longer than WebTestClient's default 5 s to answer a context's first request. */
    @BeforeEach
    void allowForASharedMachine() {
        client = client.mutate().responseTimeout(Duration.ofSeconds(30)).build();
    }

    @Autowired
    SecretKey localSigningKey;

    @DynamicPropertySource
    static void backends(DynamicPropertyRegistry registry) {
        TestBackends.register(registry);
        // after TestBackends' roomy default: this class tests the small one
        registry.add("netfocus.gateway.rate-limit.per-address.capacity", () -> ADDRESS_CAPACITY);
    }

    @Test
    void a_burst_over_the_allowance_gets_429_with_retry_after_and_the_correlation_id() {
        String token = token("burst-" + UUID.randomUUID(), "org-a");
        for (int i = 0; i < 3; i++) {
            assertThat(get(token, "ok-" + i).getStatus()).isEqualTo(HttpStatus.OK);
        }

        client.get().uri("/api/v1/plans/" + UUID.randomUUID())
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .header(FORWARDED_FOR, newClient())
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
        client.get().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).header(FORWARDED_FOR, newClient())
                .exchange()
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
    void public_requests_are_limited_per_address_but_health_and_the_web_app_are_not() {
        String address = newClient();
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            statuses.add(client.get().uri("/api/docs").header(FORWARDED_FOR, address).exchange()
                    .returnResult(byte[].class).getStatus().value());
        }
        assertThat(statuses).containsExactly(200, 200, 429, 429);
        client.get().uri("/actuator/health").header(FORWARDED_FOR, address).exchange().expectStatus().isOk();
        // the web app's files are not counted: reloading the page never locks the browser out
        for (int i = 0; i < 6; i++) {
            client.get().uri("/app/js/main.js").header(FORWARDED_FOR, address).exchange().expectStatus().isOk();
        }
    }

    @Test
    void requests_without_a_token_or_with_an_invalid_one_are_limited_per_address_before_verification() {
        String address = newClient();
        String forged = TestTokens.hs256("a-key-this-gateway-never-had-long-enough-for-hs256",
                TestTokens.claims("mallory", "org-a", "team-x", List.of("ADMIN")).build());
        client.get().uri("/api/v1/plans").header(FORWARDED_FOR, address).exchange().expectStatus().isUnauthorized();
        client.get().uri("/api/v1/plans").header(FORWARDED_FOR, address)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + forged).exchange().expectStatus().isUnauthorized();

        for (String authorization : new String[]{null, "Bearer " + forged, "Bearer not.a.jwt"}) {
            WebTestClient.RequestHeadersSpec<?> request = client.get().uri("/api/v1/plans").header(FORWARDED_FOR, address);
            if (authorization != null) {
                request = request.header(HttpHeaders.AUTHORIZATION, authorization);
            }
            request.exchange()
                    .expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
                    .expectHeader().exists(HttpHeaders.RETRY_AFTER)
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
        assertThat(get(token("other-client-" + UUID.randomUUID(), "org-a"), "another-address").getStatus())
                .as("another address is not affected").isEqualTo(HttpStatus.OK);
    }

    @Test
    void a_broken_origin_counts_against_the_address_and_is_refused_without_a_server_error() {
        String address = newClient();
        for (int i = 0; i < ADDRESS_CAPACITY; i++) {
            client.get().uri("/api/v1/plans").header(FORWARDED_FOR, address).header(HttpHeaders.ORIGIN,
                            "http://localhost:1.x")
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + token("origin-" + UUID.randomUUID(), "org-a"))
                    .exchange()
                    .expectStatus().isForbidden()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
        client.get().uri("/api/v1/plans").header(FORWARDED_FOR, address).header(HttpHeaders.ORIGIN, "http://localhost:1.x")
                .exchange()
                .expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    }

    @Test
    void verified_users_do_not_use_up_their_address_and_a_remembered_token_passes_a_busy_one() {
        String address = newClient();
        String known = token("known-" + UUID.randomUUID(), "org-a");
        for (int i = 0; i < 3 * ADDRESS_CAPACITY; i++) {
            String fresh = token("colleague-" + i + "-" + UUID.randomUUID(), "org-a");
            assertThat(get(fresh, address, "colleague").getStatus()).as("colleague " + i + " behind the same address")
                    .isEqualTo(HttpStatus.OK);
        }
        assertThat(get(known, address, "first").getStatus()).isEqualTo(HttpStatus.OK);

        for (int i = 0; i < ADDRESS_CAPACITY; i++) {
            client.get().uri("/api/v1/plans").header(FORWARDED_FOR, address).exchange().expectStatus().isUnauthorized();
        }
        assertThat(get(token("newcomer-" + UUID.randomUUID(), "org-a"), address, "newcomer").getStatus())
                .as("a token not yet verified waits while the address is over its allowance")
                .isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(get(known, address, "again").getStatus()).as("a token verified shortly before is not held up")
                .isEqualTo(HttpStatus.OK);
    }

    private EntityExchangeResult<byte[]> get(String token, String marker) {
        return get(token, newClient(), marker);
    }

    private EntityExchangeResult<byte[]> get(String token, String address, String marker) {
        return client.get().uri("/api/v1/plans/" + marker + "-" + UUID.randomUUID())
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .header(FORWARDED_FOR, address)
                .exchange()
                .expectBody().returnResult();
    }

    /** An address of its own for a client (TEST-NET-3, never routed). */
    private static String newClient() {
        int n = CLIENTS.incrementAndGet();
        return "203.0." + (113 + n / 250) + "." + (1 + n % 250);
    }

    private String token(String user, String org) {
        return TestTokens.hs256(localSigningKey, TestTokens.claims(user, org, "team-x", List.of("REP")).build());
    }
}
