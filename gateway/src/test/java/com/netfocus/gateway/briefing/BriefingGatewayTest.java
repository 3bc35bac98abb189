package com.netfocus.gateway.briefing;

import com.fasterxml.jackson.databind.JsonNode;
import com.netfocus.contracts.caller.Caller;
import com.netfocus.contracts.caller.IdentitySignature;
import com.netfocus.contracts.caller.SealedRequest;
import com.netfocus.gateway.testing.LocalGatewayTest;
import com.netfocus.gateway.testing.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static com.netfocus.gateway.testing.TestBackends.CONTACT;
import static com.netfocus.gateway.testing.TestBackends.PLANNING;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The briefing composed at the gateway: planning's part and the contact service's known matches asked in parallel,
 * each with the caller's identity sealed for that request and the request's correlation id; planning's refusal passed
 * on as it is; a contact service that fails leaves the contacts out, not the briefing.
 */
class BriefingGatewayTest extends LocalGatewayTest {

    private static final Duration PART_DELAY = Duration.ofMillis(400);

    @Autowired
    IdentitySignature seal;

    @Test
    void bothPartsAreAskedAtOnceWithTheCallersSealedIdentityAndJoined() {
        String planId = UUID.randomUUID().toString();
        String briefingPath = "/api/v1/plans/" + planId + "/platforms/breakfast/briefing";
        PLANNING.answer(briefingPath, 200, "application/json", """
                {"planId":"%s","platformId":"breakfast","targets":[{"targetId":"t1","expectedPeople":20.0}],
                 "learned":[{"targetId":"t1","summary":"cash flow"}]}""".formatted(planId), PART_DELAY);
        CONTACT.answer("/api/v1/plans/" + planId + "/known-matches", 200, "application/json", """
                {"planId":"%s","matches":[{"targetId":"t1","contacts":[{"contactId":"c1","name":"Ann Lee"}]}]}"""
                .formatted(planId), PART_DELAY);

        long started = System.nanoTime();
        JsonNode briefing = client.get().uri(briefingPath + "?minVersion=4")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + tokenFor("ana", "org-a", "north", "REP"))
                .header("X-Correlation-Id", "briefing-1")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().contentType(MediaType.APPLICATION_JSON)
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(briefing.get("knownContacts").get(0).get("name").asText()).isEqualTo("Ann Lee");
        assertThat(briefing.get("knownContacts").get(0).get("learned").get(0).asText()).isEqualTo("cash flow");
        assertThat(took).as("the two 400 ms parts were asked at once").isLessThan(PART_DELAY.multipliedBy(2));
        RecordedRequest planning = PLANNING.lastRequestTo(briefingPath + "?minVersion=4").orElseThrow();
        RecordedRequest contact = CONTACT.lastRequestTo("/api/v1/plans/" + planId + "/known-matches?minVersion=4")
                .orElseThrow();
        for (RecordedRequest part : new RecordedRequest[] {planning, contact}) {
            assertThat(verified(part)).contains(new Caller("ana", "org-a", "north", Set.of("REP")));
            assertThat(part.header("X-Correlation-Id")).isEqualTo("briefing-1");
            assertThat(part.headerValues(HttpHeaders.AUTHORIZATION)).as("the token stays at the gateway").isEmpty();
        }
    }

    @Test
    void planningsRefusalIsTheBriefingsAndAFailedContactPartLeavesOnlyTheContactsOut() {
        String refusedPlan = UUID.randomUUID().toString();
        String refused = "/api/v1/plans/" + refusedPlan + "/platforms/breakfast/briefing";
        PLANNING.answer(refused, 404, "application/problem+json",
                "{\"type\":\"about:blank\",\"title\":\"Not found\",\"status\":404,\"detail\":\"chosen platform"
                        + " breakfast was not found\"}");
        client.get().uri(refused)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + repToken())
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").isEqualTo("chosen platform breakfast was not found");

        String planId = UUID.randomUUID().toString();
        String briefingPath = "/api/v1/plans/" + planId + "/platforms/breakfast/briefing";
        PLANNING.answer(briefingPath, 200, "application/json", "{\"planId\":\"" + planId + "\",\"targets\":[]}");
        CONTACT.answer("/api/v1/plans/" + planId + "/known-matches", 503, "application/problem+json",
                "{\"status\":503}");
        client.get().uri(briefingPath)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + repToken())
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.planId").isEqualTo(planId)
                .jsonPath("$.knownContacts").isEmpty()
                .jsonPath("$.knownContactsUnavailable").isEqualTo(true);
    }

    @Test
    void withoutATokenNoPartIsAsked() {
        String planId = UUID.randomUUID().toString();
        client.get().uri("/api/v1/plans/" + planId + "/platforms/breakfast/briefing")
                .exchange()
                .expectStatus().isUnauthorized();
        assertThat(PLANNING.lastRequestTo("/api/v1/plans/" + planId + "/platforms/breakfast/briefing")).isEmpty();
    }

    private Optional<Caller> verified(RecordedRequest received) {
        return seal.verify(name -> received.headerValues(name).stream().findFirst().orElse(null),
                SealedRequest.of(received.method(), URI.create(received.pathAndQuery())), Instant.now(),
                Duration.ofMinutes(1));
    }
}
