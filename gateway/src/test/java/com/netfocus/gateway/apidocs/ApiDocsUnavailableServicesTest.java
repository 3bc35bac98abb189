package com.netfocus.gateway.apidocs;

import com.netfocus.gateway.testing.ProviderGatewayTest;
import com.netfocus.gateway.testing.ServiceDescriptions;
import com.netfocus.gateway.testing.TestBackends;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;

/**
 * A service whose description cannot be read: the description says which one and lacks its paths, and is built again
 * on the next request (nothing kept); with none readable the answer is 503 problem+json with Retry-After.
 */
class ApiDocsUnavailableServicesTest extends ProviderGatewayTest {

    @DynamicPropertySource
    static void quickly(DynamicPropertyRegistry registry) {
        registry.add("netfocus.gateway.api-docs.read-timeout", () -> "1s");
        // every request builds the description again, so that each test sees the services as it scripted them
        registry.add("netfocus.gateway.api-docs.keep-for", () -> "0s");
    }

    @AfterEach
    void servicesDescribeThemselvesAgain() {
        ServiceDescriptions.served();
    }

    @Test
    void a_service_that_fails_or_is_too_slow_is_named_and_left_out_until_it_answers() {
        ServiceDescriptions.served();
        TestBackends.CATALOG.answer(ServiceDescriptions.PATH, 500, "application/problem+json", "{\"status\":500}");
        TestBackends.CONTACT.answer(ServiceDescriptions.PATH, 200, "application/json", ServiceDescriptions.of("contact"),
                Duration.ofSeconds(3));

        client.get().uri("/api/v1/openapi.json").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$['x-netfocus-unavailable-services']").isEqualTo(java.util.List.of("catalog", "contact"))
                .jsonPath("$.paths['/api/v1/plans'].post.operationId").isEqualTo("createPlan")
                .jsonPath("$.paths['/api/v1/platforms']").doesNotExist();

        ServiceDescriptions.served();
        client.get().uri("/api/v1/openapi.json").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$['x-netfocus-unavailable-services']").doesNotExist()
                .jsonPath("$.paths['/api/v1/platforms'].get.operationId").isEqualTo("listPlatforms");
    }

    @Test
    void with_no_service_readable_the_description_is_unavailable() {
        TestBackends.PLANNING.answer(ServiceDescriptions.PATH, 404, "application/json", "{}");
        TestBackends.CATALOG.answer(ServiceDescriptions.PATH, 200, "application/json", "{\"backend\":\"catalog\"}");
        TestBackends.CONTACT.answer(ServiceDescriptions.PATH, 401, "application/problem+json", "{}");

        client.get().uri("/api/v1/openapi.yaml").exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().exists("Retry-After");
    }
}
