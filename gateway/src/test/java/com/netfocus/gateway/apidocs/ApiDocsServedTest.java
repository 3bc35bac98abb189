package com.netfocus.gateway.apidocs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.netfocus.contracts.caller.Caller;
import com.netfocus.contracts.caller.IdentitySignature;
import com.netfocus.contracts.caller.SealedRequest;
import com.netfocus.gateway.testing.ProviderGatewayTest;
import com.netfocus.gateway.testing.RecordedRequest;
import com.netfocus.gateway.testing.RecordingBackend;
import com.netfocus.gateway.testing.ServiceDescriptions;
import com.netfocus.gateway.testing.TestBackends;
import com.netfocus.gateway.testing.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * As in production (no local profile): the merged description and the API page need no token; the gateway reads each
 * service's description from the service with a sealed identity; its own part is served nowhere on its own.
 */
class ApiDocsServedTest extends ProviderGatewayTest {

    private static final int SWAGGER_UI_BUNDLE_BYTES = 8 * 1024 * 1024;
    /** The tests' identity secret, shared with the services. */
    private static final IdentitySignature SEAL = new IdentitySignature(TestBackends.IDENTITY_SECRET);

    @BeforeEach
    void servicesDescribeThemselves() {
        ServiceDescriptions.served();
    }

    @Test
    void one_description_of_every_service_is_served_as_json_and_yaml_without_a_token() throws Exception {
        JsonNode json = new ObjectMapper().readTree(client.get().uri("/api/v1/openapi.json").exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody(String.class).returnResult().getResponseBody());
        String yaml = client.get().uri("/api/v1/openapi.yaml").exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.parseMediaType("application/yaml"))
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(new ObjectMapper(new YAMLFactory()).readTree(yaml)).isEqualTo(json);
        assertThat(json.at("/info/title").asText()).isEqualTo("Netfocus API");
        assertThat(json.at("/servers/0/url").asText()).isEqualTo("/");
        assertThat(json.at("/paths/~1api~1v1~1plans/post/operationId").asText()).isEqualTo("createPlan");
        assertThat(json.at("/paths/~1api~1v1~1plans/x-netfocus-service").asText()).isEqualTo("planning");
        assertThat(json.at("/paths/~1api~1v1~1platforms/x-netfocus-service").asText()).isEqualTo("catalog");
        assertThat(json.at("/paths/~1api~1v1~1contacts/x-netfocus-service").asText()).isEqualTo("contact");
        assertThat(json.at("/paths").has("/api/v1/dev/token")).as("outside the local profile there is none").isFalse();
        assertThat(json.at("/paths/~1api~1v1~1contacts/get/responses/429/$ref").asText())
                .isEqualTo("#/components/responses/TooManyRequests");
        assertThat(json.at("/components/responses/TooManyRequests/content/application~1problem+json/schema/$ref")
                .asText()).isEqualTo("#/components/schemas/Problem");
        assertThat(json.has(DescriptionMerge.UNAVAILABLE_EXTENSION)).isFalse();
    }

    @Test
    void each_service_is_asked_with_an_identity_the_gateway_sealed() {
        client.get().uri("/api/v1/openapi.json").exchange().expectStatus().isOk();

        for (RecordingBackend backend : List.of(TestBackends.PLANNING, TestBackends.CATALOG, TestBackends.CONTACT)) {
            RecordedRequest request = backend.lastRequestTo(ServiceDescriptions.PATH).orElseThrow();
            Optional<Caller> caller = SEAL.verify(request::header,
                    SealedRequest.of(request.method(), URI.create(request.pathAndQuery())), Instant.now(),
                    Duration.ofSeconds(60));
            assertThat(caller).as(backend.name()).map(Caller::userId).contains("api-description-reader");
            assertThat(caller.get().roles()).as("the reader holds no role").isEmpty();
        }
    }

    @Test
    void the_gateways_own_part_is_not_served_on_its_own() {
        client.get().uri("/v3/api-docs").exchange().expectStatus().isUnauthorized();
        String token = providerToken(TestTokens.claims("admin-1", "org-a", "team-x", List.of("ADMIN")));
        client.get().uri("/v3/api-docs").header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void the_page_and_the_swagger_ui_files_come_from_the_gateway_without_a_token() {
        String page = client.get().uri("/api/docs").exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(page).as("no inline style or script: the policy allows none").doesNotContain("<style")
                .doesNotContain("style=").doesNotContain("<script>");
        assertThat(page).contains("/api/docs/swagger-ui/swagger-ui-bundle.js")
                .contains("/api/docs/netfocus/netfocus-initializer.js")
                .doesNotContain("https://", "http://");

        for (String file : new String[]{"/api/docs/swagger-ui/swagger-ui-bundle.js",
                "/api/docs/swagger-ui/swagger-ui-standalone-preset.js", "/api/docs/swagger-ui/swagger-ui.css"}) {
            // the bundle is larger than the test client's default buffer
            client.mutate().codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(SWAGGER_UI_BUNDLE_BYTES)).build()
                    .get().uri(file).exchange()
                    .expectStatus().isOk()
                    .expectBody(byte[].class).value(body -> assertThat(body.length).isGreaterThan(10_000));
        }
        client.get().uri("/api/docs/netfocus/netfocus-initializer.js").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(script -> assertThat(script)
                        .contains("url: '/api/v1/openapi.yaml'").contains("validatorUrl: null"));
    }

    @Test
    void the_page_and_its_files_carry_a_strict_content_security_policy() {
        for (String path : new String[]{"/api/docs", "/api/docs/netfocus/netfocus-initializer.js",
                "/api/docs/netfocus/page.css", "/api/docs/swagger-ui/swagger-ui.css"}) {
            client.get().uri(path).exchange()
                    .expectStatus().isOk()
                    .expectHeader().value("Content-Security-Policy", policy -> assertThat(policy).as(path)
                            .contains("default-src 'self'").contains("script-src 'self'").contains("style-src 'self'")
                            .contains("connect-src 'self'").contains("object-src 'none'")
                            .contains("frame-ancestors 'none'").doesNotContain("unsafe-inline")
                            .doesNotContain("unsafe-eval"))
                    .expectHeader().valueEquals("Referrer-Policy", "no-referrer")
                    .expectHeader().valueEquals("X-Content-Type-Options", "nosniff");
        }
    }

    @Test
    void nothing_else_is_exposed_under_the_page() {
        client.get().uri("/api/docs/swagger-ui/no-such-file.js").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        client.get().uri("/api/docs/swagger-ui/../../application.yml").exchange()
                .expectStatus().is4xxClientError()
                .expectBody(String.class)
                .value(body -> assertThat(Objects.toString(body, "")).doesNotContain("spring:"));
        client.post().uri("/api/v1/openapi.yaml").exchange()
                .expectStatus().isUnauthorized();
    }
}
