package com.netfocus.gateway.problem;

import com.netfocus.contracts.caller.CallerHeaders;
import com.netfocus.gateway.testing.HangingUpBackend;
import com.netfocus.gateway.testing.RecordingBackend;
import com.netfocus.gateway.testing.TestBackends;
import com.netfocus.gateway.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import javax.crypto.SecretKey;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A backend that is down, too slow or hangs up gets the client a problem+json 503, 504 or 502. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.cloud.gateway.server.webflux.httpclient.response-timeout=1s",
        // the contact instance hangs up on every request, its readiness check too: checked, it would not be called
        "spring.cloud.loadbalancer.health-check.path.contact="})
@ActiveProfiles("local")
class BackendFailureTest {

    private static final RecordingBackend SLOW_CATALOG = RecordingBackend.start("slow-catalog");
    private static final HangingUpBackend HANGING_UP_CONTACT = HangingUpBackend.start();

    static {
        SLOW_CATALOG.answer("/api/v1/platforms", 200, "application/json", "[]", Duration.ofSeconds(3));
    }

    @Autowired
    WebTestClient client;

    @Autowired
    SecretKey localSigningKey;

    @DynamicPropertySource
    static void backends(DynamicPropertyRegistry registry) {
        registry.add("PLANNING_SERVICE_URL", () -> "http://127.0.0.1:" + unusedPort());
        registry.add("CATALOG_SERVICE_URL", SLOW_CATALOG::url);
        registry.add("CONTACT_SERVICE_URL", HANGING_UP_CONTACT::url);
        registry.add("netfocus.identity.secret", () -> TestBackends.IDENTITY_SECRET);
    }

    @Test
    void a_backend_that_is_down_is_a_503_problem_with_retry_after() {
        get("/api/v1/plans")
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "5")
                .expectHeader().valueEquals(CallerHeaders.CORRELATION_ID, "failure-test")
                .expectBody()
                .jsonPath("$.status").isEqualTo(503)
                .jsonPath("$.type").isEqualTo("https://netfocus.example/problems/backend-unavailable")
                .jsonPath("$.title").isNotEmpty()
                .jsonPath("$.detail").isEqualTo("the planning service cannot be reached; try again shortly");
    }

    @Test
    void a_page_on_an_allowed_origin_can_read_the_503_problem() {
        String token = TestTokens.hs256(localSigningKey,
                TestTokens.claims("user-1", "org-a", "team-x", List.of("REP")).build());
        client.get().uri("/api/v1/plans")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .header(HttpHeaders.ORIGIN, "http://localhost:5173")
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "http://localhost:5173")
                .expectHeader().value(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS,
                        exposed -> assertThat(exposed).contains("Retry-After"))
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void a_backend_that_does_not_answer_in_time_is_a_504_problem() {
        get("/api/v1/platforms")
                .expectStatus().isEqualTo(504)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(504)
                .jsonPath("$.type").isEqualTo("https://netfocus.example/problems/backend-timeout");
    }

    @Test
    void a_backend_that_hangs_up_is_a_502_problem() {
        get("/api/v1/contacts")
                .expectStatus().isEqualTo(502)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(502)
                .jsonPath("$.type").isEqualTo("https://netfocus.example/problems/bad-gateway");
    }

    private WebTestClient.ResponseSpec get(String path) {
        String token = TestTokens.hs256(localSigningKey,
                TestTokens.claims("user-1", "org-a", "team-x", List.of("REP")).build());
        return client.mutate().responseTimeout(Duration.ofSeconds(10)).build()
                .get().uri(path)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .header(CallerHeaders.CORRELATION_ID, "failure-test")
                .exchange();
    }

    private static int unusedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
