package com.netfocus.gateway.apidocs;

import org.springframework.cloud.gateway.handler.predicate.PredicateDefinition;
import org.springframework.cloud.gateway.route.RouteDefinition;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The services behind the gateway's routes (application.yml), and which of them a path reaches: the first route, by
 * order, whose Path predicate matches it, as the gateway routes a request. The services' descriptions are read from
 * the routes' URIs, and a service's path is described only where the gateway routes it to that service.
 */
final class RoutedServices {

    private static final String PATH_PREDICATE = "Path";
    private static final Pattern TEMPLATE_VARIABLE = Pattern.compile("\\{([^}/]+)}");

    private final List<Service> services;

    /** One service: the route's id names it. */
    record Service(String id, URI uri, int order, List<PathPattern> paths) {
    }

    private RoutedServices(List<Service> services) {
        this.services = services.stream().sorted(Comparator.comparingInt(Service::order)).toList();
    }

    static RoutedServices of(List<RouteDefinition> routes) {
        List<Service> services = new ArrayList<>();
        for (RouteDefinition route : routes) {
            List<PathPattern> patterns = new ArrayList<>();
            for (PredicateDefinition predicate : route.getPredicates()) {
                if (PATH_PREDICATE.equals(predicate.getName())) {
                    predicate.getArgs().values().forEach(value -> {
                        for (String pattern : value.split(",")) {
                            if (!pattern.isBlank()) {
                                patterns.add(PathPatternParser.defaultInstance.parse(pattern.trim()));
                            }
                        }
                    });
                }
            }
            services.add(new Service(route.getId(), route.getUri(), route.getOrder(), List.copyOf(patterns)));
        }
        return new RoutedServices(services);
    }

    List<Service> services() {
        return services;
    }

    /** The service a path of a description reaches, its {variables} taken as single path segments. */
    Optional<String> serviceOf(String templatedPath) {
        PathContainer path = PathContainer.parsePath(concrete(templatedPath));
        return services.stream().filter(service -> service.paths().stream().anyMatch(pattern -> pattern.matches(path)))
                .map(Service::id).findFirst();
    }

    /** Each {variable} replaced by a value no route names literally. */
    private static String concrete(String templatedPath) {
        return TEMPLATE_VARIABLE.matcher(templatedPath).replaceAll("value-of-$1");
    }
}
