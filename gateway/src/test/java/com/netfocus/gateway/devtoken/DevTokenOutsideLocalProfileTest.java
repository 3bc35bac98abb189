package com.netfocus.gateway.devtoken;

import com.netfocus.contracts.caller.CallerHeaders;
import com.netfocus.gateway.testing.ProviderGatewayTest;
import com.netfocus.gateway.testing.TestBackends;
import com.netfocus.gateway.testing.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without the local profile: tokens come from an identity provider's JWK set (here served by a test backend),
 * and the dev token endpoint does not exist.
 */
class DevTokenOutsideLocalProfileTest extends ProviderGatewayTest {

    @Autowired
    ApplicationContext context;

    @Test
    void the_endpoint_and_its_beans_do_not_exist() {
        assertThat(context.getBeanNamesForType(DevTokenController.class)).isEmpty();
        assertThat(context.getBeanNamesForType(DevTokenIssuer.class)).isEmpty();

        client.post().uri("/api/v1/dev/token")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("sub", "u", "org", "o", "team", "t", "roles", List.of("ADMIN")))
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);

        client.post().uri("/api/v1/dev/token")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + providerToken("user-1", "org-a"))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("sub", "u", "org", "o", "team", "t", "roles", List.of("ADMIN")))
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void a_token_from_the_identity_provider_is_accepted_and_passed_on() {
        String path = "/api/v1/plans/" + UUID.randomUUID();
        client.get().uri(path)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + providerToken("user-9", "org-z"))
                .exchange()
                .expectStatus().isOk();

        assertThat(TestBackends.PLANNING.lastRequestTo(path).orElseThrow().header(CallerHeaders.ORG)).isEqualTo("org-z");
    }

    @Test
    void the_providers_token_without_org_is_refused() {
        client.get().uri("/api/v1/plans")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + providerToken("user-9", null))
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("org"));
    }

    @Test
    void a_locally_signed_token_is_refused() {
        String local = TestTokens.hs256("netfocus-local-development-signing-key-not-for-production",
                TestTokens.claims("user-1", "org-a", "team-x", List.of("ADMIN")).build());
        client.get().uri("/api/v1/plans")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + local)
                .exchange()
                .expectStatus().isUnauthorized();
    }

    private static String providerToken(String sub, String org) {
        return providerToken(TestTokens.claims(sub, org, "team-1", List.of("REP")));
    }
}
