package com.netfocus.gateway.apidocs;

import com.netfocus.gateway.testing.LocalGatewayTest;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.gateway.handler.predicate.PredicateDefinition;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.route.RouteDefinition;
import org.springframework.cloud.gateway.route.RouteDefinitionLocator;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.http.server.PathContainer;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The description lists every route path family, and nothing the gateway does not route: each documented path,
 * with its parameters filled in, is taken by the route of the service it names (the gateway's own live routes,
 * orders included), and each Path predicate of application.yml matches at least one documented path of its service.
 */
class OpenApiRoutesTest extends LocalGatewayTest {

    private static final String GATEWAY = "gateway";

    @Autowired
    RouteLocator routeLocator;

    @Autowired
    RouteDefinitionLocator definitions;

    @Test
    void every_documented_service_path_reaches_the_service_it_names() {
        List<Route> routes = routeLocator.getRoutes().collectList().block();
        assertThat(routes).extracting(Route::getId).containsExactlyInAnyOrder("planning", "catalog", "contact");
        List<String> wrong = new ArrayList<>();
        documented().forEach((path, service) -> {
            if (service.equals(GATEWAY)) {
                // answered by the gateway's own controllers, before any route (the last test holds them)
                return;
            }
            String winner = winningRoute(routes, concrete(path)).map(Route::getId).orElse(GATEWAY);
            if (!winner.equals(service)) {
                wrong.add(path + " is documented for " + service + " but routed to " + winner);
            }
        });
        assertThat(wrong).isEmpty();
    }

    @Test
    void every_route_path_pattern_is_covered_by_a_documented_path_of_its_service() {
        Map<String, String> documented = documented();
        List<String> uncovered = new ArrayList<>();
        for (RouteDefinition route : definitions.getRouteDefinitions().collectList().block()) {
            List<String> patterns = pathPatterns(route);
            assertThat(patterns).as("route %s has Path patterns", route.getId()).isNotEmpty();
            for (String pattern : patterns) {
                PathPattern parsed = PathPatternParser.defaultInstance.parse(pattern);
                boolean covered = documented.entrySet().stream()
                        .filter(entry -> entry.getValue().equals(route.getId()))
                        .anyMatch(entry -> parsed.matches(PathContainer.parsePath(concrete(entry.getKey()))));
                if (!covered) {
                    uncovered.add(route.getId() + ": " + pattern);
                }
            }
        }
        assertThat(uncovered).as("route patterns no documented path matches").isEmpty();
    }

    @Test
    void the_endpoints_the_gateway_answers_itself_are_documented_as_such() {
        assertThat(documented()).containsEntry("/api/v1/dev/token", GATEWAY)
                .containsEntry("/api/v1/plans/{planId}/platforms/{platformId}/briefing", GATEWAY);
        assertThat(documented().values().stream().filter(GATEWAY::equals)).hasSize(2);
    }

    /** Documented path -> the service it names. */
    private static Map<String, String> documented() {
        String yaml = new String(new OpenApiDocument().yaml(), StandardCharsets.UTF_8);
        Map<String, PathItem> paths = new OpenAPIV3Parser().readContents(yaml).getOpenAPI().getPaths();
        Map<String, String> services = new TreeMap<>();
        paths.forEach((path, item) ->
                services.put(path, String.valueOf(item.getExtensions().get("x-netfocus-service"))));
        return services;
    }

    /** The path with each {parameter} filled in by a value no route names literally. */
    private static String concrete(String templated) {
        return templated.replaceAll("\\{([^}]+)}", "sample-$1");
    }

    private static Optional<Route> winningRoute(List<Route> routes, String path) {
        return routes.stream()
                .sorted(Comparator.comparingInt(Route::getOrder))
                .filter(route -> Boolean.TRUE.equals(Mono.from(route.getPredicate()
                        .apply(MockServerWebExchange.from(MockServerHttpRequest.get(path)))).block()))
                .findFirst();
    }

    private static List<String> pathPatterns(RouteDefinition route) {
        List<String> patterns = new ArrayList<>();
        for (PredicateDefinition predicate : route.getPredicates()) {
            if ("Path".equals(predicate.getName())) {
                predicate.getArgs().values().forEach(value -> {
                    for (String pattern : value.split(",")) {
                        if (!pattern.isBlank()) {
                            patterns.add(pattern.trim());
                        }
                    }
                });
            }
        }
        return patterns;
    }
}
