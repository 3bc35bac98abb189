package com.netfocus.gateway.routing;

import com.netfocus.gateway.testing.LocalGatewayTest;
import com.netfocus.gateway.testing.RecordedRequest;
import com.netfocus.gateway.testing.RecordingBackend;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.MediaType;
import reactor.core.publisher.Flux;

import java.util.UUID;
import java.util.stream.Stream;

import static com.netfocus.gateway.testing.TestBackends.CATALOG;
import static com.netfocus.gateway.testing.TestBackends.CONTACT;
import static com.netfocus.gateway.testing.TestBackends.PLANNING;
import static org.assertj.core.api.Assertions.assertThat;

class RoutingTest extends LocalGatewayTest {

    static Stream<Arguments> routes() {
        String plan = "plan-" + UUID.randomUUID();
        return Stream.of(
                Arguments.of("/api/v1/platforms", CATALOG),
                Arguments.of("/api/v1/platforms/p-1", CATALOG),
                Arguments.of("/api/v1/platforms?kind=SEMINAR&page=2", CATALOG),
                Arguments.of("/api/v1/plans/" + plan + "/recommendations", CATALOG),
                Arguments.of("/api/v1/plans/" + plan + "/portfolio", CATALOG),
                Arguments.of("/api/v1/teams/team-north/coverage?from=2031-01-01&to=2031-03-31", CATALOG),
                Arguments.of("/api/v1/teams/team-north/portfolio", CATALOG),
                Arguments.of("/api/v1/plans/" + plan + "/returns", CATALOG),
                Arguments.of("/api/v1/contacts", CONTACT),
                Arguments.of("/api/v1/contacts/c-1", CONTACT),
                Arguments.of("/api/v1/plans/" + plan + "/known-matches", CONTACT),
                Arguments.of("/api/v1/plans/" + plan + "/people", CONTACT),
                Arguments.of("/api/v1/follow-ups/f-1", CONTACT),
                Arguments.of("/api/v1/plans", PLANNING),
                Arguments.of("/api/v1/plans/" + plan, PLANNING),
                Arguments.of("/api/v1/plans/" + plan + "?asOf=2025-01-01T00:00:00Z", PLANNING),
                Arguments.of("/api/v1/plans/" + plan + "/history", PLANNING),
                Arguments.of("/api/v1/plans/" + plan + "/objectives", PLANNING),
                Arguments.of("/api/v1/plans/" + plan + "/people/extra", PLANNING),
                Arguments.of("/api/v1/smart-check", PLANNING),
                Arguments.of("/api/v1/org-settings", PLANNING),
                Arguments.of("/api/v1/plans/" + plan + "/history/verification", PLANNING),
                Arguments.of("/api/v1/audit", PLANNING),
                Arguments.of("/api/v1/dead-letters/planning", PLANNING),
                Arguments.of("/api/v1/dead-letters/planning/" + plan + "/replay", PLANNING));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("routes")
    void each_path_family_reaches_its_service_unchanged(String pathAndQuery, RecordingBackend expected) {
        client.get().uri(pathAndQuery)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + repToken())
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("X-Backend", expected.name());

        assertThat(expected.lastRequestTo(pathAndQuery)).as("request reached %s", expected.name()).isPresent();
        Stream.of(PLANNING, CATALOG, CONTACT).filter(other -> other != expected).forEach(other ->
                assertThat(other.lastRequestTo(pathAndQuery)).as("not sent to %s", other.name()).isEmpty());
    }

    @Test
    void a_post_body_and_method_are_forwarded() {
        String path = "/api/v1/plans/" + UUID.randomUUID() + "/objectives";
        String body = "{\"statement\":\"Meet three CFOs in logistics\",\"target\":3}";
        client.post().uri(path)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + repToken())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange()
                .expectStatus().isOk();

        RecordedRequest received = PLANNING.lastRequestTo(path).orElseThrow();
        assertThat(received.method()).isEqualTo("POST");
        assertThat(received.body()).isEqualTo(body);
        assertThat(received.header("Content-Type")).startsWith("application/json");
    }

    @Test
    void a_backend_problem_passes_through_unchanged() {
        String path = "/api/v1/plans/" + UUID.randomUUID() + "/objectives";
        String problem = "{\"type\":\"https://netfocus.example/problems/rule-violated\",\"title\":\"The request "
                + "breaks a rule\",\"status\":422,\"detail\":\"not specific\",\"errors\":[{\"field\":\"statement\","
                + "\"reason\":\"is not specific\"}]}";
        PLANNING.answer(path, 422, "application/problem+json", problem);

        client.post().uri(path)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + repToken())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectStatus().isEqualTo(422)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(String.class).isEqualTo(problem);
    }

    @Test
    void a_path_without_route_is_a_404_problem() {
        client.get().uri("/api/v1/nowhere")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + repToken())
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(404)
                .jsonPath("$.type").isEqualTo("https://netfocus.example/problems/not-found")
                .jsonPath("$.title").isNotEmpty()
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("/api/v1/nowhere"));
    }

    @Test
    void an_oversized_body_is_a_413_problem_and_never_reaches_the_backend() {
        String path = "/api/v1/plans/" + UUID.randomUUID() + "/attendance";
        byte[] huge = new byte[2 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) 'a');

        client.post().uri(path)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + repToken())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(huge)
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(413);

        assertThat(PLANNING.lastRequestTo(path)).isEmpty();
    }

    @Test
    void an_oversized_chunked_body_is_a_413_problem() {
        String path = "/api/v1/plans/" + UUID.randomUUID() + "/attendance";
        DefaultDataBufferFactory buffers = new DefaultDataBufferFactory();
        byte[] chunk = new byte[64 * 1024];
        java.util.Arrays.fill(chunk, (byte) 'a');
        // no Content-Length: the limit must be enforced while the body streams
        Flux<DataBuffer> body = Flux.range(0, 32).map(i -> buffers.wrap(chunk));

        client.post().uri(path)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + repToken())
                .contentType(MediaType.APPLICATION_JSON)
                .body(body, DataBuffer.class)
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://netfocus.example/problems/payload-too-large");
    }
}
