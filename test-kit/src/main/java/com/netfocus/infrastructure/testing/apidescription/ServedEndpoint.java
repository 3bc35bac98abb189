package com.netfocus.infrastructure.testing.apidescription;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/**
 * One API endpoint a service serves, as its request mappings say: the HTTP method, the path pattern and the handler
 * method behind it. Read from the service's RequestMappingHandlerMapping ({@link RequestMappings}), or from the same
 * mappings as the actuator serves them.
 *
 * @param method  GET, POST, ...
 * @param path    the path pattern, e.g. /api/v1/plans/{planId}
 * @param handler the handler method, e.g. PlanController#plan
 */
public record ServedEndpoint(String method, String path, String handler) {

    /** Only these are the API; the actuator and springdoc's own description are not. */
    static final String API = "/api/";
    /** A mapping without a method condition answers every method: no single operation can describe it. */
    static final String ANY_METHOD = "ANY";

    /**
     * Every API endpoint in the body of a service's {@code /actuator/mappings}, which lists the same handler methods
     * of its RequestMappingHandlerMapping (details.handlerMethod, details.requestMappingConditions).
     */
    public static List<ServedEndpoint> ofActuatorMappings(JsonNode mappings) {
        List<ServedEndpoint> served = new ArrayList<>();
        for (JsonNode mapping : mappings.findValues("dispatcherServlet")) {
            for (JsonNode entry : mapping) {
                JsonNode handlerMethod = entry.at("/details/handlerMethod");
                JsonNode conditions = entry.at("/details/requestMappingConditions");
                if (handlerMethod.isMissingNode() || conditions.isMissingNode()) {
                    continue;
                }
                String className = handlerMethod.path("className").asText();
                String handler = className.substring(className.lastIndexOf('.') + 1) + "#"
                        + handlerMethod.path("name").asText();
                for (JsonNode pattern : conditions.path("patterns")) {
                    if (pattern.asText().startsWith(API)) {
                        if (conditions.path("methods").isEmpty()) {
                            served.add(new ServedEndpoint(ANY_METHOD, pattern.asText(), handler));
                        }
                        conditions.path("methods").forEach(method ->
                                served.add(new ServedEndpoint(method.asText(), pattern.asText(), handler)));
                    }
                }
            }
        }
        return served;
    }
}
