package com.netfocus.gateway.apidocs;

import com.netfocus.gateway.testing.ProviderGatewayTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/** As in production (no local profile): the description and the API page need no token. */
class ApiDocsServedTest extends ProviderGatewayTest {

    private static final int SWAGGER_UI_BUNDLE_BYTES = 8 * 1024 * 1024;

    @Test
    void the_description_is_served_as_yaml_and_json_without_a_token() {
        client.get().uri("/api/v1/openapi.yaml").exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.parseMediaType("application/yaml"))
                .expectBody(String.class).value(yaml -> assertThat(yaml)
                        .contains("openapi: 3.0.3").contains("/api/v1/plans/{planId}/history:"));

        // the whole description is larger than a test client buffers by default
        client.mutate().codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(2 * 1024 * 1024)).build()
                .get().uri("/api/v1/openapi.json").exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody()
                .jsonPath("$.openapi").isEqualTo("3.0.3")
                .jsonPath("$.paths['/api/v1/plans'].post.operationId").isEqualTo("createPlan");
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
