package com.netfocus.gateway.identity;

import com.netfocus.contracts.caller.Caller;
import com.netfocus.contracts.caller.CallerHeaders;
import com.netfocus.contracts.caller.IdentitySignature;
import com.netfocus.gateway.testing.LocalGatewayTest;
import com.netfocus.gateway.testing.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static com.netfocus.gateway.testing.TestBackends.CONTACT;
import static org.assertj.core.api.Assertions.assertThat;

class CallerHeadersTest extends LocalGatewayTest {

    @Autowired
    private IdentitySignature seal;

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
        assertThat(received.headerValues(CallerHeaders.ROLES)).containsExactly("REP,MANAGER");
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
        Optional<Caller> verified = seal.verify(name -> received.headerValues(name).stream().findFirst().orElse(null),
                Instant.now(), Duration.ofMinutes(1));
        assertThat(verified).contains(new Caller("rep-8", "org-a", "team-y", Set.of("REP")));
        assertThat(new IdentitySignature("a-different-secret-that-is-long-enough-too")
                .verify(name -> received.headerValues(name).stream().findFirst().orElse(null), Instant.now(),
                        Duration.ofMinutes(1))).as("another secret does not verify it").isEmpty();
    }
}
