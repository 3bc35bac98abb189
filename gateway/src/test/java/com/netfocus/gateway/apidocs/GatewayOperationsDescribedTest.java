package com.netfocus.gateway.apidocs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.netfocus.gateway.testing.LocalGatewayTest;
import com.netfocus.gateway.testing.ServiceDescriptions;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In the local profile the gateway answers endpoints of its own (the dev token): every one its request mappings serve
 * is in the merged description, marked as the gateway's, with a summary, its security requirement (none: it is where
 * a token comes from) and its error answers; and every operation marked as the gateway's is served. The merged
 * document is valid OpenAPI.
 */
class GatewayOperationsDescribedTest extends LocalGatewayTest {

    private static final String API = "/api/";

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void every_endpoint_the_gateway_answers_itself_is_described_as_the_gateways() throws Exception {
        ServiceDescriptions.served();
        String json = client.get().uri("/api/v1/openapi.json").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        JsonNode description = new ObjectMapper().readTree(json);

        Set<String> served = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> info.getPatternsCondition().getPatterns()
                .stream()
                // a hidden controller answers a path a service describes (the briefing: planning's operation says
                // what the gateway adds), so it is described once, as that service's
                .filter(pattern -> !handler.getBeanType().isAnnotationPresent(Hidden.class)
                        && !handler.hasMethodAnnotation(Hidden.class))
                .forEach(pattern -> {
                    if (pattern.getPatternString().startsWith(API)) {
                        info.getMethodsCondition().getMethods().forEach(method ->
                                served.add(method.name() + " " + pattern.getPatternString()));
                    }
                }));
        Set<String> described = new TreeSet<>();
        description.get("paths").fields().forEachRemaining(path -> {
            if (DescriptionMerge.GATEWAY.equals(path.getValue().path(DescriptionMerge.SERVICE_EXTENSION).asText())) {
                path.getValue().fieldNames().forEachRemaining(field -> {
                    if (!field.startsWith("x-")) {
                        described.add(field.toUpperCase(Locale.ROOT) + " " + path.getKey());
                    }
                });
            }
        });

        assertThat(served).as("the gateway's own endpoints, read from its request mappings").isNotEmpty();
        assertThat(described).isEqualTo(served);
        JsonNode devToken = description.at("/paths/~1api~1v1~1dev~1token/post");
        assertThat(devToken.path("summary").asText()).isNotBlank();
        assertThat(devToken.path("security").isArray() && devToken.path("security").isEmpty())
                .as("the dev token is where a token comes from: no token needed").isTrue();
        assertThat(devToken.at("/responses/400/$ref").asText()).isEqualTo("#/components/responses/BadRequest");
        assertThat(devToken.at("/responses/429/$ref").asText()).isEqualTo("#/components/responses/TooManyRequests");
        assertThat(devToken.at("/requestBody/content/application~1json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/DevTokenRequest");
        assertThat(description.at("/components/schemas/DevTokenRequest/properties/sub/example").asText())
                .isEqualTo("rep-anna");

        ParseOptions options = new ParseOptions();
        options.setValidateInternalRefs(true);
        assertThat(new OpenAPIV3Parser().readContents(json, null, options).getMessages()).isEmpty();
    }
}
