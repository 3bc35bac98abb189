package com.netfocus.gateway.cors;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.web.cors.CorsConfiguration;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** How the configured lists become the check every cross-origin request goes through. */
class CorsConfiguredOriginTest {

    @Test
    void a_configured_origin_is_allowed_with_the_configured_methods_and_headers_only() {
        CorsConfiguration configuration = new CorsProperties(List.of("https://app.acme.example", " "), List.of(),
                List.of("GET", "POST"), List.of("Authorization"), List.of("X-Correlation-Id"), Duration.ofMinutes(10))
                .configuration();

        assertThat(configuration.checkOrigin("https://app.acme.example")).isEqualTo("https://app.acme.example");
        assertThat(configuration.checkOrigin("https://evil.example")).isNull();
        assertThat(configuration.checkHttpMethod(HttpMethod.POST)).isNotNull();
        assertThat(configuration.checkHttpMethod(HttpMethod.DELETE)).isNull();
        assertThat(configuration.checkHeaders(List.of("X-Other"))).isNull();
        assertThat(configuration.getAllowCredentials()).isFalse();
        assertThat(configuration.getMaxAge()).isEqualTo(600);
    }

    @Test
    void nothing_configured_allows_no_origin() {
        CorsConfiguration configuration = new CorsProperties(null, null, List.of("GET"), List.of("Authorization"),
                null, Duration.ofMinutes(30)).configuration();

        assertThat(configuration.checkOrigin("http://localhost:5173")).isNull();
    }
}
