package com.netfocus.endtoend;

import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The Path patterns of the gateway's routes, by route id, as its application.yml declares them. */
final class RoutePatterns {

    private static final Path ROOT = Path.of(System.getProperty("netfocus.project-root", "..")).toAbsolutePath()
            .normalize();
    private static final String PATH_PREDICATE = "Path=";
    private static final String ANY_REST = "/**";

    private RoutePatterns() {
    }

    /** Whether a route's pattern ({@code *} one segment, a trailing {@code /**} any rest) takes a described path. */
    static boolean matches(String pattern, String templatedPath) {
        boolean anyRest = pattern.endsWith(ANY_REST);
        String fixed = anyRest ? pattern.substring(0, pattern.length() - ANY_REST.length()) : pattern;
        String[] parts = fixed.split("\\*", -1);
        StringBuilder regex = new StringBuilder(Pattern.quote(parts[0]));
        for (int i = 1; i < parts.length; i++) {
            regex.append("[^/]+").append(Pattern.quote(parts[i]));
        }
        regex.append(anyRest ? "(/.*)?" : "");
        return templatedPath.replaceAll("\\{[^}/]+}", "value").matches(regex.toString());
    }

    @SuppressWarnings("unchecked")
    static Map<String, List<String>> ofGateway() throws IOException {
        String configuration = Files.readString(ROOT.resolve("gateway/src/main/resources/application.yml"));
        Map<String, Object> yaml = (Map<String, Object>) new Yaml().loadAll(configuration).iterator().next();
        Object routes = ((Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>)
                ((Map<String, Object>) yaml.get("spring")).get("cloud")).get("gateway")).get("server")).get("webflux"))
                .get("routes");
        Map<String, List<String>> patterns = new LinkedHashMap<>();
        for (Map<String, Object> route : (List<Map<String, Object>>) routes) {
            List<String> ofRoute = new ArrayList<>();
            for (Object predicate : (List<Object>) route.get("predicates")) {
                String text = String.valueOf(predicate);
                if (text.startsWith(PATH_PREDICATE)) {
                    for (String pattern : text.substring(PATH_PREDICATE.length()).split(",")) {
                        ofRoute.add(pattern.trim());
                    }
                }
            }
            patterns.put(String.valueOf(route.get("id")), ofRoute);
        }
        return patterns;
    }
}
