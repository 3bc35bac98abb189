package com.netfocus.gateway.apidocs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The answers the gateway itself gives in front of an operation, whatever the service behind it says: over the request
 * allowance (every operation, the gateway's own too), and a service that does not answer in time (every routed
 * operation). The gateway's own description defines each once; the merge refers every operation to them.
 */
enum GatewayAnswer {

    TOO_MANY_REQUESTS(429, "TooManyRequests", "The caller used up the request allowance (a token bucket per user, and "
            + "per client address for requests without a verified user); `Retry-After` says in how many seconds a "
            + "request is accepted again.", "too-many-requests", "Too many requests", "slow down: try again in 2 seconds",
            true, false),
    GATEWAY_TIMEOUT(504, "GatewayTimeout", "The service behind this path did not answer in time; a command may or may "
            + "not have been stored (read the plan's history before sending it again).", "backend-timeout",
            "Service did not answer in time", "the planning service did not answer in time", false, true);

    private static final String PROBLEM_TYPES = "https://netfocus.example/problems/";
    private static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    private final int status;
    private final String componentName;
    private final String description;
    private final String problemType;
    private final String title;
    private final String detail;
    private final boolean saysWhenToRetry;
    private final boolean onlyInFrontOfAService;

    GatewayAnswer(int status, String componentName, String description, String problemType, String title,
                  String detail, boolean saysWhenToRetry, boolean onlyInFrontOfAService) {
        this.status = status;
        this.componentName = componentName;
        this.description = description;
        this.problemType = problemType;
        this.title = title;
        this.detail = detail;
        this.saysWhenToRetry = saysWhenToRetry;
        this.onlyInFrontOfAService = onlyInFrontOfAService;
    }

    String componentName() {
        return componentName;
    }

    /** The shared response of the gateway's own description, with its example problem. */
    ApiResponse response() {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", PROBLEM_TYPES + problemType);
        example.put("title", title);
        example.put("status", status);
        example.put("detail", detail);
        example.put("instance", "/api/v1/plans");
        ApiResponse response = new ApiResponse().description(description).content(new Content()
                .addMediaType(PROBLEM_JSON, new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem"))
                        .example(example)));
        if (saysWhenToRetry) {
            response.addHeaderObject("Retry-After", new Header().description("Seconds to wait before trying again")
                    .schema(new Schema<>().type("integer").example(2)));
        }
        return response;
    }

    /**
     * Refers an operation to the gateway's answers that stand in front of it, its responses then in order of status.
     *
     * @param routed whether a service behind a route answers the operation (not the gateway itself)
     */
    static void addTo(ObjectNode operation, boolean routed) {
        ObjectNode responses = DescriptionMerge.objectField(operation, "responses");
        for (GatewayAnswer answer : values()) {
            String code = String.valueOf(answer.status);
            if ((routed || !answer.onlyInFrontOfAService) && !responses.has(code)) {
                responses.putObject(code).put("$ref", "#/components/responses/" + answer.componentName);
            }
        }
        Map<String, JsonNode> byStatus = new TreeMap<>();
        responses.properties().forEach(entry -> byStatus.put(entry.getKey(), entry.getValue()));
        responses.removeAll();
        byStatus.forEach(responses::set);
    }
}
