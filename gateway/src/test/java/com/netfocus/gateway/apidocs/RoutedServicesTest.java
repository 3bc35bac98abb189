package com.netfocus.gateway.apidocs;

import com.netfocus.gateway.testing.LocalGatewayTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.route.RouteDefinitionLocator;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import reactor.core.publisher.Mono;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The description keeps a service's path only where the gateway routes it to that service: RoutedServices, read from
 * application.yml's route definitions, decides as the gateway's live routes (orders and predicates) do, for paths
 * made from every route's Path patterns and for the overlapping plan sub-paths.
 */
class RoutedServicesTest extends LocalGatewayTest {

    @Autowired
    RouteLocator routeLocator;

    @Autowired
    RouteDefinitionLocator definitions;

    @Test
    void every_path_reaches_the_service_the_live_routes_send_it_to() {
        RoutedServices routed = RoutedServices.of(definitions.getRouteDefinitions().collectList().block());
        List<Route> routes = routeLocator.getRoutes().collectList().block();
        assertThat(routed.services()).extracting(RoutedServices.Service::id)
                .containsExactlyInAnyOrder("planning", "catalog", "contact");

        List<String> paths = new ArrayList<>(List.of("/api/v1/plans/{planId}/recommendations",
                "/api/v1/plans/{planId}/known-matches", "/api/v1/plans/{planId}/platforms",
                "/api/v1/plans/{planId}/platforms/{platformId}", "/api/v1/dead-letters/catalog/{deadLetterId}/replay",
                "/api/v1/dead-letters", "/api/v1/dev/token", "/api/v1/nothing-here"));
        routed.services().forEach(service -> service.paths().forEach(pattern ->
                paths.add(pattern.getPatternString().replace("/**", "/{first}/{second}").replace("*", "{any}"))));
        assertThat(paths).hasSizeGreaterThan(20);

        List<String> disagreements = new ArrayList<>();
        for (String path : paths) {
            Optional<String> live = liveRoute(routes, path.replaceAll("\\{([^}]+)}", "value-of-$1"));
            if (!routed.serviceOf(path).equals(live)) {
                disagreements.add(path + ": " + routed.serviceOf(path) + " but the gateway routes it to " + live);
            }
        }
        assertThat(disagreements).isEmpty();
        assertThat(routed.serviceOf("/api/v1/plans/{planId}/portfolio")).contains("catalog");
        assertThat(routed.serviceOf("/api/v1/plans/{planId}/people")).contains("contact");
        assertThat(routed.serviceOf("/api/v1/plans/{planId}")).contains("planning");
        assertThat(routed.serviceOf("/api/v1/dev/token")).isEmpty();
    }

    private static Optional<String> liveRoute(List<Route> routes, String path) {
        return routes.stream()
                .sorted(Comparator.comparingInt(Route::getOrder))
                .filter(route -> Boolean.TRUE.equals(Mono.from(route.getPredicate()
                        .apply(MockServerWebExchange.from(MockServerHttpRequest.get(path)))).block()))
                .map(Route::getId)
                .findFirst();
    }
}
