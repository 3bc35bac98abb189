package com.netfocus.catalog.planneeds;

import com.fasterxml.jackson.databind.JsonNode;
import com.netfocus.infrastructure.testing.Personas;
import com.netfocus.contracts.caller.CallerHeaders;
import com.netfocus.contracts.plan.ObjectiveDefined;
import com.netfocus.contracts.plan.PlanCreated;
import com.netfocus.contracts.plan.PlanEvent;
import com.netfocus.infrastructure.testing.PlanEventRecords;
import com.netfocus.infrastructure.testing.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code ?minVersion=N} on the plan advice waits, bounded by {@code netfocus.consistency.*}, for the projection to
 * reach version N: it answers once the event arrives, or 503 with Retry-After when the bound runs out. And the
 * correlation id of a request, and of a consumed event, is on the service's log lines for it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "netfocus.consistency.max-wait=3s", "netfocus.consistency.poll-interval=20ms",
        "netfocus.consistency.retry-after=2s", "logging.level.com.netfocus=DEBUG"})
@ExtendWith(OutputCaptureExtension.class)
class AdviceConsistencyTest {

    @RegisterExtension
    static final TestInfrastructure infrastructure = new TestInfrastructure("catalog", "consistency");
    private static final PlanEventRecords records = infrastructure.planEventRecords();
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Duration MAX_WAIT = Duration.ofSeconds(3);

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        infrastructure.register(registry);
    }

    @Autowired
    TestRestTemplate http;

    private final Personas personas = new Personas();

    @Test
    void aQueryAheadOfTheProjectionWaitsAndAnswersOnceTheEventArrives(CapturedOutput output) throws Exception {
        String planId = createdPlan("corr-created-" + UUID.randomUUID());
        String correlationId = "corr-wait-" + UUID.randomUUID();

        CompletableFuture<ResponseEntity<JsonNode>> pending = CompletableFuture.supplyAsync(
                () -> recommendations(planId, "?minVersion=1", correlationId));
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> !pending.isDone());
        send(1, new ObjectiveDefined(planId, "o1", "Meet logistics buyers", "two deals", "buyers met", 3,
                LocalDate.parse("2031-06-30"), null), "corr-objective-" + UUID.randomUUID());

        ResponseEntity<JsonNode> response = pending.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody().get("version").asLong()).isEqualTo(1);
        assertThat(output.getAll().lines().filter(line -> line.contains("[" + correlationId + "]"))
                .anyMatch(line -> line.contains("waiting up to") && line.contains(planId)))
                .as("the request's wait is logged under its correlation id").isTrue();
    }

    @Test
    void aVersionNeverReachedAnswers503WithRetryAfterWithinTheBound() {
        String planId = createdPlan("corr-created-" + UUID.randomUUID());

        long started = System.nanoTime();
        ResponseEntity<JsonNode> response = recommendations(planId, "?minVersion=7", "corr-" + UUID.randomUUID());
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("2");
        assertThat(response.getBody().get("detail").asText()).contains("version 7").contains("at version 0");
        assertThat(took).isBetween(MAX_WAIT, MAX_WAIT.plusSeconds(2));
        ResponseEntity<JsonNode> portfolio = http.exchange("/api/v1/plans/" + planId + "/portfolio?minVersion=7",
                HttpMethod.GET, new HttpEntity<>(personas.owner.headers()), JsonNode.class);
        assertThat(portfolio.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
    }

    @Test
    void aVersionAlreadyReachedAnswersAtOnceAndAnotherUsersPlanIsRefusedWithoutWaiting() {
        String planId = createdPlan("corr-created-" + UUID.randomUUID());

        assertThat(recommendations(planId, "?minVersion=0", "c-1").getStatusCode()).isEqualTo(HttpStatus.OK);
        long started = System.nanoTime();
        ResponseEntity<JsonNode> teammate = http.exchange("/api/v1/plans/" + planId + "/recommendations?minVersion=7",
                HttpMethod.GET, new HttpEntity<>(personas.teammate.headers()), JsonNode.class);
        assertThat(teammate.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(MAX_WAIT);
        assertThat(recommendations(planId, "?minVersion=-1", "c-2").getStatusCode())
                .isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
    }

    @Test
    void aConsumedEventIsLoggedUnderItsCorrelationId(CapturedOutput output) {
        String correlationId = "corr-created-" + UUID.randomUUID();
        String planId = createdPlan(correlationId);

        assertThat(output.getAll().lines().filter(line -> line.contains("[" + correlationId + "]"))
                .anyMatch(line -> line.contains("applied PlanCreated") && line.contains(planId))).isTrue();
    }

    /** A plan created by the owner with the given correlation id, once its advice is readable. */
    private String createdPlan(String correlationId) {
        String planId = UUID.randomUUID().toString();
        send(0, new PlanCreated(planId, "Q1", LocalDate.parse("2031-01-01"), LocalDate.parse("2031-06-30"), 10,
                personas.owner.userId(), personas.org, Personas.TEAM_A), correlationId);
        await().atMost(WAIT).until(() -> recommendations(planId, "", "c").getStatusCode() == HttpStatus.OK);
        return planId;
    }

    private void send(long sequence, PlanEvent event, String correlationId) {
        records.send(sequence, personas.owner, correlationId, event);
    }

    private ResponseEntity<JsonNode> recommendations(String planId, String query, String correlationId) {
        HttpHeaders headers = personas.owner.headers();
        headers.set(CallerHeaders.CORRELATION_ID, correlationId);
        return http.exchange("/api/v1/plans/" + planId + "/recommendations" + query, HttpMethod.GET,
                new HttpEntity<>(headers), JsonNode.class);
    }
}
