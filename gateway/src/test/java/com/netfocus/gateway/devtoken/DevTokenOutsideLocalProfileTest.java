package com.netfocus.gateway.devtoken;

import com.netfocus.contracts.caller.CallerHeaders;
import com.netfocus.gateway.testing.RecordingBackend;
import com.netfocus.gateway.testing.TestBackends;
import com.netfocus.gateway.testing.TestTokens;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without the local profile: tokens come from an identity provider's JWK set (here served by a test backend),
 * and the dev token endpoint does not exist.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DevTokenOutsideLocalProfileTest {

    private static final RSAKey PROVIDER_KEY = generateKey();
    private static final RecordingBackend IDENTITY_PROVIDER = RecordingBackend.start("identity-provider");

    static {
        IDENTITY_PROVIDER.answer("/jwks", 200, "application/json", new JWKSet(PROVIDER_KEY.toPublicJWK()).toString());
    }

    @Autowired
    WebTestClient client;

    @Autowired
    ApplicationContext context;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestBackends.register(registry);
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", () -> IDENTITY_PROVIDER.url() + "/jwks");
    }

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
        try {
            return TestTokens.sign(new RSASSASigner(PROVIDER_KEY), JWSAlgorithm.RS256,
                    TestTokens.claims(sub, org, "team-1", List.of("REP")).build());
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey generateKey() {
        try {
            return new RSAKeyGenerator(2048).keyID("test-provider").generate();
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
