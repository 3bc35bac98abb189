package com.netfocus.gateway.cors;

import com.netfocus.gateway.testing.ProviderGatewayTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/** Outside the local profile no origin is allowed until one is configured: not even localhost. */
class CorsProductionTest extends ProviderGatewayTest {

    @Test
    void by_default_every_cross_origin_preflight_is_refused() {
        for (String origin : new String[]{"http://localhost:5173", "https://app.netfocus.example"}) {
            client.options().uri("/api/v1/plans")
                    .header(HttpHeaders.ORIGIN, origin)
                    .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")
                    .exchange()
                    .expectStatus().isForbidden()
                    .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
    }

    @Test
    void requests_without_an_origin_are_not_cors_and_pass_on_to_authentication() {
        client.get().uri("/api/v1/plans").exchange().expectStatus().isUnauthorized();
    }
}
