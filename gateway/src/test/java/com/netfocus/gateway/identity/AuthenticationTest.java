package com.netfocus.gateway.identity;

import com.netfocus.gateway.testing.LocalGatewayTest;
import com.netfocus.gateway.testing.TestTokens;
import com.nimbusds.jwt.JWTClaimsSet;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import static com.netfocus.gateway.testing.TestBackends.CATALOG;
import static com.netfocus.gateway.testing.TestBackends.PLANNING;
import static org.assertj.core.api.Assertions.assertThat;

class AuthenticationTest extends LocalGatewayTest {

    private static final String OTHER_KEY = "another-key-that-is-long-enough-for-hs256-signing";

    @Test
    void no_token_is_401_problem_and_nothing_reaches_the_backend() {
        String path = "/api/v1/plans/" + UUID.randomUUID();
        expectUnauthenticated(client.get().uri(path).exchange());
        assertThat(PLANNING.lastRequestTo(path)).isEmpty();
    }

    @Test
    void a_non_bearer_authorization_is_401_problem() {
        expectUnauthenticated(client.get().uri("/api/v1/plans")
                .header(HttpHeaders.AUTHORIZATION, "Basic dXNlcjpwYXNz").exchange());
    }

    @Test
    void garbage_token_is_401_problem() {
        expectUnauthenticated(get("/api/v1/plans", "not.a.jwt"));
    }

    @Test
    void expired_token_is_401_problem() {
        Instant past = Instant.now().minus(Duration.ofHours(2));
        String expired = token(TestTokens.claims("user-1", "org-a", "team-x", List.of("REP"))
                .issueTime(Date.from(past))
                .expirationTime(Date.from(past.plus(Duration.ofMinutes(30))))
                .build());
        expectUnauthenticated(get("/api/v1/plans", expired));
    }

    @Test
    void token_without_an_expiry_is_401_problem() {
        String everlasting = token(new JWTClaimsSet.Builder(TestTokens.claims("user-1", "org-a", "team-x",
                List.of("ADMIN")).build()).expirationTime(null).build());
        expectUnauthenticated(get("/api/v1/plans", everlasting))
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("no expiry"));
    }

    @Test
    void token_issued_in_the_future_is_401_problem() {
        Instant tomorrow = Instant.now().plus(Duration.ofDays(1));
        String fromTheFuture = token(TestTokens.claims("user-1", "org-a", "team-x", List.of("ADMIN"))
                .issueTime(Date.from(tomorrow))
                .expirationTime(Date.from(tomorrow.plus(Duration.ofHours(1))))
                .build());
        expectUnauthenticated(get("/api/v1/plans", fromTheFuture))
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("issued in the future"));

        Instant withinSkew = Instant.now().plusSeconds(20);
        String slightlyAhead = token(TestTokens.claims("user-1", "org-a", "team-x", List.of("REP"))
                .issueTime(Date.from(withinSkew)).build());
        get("/api/v1/plans", slightlyAhead).expectStatus().isOk();
    }

    @Test
    void token_signed_with_the_key_once_shipped_in_the_jar_is_401_problem() {
        String minted = TestTokens.hs256("netfocus-local-development-signing-key-not-for-production",
                TestTokens.claims("user-1", "org-a", "team-x", List.of("ADMIN")).build());
        expectUnauthenticated(get("/api/v1/plans", minted));
    }

    @Test
    void refusals_speak_plain_words_not_the_token_librarys() {
        Instant past = Instant.now().minus(Duration.ofHours(2));
        String expired = token(TestTokens.claims("user-1", "org-a", "team-x", List.of("REP"))
                .issueTime(Date.from(past)).expirationTime(Date.from(past.plus(Duration.ofMinutes(30)))).build());
        String forged = TestTokens.hs256(OTHER_KEY, TestTokens.claims("user-1", "org-a", "team-x", List.of("REP")).build());
        for (String token : new String[]{"not.a.jwt", "a.b", expired, forged,
                TestTokens.unsigned(TestTokens.claims("user-1", "org-a", "team-x", List.of("REP")).build())}) {
            expectUnauthenticated(get("/api/v1/plans", token))
                    .jsonPath("$.detail").value(detail -> assertThat((String) detail)
                            .doesNotContainIgnoringCase("jwt:").doesNotContain("Exception").doesNotContain("nimbus")
                            .doesNotContain("decode").doesNotContain("Malformed").doesNotContain("Jwt "));
        }
    }

    @Test
    void token_signed_with_another_key_is_401_problem() {
        String forged = TestTokens.hs256(OTHER_KEY,
                TestTokens.claims("user-1", "org-a", "team-x", List.of("ADMIN")).build());
        expectUnauthenticated(get("/api/v1/plans", forged));
    }

    @Test
    void unsigned_alg_none_token_is_401_problem() {
        String unsigned = TestTokens.unsigned(TestTokens.claims("user-1", "org-a", "team-x", List.of("ADMIN")).build());
        expectUnauthenticated(get("/api/v1/plans", unsigned));
    }

    @Test
    void token_without_org_is_401_problem() {
        expectUnauthenticated(get("/api/v1/plans", tokenFor("user-1", null, "team-x", "REP")));
    }

    @Test
    void token_without_sub_or_team_is_401_problem() {
        expectUnauthenticated(get("/api/v1/plans", tokenFor(null, "org-a", "team-x", "REP")));
        expectUnauthenticated(get("/api/v1/plans", tokenFor("user-1", "org-a", null, "REP")));
    }

    @Test
    void token_with_unknown_or_no_roles_is_401_problem() {
        expectUnauthenticated(get("/api/v1/plans", tokenFor("user-1", "org-a", "team-x", "ROOT")));
        expectUnauthenticated(get("/api/v1/plans", tokenFor("user-1", "org-a", "team-x")));
        String roleAsText = token(TestTokens.claims("user-1", "org-a", "team-x", null).claim("roles", "ADMIN").build());
        expectUnauthenticated(get("/api/v1/plans", roleAsText));
    }

    @Test
    void health_is_open() {
        client.get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
    }

    @Test
    void listing_a_platform_needs_the_admin_role() {
        client.post().uri("/api/v1/platforms")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + repToken())
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(403)
                .jsonPath("$.type").isEqualTo("https://netfocus.example/problems/forbidden");

        String marker = UUID.randomUUID().toString();
        client.post().uri("/api/v1/platforms")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + tokenFor("boss", "org-a", "team-x", "ADMIN"))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"name\":\"" + marker + "\"}")
                .exchange()
                .expectStatus().isOk();
        assertThat(CATALOG.lastRequestTo("/api/v1/platforms").orElseThrow().body()).contains(marker);
    }

    private WebTestClient.ResponseSpec get(String path, String token) {
        return client.get().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();
    }

    private static WebTestClient.BodyContentSpec expectUnauthenticated(WebTestClient.ResponseSpec response) {
        return response.expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().value(HttpHeaders.WWW_AUTHENTICATE, value -> assertThat(value).startsWith("Bearer"))
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://netfocus.example/problems/unauthenticated")
                .jsonPath("$.title").isNotEmpty()
                .jsonPath("$.status").isEqualTo(401)
                .jsonPath("$.detail").isNotEmpty();
    }
}
