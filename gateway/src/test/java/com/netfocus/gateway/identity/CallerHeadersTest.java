package com.netfocus.gateway.identity;

import com.netfocus.contracts.caller.CallerHeaders;
import com.netfocus.gateway.testing.LocalGatewayTest;
import com.netfocus.gateway.testing.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

import java.util.UUID;

import static com.netfocus.gateway.testing.TestBackends.CONTACT;
import static org.assertj.core.api.Assertions.assertThat;

class CallerHeadersTest extends LocalGatewayTest {

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
}
