package com.netfocus.infrastructure.testing.badinput;

import java.util.Map;

/**
 * A valid request to one endpoint: the path variables, the query and the body (JSON, or the file of an upload;
 * null when the endpoint takes none). The bad-input cases each break one part of it.
 */
public record Sample(Map<String, String> pathVariables, Map<String, String> query, String body) {

    public Sample {
        pathVariables = Map.copyOf(pathVariables);
        query = Map.copyOf(query);
    }

    public static Sample of(Map<String, String> pathVariables, String body) {
        return new Sample(pathVariables, Map.of(), body);
    }

    public static Sample body(String body) {
        return new Sample(Map.of(), Map.of(), body);
    }

    public static Sample path(Map<String, String> pathVariables) {
        return new Sample(pathVariables, Map.of(), null);
    }

    public static Sample none() {
        return new Sample(Map.of(), Map.of(), null);
    }
}
