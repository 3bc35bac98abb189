package com.netfocus.infrastructure.testing.apidescription;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Holds an API description to the endpoints a service serves: every handler method's endpoint is described with the
 * same method and path, every described operation is served, and each operation has a summary, a success answer,
 * its security requirement (the bearer scheme and the roles it needs, or explicitly none), and its error answers as
 * problem+json: 401 with the bearer scheme, 503 always, 400 with any input, 404 with a path variable, 413 and 415
 * with a body. The report counts the handler methods it compared, so a check that read nothing shows it.
 */
public final class ApiDescriptionCoverage {

    private static final String BEARER = "bearerAuth";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";
    private static final String ROLES = "x-netfocus-roles";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options",
            "trace");

    private ApiDescriptionCoverage() {
    }

    /**
     * What was compared and what is wrong.
     *
     * @param handlerMethods     the served endpoints given (one for each handler method, path and HTTP method)
     * @param compared           how many of them were found described and checked
     * @param operations         the distinct operations they are (two handler methods may serve one operation)
     * @param publicOperations   the described operations that require no token
     * @param gaps               everything missing or wrong, each naming the operation
     */
    public record Report(int handlerMethods, int compared, int operations, List<String> publicOperations,
                         List<String> gaps) {
    }

    /**
     * @param served      the endpoints the service serves
     * @param description the OpenAPI description (a service's own or the gateway's merged one)
     * @param ofService   which path items of the description belong to the service (all of a service's own)
     */
    public static Report compare(List<ServedEndpoint> served, JsonNode description, Predicate<JsonNode> ofService) {
        List<String> gaps = new ArrayList<>();
        Set<String> servedOperations = new LinkedHashSet<>();
        int compared = 0;
        for (ServedEndpoint endpoint : served) {
            String name = endpoint.method() + " " + withoutRegex(endpoint.path());
            servedOperations.add(name);
            JsonNode item = description.path("paths").path(withoutRegex(endpoint.path()));
            JsonNode operation = item.path(endpoint.method().toLowerCase(Locale.ROOT));
            if (!operation.isObject() || !ofService.test(item)) {
                gaps.add(name + " (" + endpoint.handler() + ") is served but not described");
                continue;
            }
            compared++;
        }
        List<String> publicOperations = new ArrayList<>();
        Set<String> described = new LinkedHashSet<>();
        Iterator<Map.Entry<String, JsonNode>> paths = description.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!ofService.test(path.getValue())) {
                continue;
            }
            path.getValue().fields().forEachRemaining(field -> {
                if (METHODS.contains(field.getKey())) {
                    String name = field.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey();
                    described.add(name);
                    if (!servedOperations.contains(name)) {
                        gaps.add(name + " is described but not served");
                    }
                    gaps.addAll(shortcomings(name, field.getValue(), description));
                    if (field.getValue().path("security").isArray() && field.getValue().path("security").isEmpty()) {
                        publicOperations.add(name);
                    }
                }
            });
        }
        servedOperations.retainAll(described);
        return new Report(served.size(), compared, servedOperations.size(), publicOperations, gaps);
    }

    private static List<String> shortcomings(String name, JsonNode operation, JsonNode description) {
        List<String> gaps = new ArrayList<>();
        if (operation.path("summary").asText().isBlank()) {
            gaps.add(name + " has no summary");
        }
        JsonNode responses = operation.path("responses");
        boolean success = false;
        Iterator<Map.Entry<String, JsonNode>> answers = responses.fields();
        while (answers.hasNext()) {
            Map.Entry<String, JsonNode> answer = answers.next();
            success |= answer.getKey().startsWith("2");
            if (answer.getKey().startsWith("4") || answer.getKey().startsWith("5")) {
                JsonNode content = resolved(answer.getValue(), description).path("content");
                if (content.size() != 1 || !PROBLEM_SCHEMA.equals(content.path(PROBLEM_JSON).path("schema")
                        .path("$ref").asText())) {
                    gaps.add(name + " " + answer.getKey() + " is not described as a problem+json Problem");
                }
            }
        }
        if (!success) {
            gaps.add(name + " has no success answer");
        }
        JsonNode security = operation.path("security");
        boolean bearer = false;
        if (!security.isArray()) {
            gaps.add(name + " does not state its security requirement");
        } else {
            for (JsonNode requirement : security) {
                bearer |= requirement.has(BEARER);
            }
            if (!security.isEmpty() && !bearer) {
                gaps.add(name + " requires something other than the bearer token");
            }
        }
        List<String> expected = new ArrayList<>();
        if (bearer) {
            expected.add("401");
            if (!operation.path(ROLES).isArray() || operation.path(ROLES).isEmpty()) {
                gaps.add(name + " does not say which roles may call it (" + ROLES + ")");
            }
        }
        boolean pathVariable = false;
        boolean input = operation.has("requestBody");
        for (JsonNode parameter : operation.path("parameters")) {
            JsonNode resolved = resolved(parameter, description);
            pathVariable |= "path".equals(resolved.path("in").asText());
            input |= "path".equals(resolved.path("in").asText()) || "query".equals(resolved.path("in").asText());
        }
        if (input) {
            expected.add("400");
        }
        if (pathVariable) {
            expected.add("404");
        }
        if (operation.has("requestBody")) {
            expected.add("413");
            expected.add("415");
        }
        expected.add("503");
        for (String code : expected) {
            if (!responses.has(code)) {
                gaps.add(name + " does not describe its " + code + " answer");
            }
        }
        return gaps;
    }

    /** A response or parameter as it is, or the component it refers to. */
    private static JsonNode resolved(JsonNode node, JsonNode description) {
        String reference = node.path("$ref").asText();
        if (!reference.startsWith("#/")) {
            return node;
        }
        return description.at(reference.substring(1));
    }

    /** {id:[0-9]+} as the description writes it: {id}. */
    private static String withoutRegex(String path) {
        return path.replaceAll("\\{([^}:]+):[^}]*}", "{$1}");
    }
}
