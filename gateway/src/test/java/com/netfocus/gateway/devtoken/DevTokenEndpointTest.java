package com.netfocus.gateway.devtoken;

import com.netfocus.contracts.caller.CallerHeaders;
import com.netfocus.gateway.testing.LocalGatewayTest;
import com.netfocus.gateway.testing.RecordedRequest;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static com.netfocus.gateway.testing.TestBackends.PLANNING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class DevTokenEndpointTest extends LocalGatewayTest {

    @Test
    void issues_an_hs256_token_the_gateway_accepts() throws Exception {
        String token = client.post().uri("/api/v1/dev/token")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("sub", "dev-1", "org", "org-local", "team", "team-1",
                        "roles", new String[]{"MANAGER", "REP"}))
                .exchange()
                .expectStatus().isOk()
                .expectBody(DevToken.class).returnResult().getResponseBody().token();

        SignedJWT jwt = SignedJWT.parse(token);
        assertThat(jwt.getHeader().getAlgorithm().getName()).isEqualTo("HS256");
        assertThat(jwt.getJWTClaimsSet().getSubject()).isEqualTo("dev-1");
        assertThat(jwt.getJWTClaimsSet().getExpirationTime().toInstant())
                .isCloseTo(Instant.now().plus(Duration.ofHours(8)), within(Duration.ofMinutes(1)));

        String path = "/api/v1/plans/" + UUID.randomUUID();
        client.get().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .exchange().expectStatus().isOk();
        RecordedRequest received = PLANNING.lastRequestTo(path).orElseThrow();
        assertThat(received.header(CallerHeaders.USER)).isEqualTo("dev-1");
        assertThat(received.header(CallerHeaders.ORG)).isEqualTo("org-local");
        assertThat(received.header(CallerHeaders.TEAM)).isEqualTo("team-1");
        assertThat(received.header(CallerHeaders.ROLES)).isEqualTo("MANAGER,REP");
    }

    @Test
    void missing_sub_is_400_naming_the_field() {
        expectBadRequest(post("{\"org\":\"o\",\"team\":\"t\",\"roles\":[\"REP\"]}"), "sub");
    }

    @Test
    void missing_org_is_400_naming_the_field() {
        expectBadRequest(post("{\"sub\":\"u\",\"org\":\" \",\"team\":\"t\",\"roles\":[\"REP\"]}"), "org");
    }

    @Test
    void unknown_role_is_400_naming_the_field() {
        expectBadRequest(post("{\"sub\":\"u\",\"org\":\"o\",\"team\":\"t\",\"roles\":[\"REP\",\"ROOT\"]}"), "roles[1]");
    }

    @Test
    void unknown_field_or_broken_json_is_400() {
        expectBadRequest(post("{\"sub\":\"u\",\"org\":\"o\",\"team\":\"t\",\"roles\":[\"REP\"],\"admin\":true}"),
                "admin");
        expectBadRequest(post("{\"sub\":"), "body");
    }

    private WebTestClient.ResponseSpec post(String json) {
        return client.post().uri("/api/v1/dev/token")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(json)
                .exchange();
    }

    private static void expectBadRequest(WebTestClient.ResponseSpec response, String field) {
        response.expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(400)
                .jsonPath("$.title").isNotEmpty()
                .jsonPath("$.type").isEqualTo("https://netfocus.example/problems/invalid-request")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains(field))
                .jsonPath("$.errors[0].field").isEqualTo(field);
    }
}
