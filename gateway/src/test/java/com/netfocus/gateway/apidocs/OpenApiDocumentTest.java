package com.netfocus.gateway.apidocs;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The description the gateway serves is valid OpenAPI, complete with errors, security and examples. */
class OpenApiDocumentTest {

    private static SwaggerParseResult parsed;
    private static OpenAPI api;

    @BeforeAll
    static void parse() {
        String yaml = new String(new OpenApiDocument().yaml(), StandardCharsets.UTF_8);
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setValidateInternalRefs(true);
        parsed = new OpenAPIV3Parser().readContents(yaml, null, options);
        api = parsed.getOpenAPI();
    }

    @Test
    void it_parses_and_validates_without_a_message() {
        assertThat(parsed.getMessages()).isEmpty();
        assertThat(api).isNotNull();
        assertThat(api.getOpenapi()).isEqualTo("3.0.3");
    }

    @Test
    void every_operation_is_behind_the_bearer_scheme_unless_it_says_it_is_public() {
        assertThat(api.getComponents().getSecuritySchemes().get("bearerAuth").getScheme()).isEqualTo("bearer");
        assertThat(api.getSecurity()).singleElement().satisfies(requirement ->
                assertThat(requirement).containsKey("bearerAuth"));
        operations().forEach((name, operation) -> {
            boolean isPublic = operation.getSecurity() != null && operation.getSecurity().isEmpty();
            assertThat(isPublic).as("only the dev token endpoint is public: %s", name)
                    .isEqualTo(name.equals("POST /api/v1/dev/token"));
            if (!isPublic) {
                assertThat(operation.getResponses()).as(name).containsKeys("401", "429");
            }
        });
    }

    @Test
    void every_error_answer_is_problem_json() {
        operations().forEach((name, operation) -> operation.getResponses().forEach((status, response) -> {
            if (status.startsWith("4") || status.startsWith("5")) {
                assertThat(resolve(response).getContent()).as("%s %s", name, status)
                        .containsOnlyKeys("application/problem+json");
            }
        }));
    }

    @Test
    void every_json_request_and_success_answer_has_an_example() {
        List<String> missing = new ArrayList<>();
        operations().forEach((name, operation) -> {
            if (operation.getRequestBody() != null) {
                MediaType json = operation.getRequestBody().getContent().get("application/json");
                if (json != null && json.getExample() == null) {
                    missing.add(name + " request");
                }
            }
            operation.getResponses().forEach((status, response) -> {
                if (status.startsWith("2")) {
                    // a file download (the calendar) has no JSON form: its own media type carries the example
                    MediaType json = resolve(response).getContent().get("application/json");
                    if (json == null && resolve(response).getContent().size() == 1) {
                        json = resolve(response).getContent().values().iterator().next();
                    }
                    if (json == null || json.getExample() == null) {
                        missing.add(name + " " + status);
                    }
                }
            });
        });
        assertThat(missing).isEmpty();
    }

    @Test
    void every_path_names_the_service_behind_it() {
        api.getPaths().forEach((path, item) -> assertThat(item.getExtensions())
                .as(path).containsKey("x-netfocus-service")
                .extractingByKey("x-netfocus-service").isIn("planning", "catalog", "contact", "gateway"));
    }

    static Map<String, Operation> operations() {
        Map<String, Operation> operations = new TreeMap<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
                operations.put(method + " " + path, operation)));
        return operations;
    }

    private static ApiResponse resolve(ApiResponse response) {
        if (response.get$ref() == null) {
            return response;
        }
        String name = response.get$ref().substring(response.get$ref().lastIndexOf('/') + 1);
        return api.getComponents().getResponses().get(name);
    }

    static OpenAPI api() {
        return api;
    }

    static Map<String, PathItem> paths() {
        return api.getPaths();
    }
}
