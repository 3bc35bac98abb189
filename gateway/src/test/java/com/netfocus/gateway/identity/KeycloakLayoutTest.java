package com.netfocus.gateway.identity;

import com.netfocus.gateway.testing.ProviderGatewayTest;
import com.nimbusds.jwt.JWTClaimsSet;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.netfocus.gateway.testing.ForwardedCaller.assertForwarded;
import static com.netfocus.gateway.testing.TestBackends.PLANNING;
import static org.assertj.core.api.Assertions.assertThat;

/** Keycloak's layout, configured exactly as the README's snippet (identity-providers/keycloak.yml). */
@TestPropertySource(properties = "spring.config.import=classpath:identity-providers/keycloak.yml")
class KeycloakLayoutTest extends ProviderGatewayTest {

    private static final String ISSUER = "https://login.acme.example/realms/netfocus";
    private static final List<String> KEYCLOAK_DEFAULT_ROLES =
            List.of("offline_access", "uma_authorization", "default-roles-netfocus");

    @Test
    void realm_roles_are_mapped_and_the_caller_is_passed_on() {
        List<String> realmRoles = new ArrayList<>(KEYCLOAK_DEFAULT_ROLES);
        realmRoles.addAll(List.of("netfocus-manager", "netfocus-rep"));
        String path = "/api/v1/plans/" + UUID.randomUUID();

        get(path, keycloakToken("f3a1c2d4-5b6e-4f70-8a9b-0c1d2e3f4a5b", realmRoles)).expectStatus().isOk();

        assertForwarded(PLANNING.lastRequestTo(path).orElseThrow(),
                "f3a1c2d4-5b6e-4f70-8a9b-0c1d2e3f4a5b", "org-acme", "team-emea", "MANAGER,REP");
    }

    @Test
    void a_token_with_only_keycloaks_default_roles_is_401() {
        get("/api/v1/plans", keycloakToken("user-1", KEYCLOAK_DEFAULT_ROLES))
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail")
                .value(detail -> assertThat((String) detail).contains("realm_access.roles"));
    }

    @Test
    void a_token_of_another_realm_or_for_another_client_is_401() {
        JWTClaimsSet.Builder otherRealm = claims("user-1", List.of("netfocus-rep"))
                .issuer("https://login.acme.example/realms/other");
        get("/api/v1/plans", providerToken(otherRealm)).expectStatus().isUnauthorized();

        JWTClaimsSet.Builder otherClient = claims("user-1", List.of("netfocus-rep")).audience("account");
        get("/api/v1/plans", providerToken(otherClient)).expectStatus().isUnauthorized();

        // the audience is required once one is configured: a token naming none is not for this API either
        JWTClaimsSet.Builder noAudience = claims("user-1", List.of("netfocus-rep")).audience((String) null);
        get("/api/v1/plans", providerToken(noAudience)).expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("(aud)"));
    }

    private WebTestClient.ResponseSpec get(String path, String token) {
        return client.get().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();
    }

    private static String keycloakToken(String sub, List<String> realmRoles) {
        return providerToken(claims(sub, realmRoles));
    }

    private static JWTClaimsSet.Builder claims(String sub, List<String> realmRoles) {
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(List.of("netfocus-api", "account"))
                .subject(sub)
                .claim("preferred_username", "anna")
                .claim("org", "org-acme")
                .claim("team", "team-emea")
                .claim("realm_access", Map.of("roles", realmRoles))
                .claim("resource_access", Map.of("account", Map.of("roles", List.of("manage-account"))));
    }
}
