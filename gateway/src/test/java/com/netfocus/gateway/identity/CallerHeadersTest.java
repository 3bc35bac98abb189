package com.netfocus.gateway.identity;

import com.netfocus.contracts.caller.Caller;
import com.netfocus.contracts.caller.CallerHeaders;
import com.netfocus.contracts.caller.IdentitySignature;
import com.netfocus.contracts.caller.SealedRequest;
import com.netfocus.gateway.testing.LocalGatewayTest;
import com.netfocus.gateway.testing.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
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

class CallerHeadersTest extends LocalGatewayTest {

    private static final Duration MAX_AGE = Duration.ofMinutes(1);

    @Autowired
    private IdentitySignature seal;

    @LocalServerPort
    private int port;

    @Test
    void spoofed_identity_headers_are_replaced_by_the_tokens_identity() {
        String path = "/api/v1/contacts/" + UUID.randomUUID();
        client.get().uri(path)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + tokenFor("rep-7", "org-a", "team-x", "REP", "MANAGER"))
                .header(CallerHeaders.USER, "someone-else")
                .header("x-netfocus-org", "org-b")
                .header("X-NETFOCUS-TEAM", "team-evil")
                .header(CallerHeaders.ROLES, "ADMIN")
                .header("X-Netfocus-Impersonate", "admin")
                .exchange()
                .expectStatus().isOk();

        RecordedRequest received = CONTACT.lastRequestTo(path).orElseThrow();
        assertThat(received.headerValues(CallerHeaders.USER)).containsExactly("rep-7");
        assertThat(received.headerValues(CallerHeaders.ORG)).containsExactly("org-a");
        assertThat(received.headerValues(CallerHeaders.TEAM)).containsExactly("team-x");
        assertThat(received.headerValues(CallerHeaders.ROLES)).containsExactly("MANAGER,REP");
        assertThat(received.headerValues("X-Netfocus-Impersonate")).isEmpty();
        assertThat(received.headerValues(HttpHeaders.AUTHORIZATION)).as("the token stays at the gateway").isEmpty();
    }

    @Test
    void the_identity_reaches_the_service_sealed_so_that_the_service_can_verify_it() {
        String path = "/api/v1/contacts/" + UUID.randomUUID();
        client.get().uri(path)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + tokenFor("rep-8", "org-a", "team-y", "REP"))
                .header(CallerHeaders.SIGNATURE, "forged")
                .exchange()
                .expectStatus().isOk();

        RecordedRequest received = CONTACT.lastRequestTo(path).orElseThrow();
        assertThat(received.headerValues(CallerHeaders.SIGNATURE)).hasSize(1).doesNotContain("forged");
        assertThat(verify(seal, received, asReceived(received)))
                .contains(new Caller("rep-8", "org-a", "team-y", Set.of("REP")));
        assertThat(verify(new IdentitySignature("a-different-secret-that-is-long-enough-too"), received,
                asReceived(received))).as("another secret does not verify it").isEmpty();
    }

    @Test
    void the_seal_holds_for_the_request_it_came_with_only() {
        String path = "/api/v1/plans/" + UUID.randomUUID();
        String query = "asOf=2026-12-01T10%3A00%3A00Z&q=caf%C3%A9%20%26%20more";
        // an absolute URI is sent as it is, its escapes untouched
        client.get().uri(URI.create("http://127.0.0.1:" + port + path + "?" + query))
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + repToken())
                .exchange()
                .expectStatus().isOk();

        RecordedRequest received = PLANNING.lastRequestTo(path + "?" + query).orElseThrow();
        assertThat(verify(seal, received, asReceived(received))).as("the request as the service received it")
                .isPresent();
        assertThat(verify(seal, received, SealedRequest.of("DELETE", path, query))).as("another method").isEmpty();
        assertThat(verify(seal, received, SealedRequest.of("GET", "/api/v1/plans/" + UUID.randomUUID(), query)))
                .as("another path").isEmpty();
        assertThat(verify(seal, received, SealedRequest.of("GET", path, "asOf=2030-01-01T00%3A00%3A00Z")))
                .as("another query").isEmpty();
    }

    @Test
    void names_in_any_script_reach_the_service_unchanged() {
        String path = "/api/v1/contacts/" + UUID.randomUUID();
        client.get().uri(path)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + tokenFor("日本", "Zürich AG", "Dział Północ", "REP"))
                .exchange()
                .expectStatus().isOk();

        RecordedRequest received = CONTACT.lastRequestTo(path).orElseThrow();
        assertThat(received.header(CallerHeaders.USER)).as("visible ASCII on the wire").isEqualTo("%E6%97%A5%E6%9C%AC");
        assertThat(verify(seal, received, asReceived(received)))
                .contains(new Caller("日本", "Zürich AG", "Dział Północ", Set.of("REP")));
    }

    @Test
    void a_control_character_in_a_claim_is_a_401_problem_naming_the_claim() {
        for (String[] claims : new String[][]{{"rep\n9", "org-a", "team-x"}, {"rep-9", "org\u0000a", "team-x"},
                {"rep-9", "org-a", "team\tx"}}) {
            String path = "/api/v1/contacts/" + UUID.randomUUID();
            client.get().uri(path)
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + tokenFor(claims[0], claims[1], claims[2], "REP"))
                    .exchange()
                    .expectStatus().isUnauthorized()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail)
                            .contains("control character"));
            assertThat(CONTACT.lastRequestTo(path)).isEmpty();
        }
    }

    private static Optional<Caller> verify(IdentitySignature signature, RecordedRequest received,
                                           SealedRequest request) {
        return signature.verify(name -> received.headerValues(name).stream().findFirst().orElse(null), request,
                Instant.now(), MAX_AGE);
    }

    private static SealedRequest asReceived(RecordedRequest received) {
        return SealedRequest.of(received.method(), URI.create(received.pathAndQuery()));
    }
}
