package com.netfocus.gateway.identity;

import com.netfocus.gateway.testing.ProviderGatewayTest;
import com.nimbusds.jwt.JWTClaimsSet;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.List;
import java.util.UUID;

import static com.netfocus.gateway.testing.ForwardedCaller.assertForwarded;
import static com.netfocus.gateway.testing.TestBackends.CONTACT;
import static org.assertj.core.api.Assertions.assertThat;

/** Okta's layout, configured exactly as the README's snippet (identity-providers/okta.yml). */
@TestPropertySource(properties = "spring.config.import=classpath:identity-providers/okta.yml")
class OktaLayoutTest extends ProviderGatewayTest {

    private static final String ISSUER = "https://acme.okta.com/oauth2/default";

    @Test
    void groups_are_mapped_unrelated_groups_ignored_and_the_caller_is_passed_on() {
        String path = "/api/v1/contacts/" + UUID.randomUUID();

        get(path, providerToken(claims(List.of("Everyone", "Netfocus-Reps", "Sales-EMEA"))))
                .expectStatus().isOk();

        assertForwarded(CONTACT.lastRequestTo(path).orElseThrow(), "anna.berg@acme.example", "org-acme",
                "Nordics", "REP");
    }

    @Test
    void a_token_without_a_netfocus_group_or_without_the_organization_is_401() {
        get("/api/v1/contacts", providerToken(claims(List.of("Everyone"))))
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("groups"));
        get("/api/v1/contacts", providerToken(claims(List.of("Netfocus-Reps")).claim("organization", null)))
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.detail")
                .value(detail -> assertThat((String) detail).contains("organization"));
    }

    @Test
    void the_default_claim_names_mean_nothing_under_this_layout() {
        // a token in Netfocus' own layout, signed by the same provider, names no org where Okta's layout looks
        JWTClaimsSet.Builder netfocusLayout = new JWTClaimsSet.Builder().issuer(ISSUER).audience("api://netfocus")
                .subject("user-1").claim("org", "org-acme").claim("team", "t").claim("roles", List.of("ADMIN"));
        get("/api/v1/contacts", providerToken(netfocusLayout)).expectStatus().isUnauthorized();
    }

    private WebTestClient.ResponseSpec get(String path, String token) {
        return client.get().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();
    }

    private static JWTClaimsSet.Builder claims(List<String> groups) {
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience("api://netfocus")
                .subject("anna.berg@acme.example")
                .claim("uid", "00u1a2b3c4D5e6F7g8h9")
                .claim("cid", "0oa1b2c3d4E5f6G7h8i9")
                .claim("scp", List.of("openid", "profile"))
                .claim("organization", "org-acme")
                .claim("department", "Nordics")
                .claim("groups", groups);
    }
}
