package com.netfocus.contact.people;

import com.fasterxml.jackson.databind.JsonNode;
import com.netfocus.infrastructure.testing.Personas;
import com.netfocus.contracts.caller.CallerHeaders;
import com.netfocus.contracts.plan.ObjectiveProgressRecorded;
import com.netfocus.contracts.plan.OutreachChannel;
import com.netfocus.contracts.plan.OutreachLogged;
import com.netfocus.contracts.plan.PlanCreated;
import com.netfocus.contracts.plan.PlanEvent;
import com.netfocus.contracts.plan.TargetIdentified;
import com.netfocus.contracts.plan.TargetProfile;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * {@code ?minVersion=N} on a plan's people and known matches waits, bounded by {@code netfocus.consistency.*}, for
 * the projection to reach version N: it answers once the event arrives, or 503 with Retry-After when the bound
 * runs out. And the correlation id of a request, and of a consumed event, is on the log lines for it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "netfocus.consistency.max-wait=3s", "netfocus.consistency.poll-interval=20ms",
        "netfocus.consistency.retry-after=2s", "logging.level.com.netfocus=DEBUG"})
@ExtendWith(OutputCaptureExtension.class)
class PlanConsistencyTest {

    @RegisterExtension
    static final TestInfrastructure infrastructure = new TestInfrastructure("contact", "consistency");
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
                () -> read(planId, "/people?minVersion=1", correlationId));
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> !pending.isDone());
        send(1, new TargetIdentified(planId, "t1", "o1", null, new TargetProfile("Sales", null, null), 2, "sells"),
                "corr-target-" + UUID.randomUUID());

        ResponseEntity<JsonNode> response = pending.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody().get("appliedSequence").asLong()).isEqualTo(1);
        assertThat(response.getBody().get("targets")).hasSize(1);
        assertThat(output.getAll().lines().filter(line -> line.contains("[" + correlationId + "]"))
                .anyMatch(line -> line.contains("waiting up to") && line.contains(planId)))
                .as("the request's wait is logged under its correlation id").isTrue();
    }

    @Test
    void eventsThatChangeNothingHereStillMoveThePlansVersionOn() {
        String planId = createdPlan("corr-created-" + UUID.randomUUID());
        send(1, new OutreachLogged(planId, "out-1", "t1", OutreachChannel.PHONE, Instant.parse("2031-02-01T10:00:00Z"),
                "learned about tenders"), "corr-outreach-" + UUID.randomUUID());
        send(2, new ObjectiveProgressRecorded(planId, "o1", 1, "referral"), "corr-progress-" + UUID.randomUUID());

        ResponseEntity<JsonNode> response = read(planId, "/people?minVersion=2", "corr-" + UUID.randomUUID());

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody().get("appliedSequence").asLong()).isEqualTo(2);
        assertThat(response.getBody().get("targets")).isEmpty();
    }

    @Test
    void aVersionNeverReachedAnswers503WithRetryAfterWithinTheBound() {
        String planId = createdPlan("corr-created-" + UUID.randomUUID());

        long started = System.nanoTime();
        ResponseEntity<JsonNode> response = read(planId, "/known-matches?minVersion=4", "corr-" + UUID.randomUUID());
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("2");
        assertThat(response.getBody().get("detail").asText()).contains("version 4").contains("at version 0");
        assertThat(took).isBetween(MAX_WAIT, MAX_WAIT.plusSeconds(2));
        assertThat(read(planId, "/people?minVersion=4", "c").getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(read(planId, "/people?minVersion=0", "c").getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void aConsumedEventIsLoggedUnderItsCorrelationId(CapturedOutput output) {
        String correlationId = "corr-created-" + UUID.randomUUID();
        String planId = createdPlan(correlationId);

        assertThat(output.getAll().lines().filter(line -> line.contains("[" + correlationId + "]"))
                .anyMatch(line -> line.contains("applied PlanCreated") && line.contains(planId))).isTrue();
    }

    private String createdPlan(String correlationId) {
        String planId = UUID.randomUUID().toString();
        send(0, new PlanCreated(planId, "Q1", LocalDate.parse("2031-01-01"), LocalDate.parse("2031-06-30"), 10,
                personas.owner.userId(), personas.org, Personas.TEAM_A), correlationId);
        await().atMost(WAIT).until(() -> read(planId, "/people", "c").getStatusCode() == HttpStatus.OK);
        return planId;
    }

    private void send(long sequence, PlanEvent event, String correlationId) {
        records.send(sequence, personas.owner, correlationId, event);
    }

    private ResponseEntity<JsonNode> read(String planId, String pathAndQuery, String correlationId) {
        HttpHeaders headers = personas.owner.headers();
        headers.set(CallerHeaders.CORRELATION_ID, correlationId);
        return http.exchange("/api/v1/plans/" + planId + pathAndQuery, HttpMethod.GET, new HttpEntity<>(headers),
                JsonNode.class);
    }
}
