package com.netfocus.gateway.cors;

import com.netfocus.contracts.caller.CallerHeaders;
import com.netfocus.gateway.testing.LocalGatewayTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import java.util.UUID;

import static com.netfocus.gateway.testing.TestBackends.PLANNING;
import static org.assertj.core.api.Assertions.assertThat;

/** The local profile lets a web app on a localhost dev server (any port) call the API; nobody else. */
class CorsLocalProfileTest extends LocalGatewayTest {

    private static final String DEV_SERVER = "http://localhost:5173";

    @Test
    void a_preflight_from_localhost_is_answered_by_the_gateway_without_a_token() {
        String path = "/api/v1/plans/" + UUID.randomUUID() + "/objectives";
        client.options().uri(path)
                .header(HttpHeaders.ORIGIN, DEV_SERVER)
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "authorization, content-type, x-correlation-id")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, DEV_SERVER)
                .expectHeader().value(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS,
                        methods -> assertThat(methods).contains("POST"))
                .expectHeader().value(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, headers -> assertThat(headers
                        .toLowerCase()).contains("authorization").contains("content-type").contains("x-correlation-id"))
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_MAX_AGE, "1800")
                .expectHeader().exists(CallerHeaders.CORRELATION_ID);

        assertThat(PLANNING.lastRequestTo(path)).as("a preflight never reaches a service").isEmpty();
    }

    @Test
    void the_actual_request_is_proxied_and_its_answer_readable_by_the_page() {
        String path = "/api/v1/plans/" + UUID.randomUUID();
        client.get().uri(path)
                .header(HttpHeaders.ORIGIN, "http://127.0.0.1:3000")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + repToken())
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "http://127.0.0.1:3000")
                .expectHeader().value(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS,
                        exposed -> assertThat(exposed).contains(CallerHeaders.CORRELATION_ID).contains("Retry-After"));
        assertThat(PLANNING.lastRequestTo(path)).isPresent();
    }

    @Test
    void an_origin_header_that_is_no_origin_is_a_403_problem_not_a_server_error() {
        for (String broken : new String[]{"http://localhost:1.x", "http://localhost:99999", "http://[::1", "::::",
                "http://localhost:5173/path", "http://user@localhost:5173"}) {
            String path = "/api/v1/plans/" + UUID.randomUUID();
            client.get().uri(path)
                    .header(HttpHeaders.ORIGIN, broken)
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + repToken())
                    .exchange()
                    .expectStatus().isForbidden()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectHeader().exists(CallerHeaders.CORRELATION_ID)
                    .expectBody()
                    .jsonPath("$.type").isEqualTo("https://netfocus.example/problems/cors-rejected")
                    .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("not an origin"));
            assertThat(PLANNING.lastRequestTo(path)).as(broken).isEmpty();
        }
        assertThat(CorsFilter.isOrigin("http://localhost:5173")).isTrue();
        assertThat(CorsFilter.isOrigin("https://[::1]:8443")).isTrue();
        assertThat(CorsFilter.isOrigin("null")).isTrue();
    }

    @Test
    void another_origin_or_a_method_not_allowed_is_refused_with_a_403_problem() {
        client.options().uri("/api/v1/plans")
                .header(HttpHeaders.ORIGIN, "https://evil.example")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://netfocus.example/problems/cors-rejected");

        client.options().uri("/api/v1/plans")
                .header(HttpHeaders.ORIGIN, DEV_SERVER)
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, HttpMethod.PATCH.name())
                .exchange()
                .expectStatus().isForbidden();

        String path = "/api/v1/plans/" + UUID.randomUUID();
        client.get().uri(path)
                .header(HttpHeaders.ORIGIN, "https://evil.example")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + repToken())
                .exchange()
                .expectStatus().isForbidden();
        assertThat(PLANNING.lastRequestTo(path)).isEmpty();
    }
}
