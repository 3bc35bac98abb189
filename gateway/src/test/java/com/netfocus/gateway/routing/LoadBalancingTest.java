package com.netfocus.gateway.routing;

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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Several instances per service, from configuration: requests are spread over the healthy ones, an instance that is
 * down or not ready gets none, a GET that reaches a failing instance is tried again on the next one, and a command is
 * never sent twice.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.cloud.loadbalancer.health-check.interval=300ms")
@ActiveProfiles("local")
class LoadBalancingTest {

    private static final RecordingBackend PLANNING_ONE = RecordingBackend.start("planning-1");
    private static final RecordingBackend PLANNING_TWO = RecordingBackend.start("planning-2");
    private static final RecordingBackend CONTACT_READY = RecordingBackend.start("contact-ready");
    private static final RecordingBackend CONTACT_NOT_READY = RecordingBackend.start("contact-not-ready");
    private static final RecordingBackend CATALOG_ANSWERING = RecordingBackend.start("catalog-answering");
    private static final HangingUpBackend CATALOG_HANGING_UP = HangingUpBackend.start();
    private static final int REQUESTS = 12;

    static {
        // shutting down (or not started yet): readiness OUT_OF_SERVICE, while health as a whole may still be UP
        CONTACT_NOT_READY.answer("/actuator/health/readiness", 503, "application/json", "{\"status\":\"OUT_OF_SERVICE\"}");
    }

    @Autowired
    WebTestClient client;

    @Autowired
    SecretKey localSigningKey;

    @DynamicPropertySource
    static void instances(DynamicPropertyRegistry registry) {
        String instances = "spring.cloud.discovery.client.simple.instances.";
        registry.add(instances + "planning[0].uri", PLANNING_ONE::url);
        registry.add(instances + "planning[1].uri", PLANNING_TWO::url);
        registry.add(instances + "planning[2].uri", () -> "http://127.0.0.1:" + unusedPort());
        registry.add(instances + "contact[0].uri", CONTACT_READY::url);
        registry.add(instances + "contact[1].uri", CONTACT_NOT_READY::url);
        registry.add(instances + "catalog[0].uri", CATALOG_HANGING_UP::url);
        registry.add(instances + "catalog[1].uri", CATALOG_ANSWERING::url);
        // no health check for the catalog: every request meets the instance that hangs up in turn
        registry.add("spring.cloud.loadbalancer.health-check.path.catalog", () -> "");
        registry.add("netfocus.identity.secret", () -> TestBackends.IDENTITY_SECRET);
    }

    @Test
    void reads_are_spread_over_the_healthy_instances_and_none_goes_to_one_that_is_down() {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                get("/api/v1/plans/" + UUID.randomUUID()).expectStatus().isOk());
        List<String> backends = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            String path = "/api/v1/plans/" + UUID.randomUUID();
            backends.add(get(path).expectStatus().isOk().returnResult(String.class).getResponseHeaders()
                    .getFirst("X-Backend"));
        }
        assertThat(backends).containsOnly("planning-1", "planning-2").contains("planning-1", "planning-2");
    }

    @Test
    void an_instance_that_is_not_ready_gets_no_request() {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            String path = "/api/v1/contacts/" + UUID.randomUUID();
            get(path).expectStatus().isOk();
            assertThat(CONTACT_NOT_READY.lastRequestTo(path)).isEmpty();
        });
        for (int i = 0; i < REQUESTS; i++) {
            String path = "/api/v1/contacts/" + UUID.randomUUID();
            get(path).expectStatus().isOk().expectHeader().valueEquals("X-Backend", "contact-ready");
            assertThat(CONTACT_NOT_READY.lastRequestTo(path)).isEmpty();
        }
    }

    @Test
    void a_read_broken_off_by_one_instance_is_answered_by_the_next() {
        for (int i = 0; i < REQUESTS; i++) {
            get("/api/v1/platforms/" + UUID.randomUUID()).expectStatus().isOk()
                    .expectHeader().valueEquals("X-Backend", "catalog-answering");
        }
    }

    @Test
    void a_command_is_never_sent_again_after_an_instance_broke_it_off() {
        int hungUpBefore = CATALOG_HANGING_UP.accepted();
        int brokenOff = 0;
        for (int i = 0; i < REQUESTS; i++) {
            String path = "/api/v1/platforms/" + UUID.randomUUID() + "/listing";
            int status = client.post().uri(path)
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + token())
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue("{\"name\":\"Breakfast\"}")
                    .exchange()
                    .returnResult(String.class).getStatus().value();
            if (status == 502) {
                brokenOff++;
                assertThat(CATALOG_ANSWERING.lastRequestTo(path)).as("not sent again: %s", path).isEmpty();
            } else {
                assertThat(status).isEqualTo(200);
                assertThat(CATALOG_ANSWERING.lastRequestTo(path)).isPresent();
            }
        }
        assertThat(brokenOff).as("round robin sends every other command to the instance that hangs up").isPositive();
        assertThat(CATALOG_HANGING_UP.accepted() - hungUpBefore).as("each of them once").isEqualTo(brokenOff);
    }

    private WebTestClient.ResponseSpec get(String path) {
        return client.mutate().responseTimeout(Duration.ofSeconds(10)).build()
                .get().uri(path)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token())
                .exchange();
    }

    private String token() {
        return TestTokens.hs256(localSigningKey, TestTokens.claims("user-1", "org-a", "team-x", List.of("REP")).build());
    }

    private static int unusedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
