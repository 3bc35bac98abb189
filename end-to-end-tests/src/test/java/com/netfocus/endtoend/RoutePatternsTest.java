package com.netfocus.endtoend;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The route patterns the end-to-end test holds the description to, read as the gateway reads them. */
class RoutePatternsTest {

    @Test
    void a_star_takes_one_segment_and_a_trailing_double_star_any_rest() {
        assertThat(RoutePatterns.matches("/api/v1/plans/*/people", "/api/v1/plans/{planId}/people")).isTrue();
        assertThat(RoutePatterns.matches("/api/v1/plans/*/people", "/api/v1/plans/{planId}/people/x")).isFalse();
        assertThat(RoutePatterns.matches("/api/v1/platforms/**", "/api/v1/platforms/{platformId}")).isTrue();
        assertThat(RoutePatterns.matches("/api/v1/platforms/**", "/api/v1/platforms")).isTrue();
        assertThat(RoutePatterns.matches("/api/v1/platforms", "/api/v1/platforms/import")).isFalse();
    }

    @Test
    void the_gateways_routes_are_read_with_their_path_patterns() throws Exception {
        assertThat(RoutePatterns.ofGateway()).containsOnlyKeys("planning", "catalog", "contact")
                .hasEntrySatisfying("contact", patterns -> assertThat(patterns).contains("/api/v1/plans/*/people"));
    }
}
