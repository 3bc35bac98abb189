package com.netfocus.support.apidescription;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What every operation of a service refers to, defined once in the description's components: the problem shape and
 * the error answers ({@link ErrorAnswer}) with their examples, the correlation and retry headers, and the bearer
 * scheme that every operation requires.
 */
class ApiComponents implements OpenApiCustomizer {

    static final String BEARER = "bearerAuth";
    static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;
    static final String CORRELATION_ID = "X-Correlation-Id";
    static final String CORRELATION_ID_HEADER = "CorrelationId";
    static final String CORRELATION_ID_PARAMETER = "CorrelationIdHeader";
    static final String RETRY_AFTER_HEADER = "RetryAfter";
    private static final String EXAMPLE_CORRELATION_ID = "0f8e2b6a-3c1d-4e5f-9a7b-8c6d4e2f0a1b";
    private static final String EXAMPLE_INSTANCE = "/api/v1/plans";

    @Override
    public void customise(OpenAPI openApi) {
        Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
        openApi.setComponents(components);
        boolean openApi31 = openApi.getSpecVersion() == SpecVersion.V31;
        ModelConverters.getInstance(openApi31).readAll(new AnnotatedType(Problem.class))
                .forEach(components::addSchemas);
        components.addHeaders(CORRELATION_ID_HEADER, new Header()
                .description("The request's correlation id: the one the client sent (when short and plain) or a new "
                        + "one. It is on every event the request caused and in every log line about it.")
                .schema(new StringSchema().example(EXAMPLE_CORRELATION_ID)));
        components.addHeaders(RETRY_AFTER_HEADER, new Header().description("Seconds to wait before trying again")
                .schema(new IntegerSchema().example(5)));
        components.addParameters(CORRELATION_ID_PARAMETER, new HeaderParameter().name(CORRELATION_ID)
                .required(false)
                .description("Your own id for this request (letters, digits and . _ : -, at most 100); one is made "
                        + "when it is absent or unusable.")
                .schema(new StringSchema().maxLength(100).pattern("^[A-Za-z0-9._:-]{1,100}$").example("checkout-42")));
        for (ErrorAnswer answer : ErrorAnswer.values()) {
            components.addResponses(answer.componentName(), response(answer));
        }
        components.addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                .bearerFormat("JWT")
                .description("A JWT from the org's identity provider (in the local profile, from POST /api/v1/dev/token), "
                        + "with the caller's user, org, team and roles (REP, MANAGER, ADMIN)."));
        openApi.setSecurity(List.of(new SecurityRequirement().addList(BEARER)));
        ExampleValues.addTo(components.getSchemas());
    }

    private static ApiResponse response(ErrorAnswer answer) {
        ApiResponse response = new ApiResponse().description(answer.description())
                .content(problemContent(example(answer)));
        response.addHeaderObject(CORRELATION_ID, new Header().$ref(headerReference(CORRELATION_ID_HEADER)));
        if (answer.saysWhenToRetry()) {
            response.addHeaderObject("Retry-After", new Header().$ref(headerReference(RETRY_AFTER_HEADER)));
        }
        return response;
    }

    /** Problem+json content with this example, for a shared answer or an operation's own description of one. */
    static Content problemContent(Object example) {
        return new Content().addMediaType(PROBLEM_JSON, new MediaType()
                .schema(new Schema<>().$ref("#/components/schemas/Problem"))
                .example(example));
    }

    static Map<String, Object> example(ErrorAnswer answer) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", answer.problemType());
        problem.put("title", answer.title());
        problem.put("status", answer.status());
        problem.put("detail", answer.detail());
        problem.put("instance", EXAMPLE_INSTANCE);
        if (!answer.errors().isEmpty()) {
            problem.put("errors", answer.errors());
        }
        problem.put("correlationId", EXAMPLE_CORRELATION_ID);
        return problem;
    }

    static String headerReference(String name) {
        return "#/components/headers/" + name;
    }
}
