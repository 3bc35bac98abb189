package com.netfocus.gateway.apidocs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.netfocus.gateway.testing.ServiceDescriptions;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The services' descriptions merged into the gateway's, from the small descriptions of the test resources. */
class DescriptionMergeTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GATEWAY_PART = """
            {"openapi": "3.1.0", "info": {"title": "Netfocus API", "version": "1", "description": "The API."},
             "servers": [{"url": "http://gateway.internal:8080/api/v1"}],
             "paths": {"/api/v1/dev/token": {"post": {"operationId": "issueDevToken", "summary": "Get a token",
                 "security": [], "responses": {"200": {"description": "The token"}}}}},
             "components": {"responses": {"TooManyRequests": {"description": "Over the allowance"},
                 "GatewayTimeout": {"description": "Too slow"}},
               "securitySchemes": {"bearerAuth": {"type": "http", "scheme": "bearer", "description": "the gateway's"}}}}
            """;

    private final DescriptionMerge merge = new DescriptionMerge(DescriptionMergeTest::routedTo);

    @Test
    void every_routed_path_of_every_service_is_in_one_document_naming_its_service() {
        ObjectNode merged = mergeAll().document();

        assertThat(pathsOf(merged)).containsExactly("/api/v1/contacts", "/api/v1/dead-letters/catalog",
                "/api/v1/dead-letters/contact", "/api/v1/dev/token", "/api/v1/plans", "/api/v1/plans/{planId}",
                "/api/v1/platforms");
        assertThat(merged.at("/paths/~1api~1v1~1plans/x-netfocus-service").asText()).isEqualTo("planning");
        assertThat(merged.at("/paths/~1api~1v1~1platforms/x-netfocus-service").asText()).isEqualTo("catalog");
        assertThat(merged.at("/paths/~1api~1v1~1contacts/x-netfocus-service").asText()).isEqualTo("contact");
        assertThat(merged.at("/paths/~1api~1v1~1dev~1token/x-netfocus-service").asText()).isEqualTo("gateway");
        assertThat(merged.at("/paths/~1api~1v1~1plans/post/requestBody/content/application~1json/schema/$ref")
                .asText()).isEqualTo("#/components/schemas/CreatePlanRequest");
        assertThat(merged.at("/components/schemas/CreatePlanRequest/properties/title/type").asText())
                .isEqualTo("string");
    }

    @Test
    void paths_are_as_a_client_sends_them_to_the_gateway() {
        ObjectNode merged = mergeAll().document();

        assertThat(merged.get("servers")).hasSize(1);
        assertThat(merged.at("/servers/0/url").asText()).isEqualTo("/");
        assertThat(merged.at("/info/title").asText()).isEqualTo("Netfocus API");
    }

    @Test
    void a_path_the_gateway_routes_elsewhere_is_left_out_and_reported() {
        DescriptionMerge.Merged merged = mergeAll();

        assertThat(merged.document().at("/paths").has("/api/v1/platforms/{platformId}/visitors")).isFalse();
        assertThat(merged.leftOut()).containsExactly(
                "/api/v1/platforms/{platformId}/visitors (contact): the gateway routes it to catalog");
    }

    @Test
    void components_the_services_share_are_kept_once_and_clashing_names_get_their_service_in_front() {
        ObjectNode merged = mergeAll().document();
        JsonNode schemas = merged.at("/components/schemas");

        assertThat(schemas.has("Problem")).isTrue();
        assertThat(merged.at("/components/responses/BadRequest/description").asText()).isEqualTo("Not valid");
        assertThat(schemas.at("/AudienceSegment/properties").has("share")).as("the catalog's, merged first").isTrue();
        assertThat(schemas.at("/ContactAudienceSegment/properties").has("function")).isTrue();
        assertThat(schemas.at("/Contact/properties/segment/$ref").asText())
                .isEqualTo("#/components/schemas/ContactAudienceSegment");
        assertThat(schemas.at("/Platform/properties/audience/items/$ref").asText())
                .isEqualTo("#/components/schemas/AudienceSegment");
        assertThat(merged.at("/components/securitySchemes/bearerAuth/description").asText())
                .as("the gateway verifies the tokens: its scheme stays").isEqualTo("the gateway's");
    }

    @Test
    void an_operation_id_two_services_use_gets_each_service_in_front() {
        ObjectNode merged = mergeAll().document();

        assertThat(merged.at("/paths/~1api~1v1~1dead-letters~1catalog/get/operationId").asText())
                .isEqualTo("catalogListDeadLetter");
        assertThat(merged.at("/paths/~1api~1v1~1dead-letters~1contact/get/operationId").asText())
                .isEqualTo("contactListDeadLetter");
        assertThat(merged.at("/paths/~1api~1v1~1contacts/get/operationId").asText()).isEqualTo("listContacts");
    }

    @Test
    void every_operation_gets_the_gateways_own_answers_in_order_of_status() {
        ObjectNode merged = mergeAll().document();

        JsonNode listContacts = merged.at("/paths/~1api~1v1~1contacts/get/responses");
        assertThat(listContacts.at("/429/$ref").asText()).isEqualTo("#/components/responses/TooManyRequests");
        assertThat(listContacts.at("/504/$ref").asText()).isEqualTo("#/components/responses/GatewayTimeout");
        List<String> codes = new ArrayList<>();
        listContacts.fieldNames().forEachRemaining(codes::add);
        assertThat(codes).containsExactly("200", "401", "429", "504");
        JsonNode devToken = merged.at("/paths/~1api~1v1~1dev~1token/post/responses");
        assertThat(devToken.has("429")).isTrue();
        assertThat(devToken.has("504")).as("answered by the gateway itself: no service to wait for").isFalse();
    }

    @Test
    void a_service_that_could_not_be_read_is_named_and_its_paths_are_missing() {
        ObjectNode merged = merge.merge(gatewayPart(), List.of(
                ServiceDescription.unreadable("catalog", "java.net.ConnectException: Connection refused"),
                ServiceDescription.read("contact", service("contact")),
                ServiceDescription.read("planning", service("planning")))).document();

        assertThat(merged.get(DescriptionMerge.UNAVAILABLE_EXTENSION).toString()).isEqualTo("[\"catalog\"]");
        assertThat(merged.at("/info/description").asText()).startsWith("The API.")
                .contains("The description of the catalog service could not be read just now");
        assertThat(pathsOf(merged)).doesNotContain("/api/v1/platforms").contains("/api/v1/contacts");
    }

    @Test
    void tags_are_listed_once() {
        ObjectNode merged = mergeAll().document();

        List<String> tags = new ArrayList<>();
        merged.get("tags").forEach(tag -> tags.add(tag.get("name").asText()));
        assertThat(tags).containsExactly("Catalog", "Dead letters", "Contacts", "Plans");
    }

    private DescriptionMerge.Merged mergeAll() {
        return merge.merge(gatewayPart(), List.of(ServiceDescription.read("catalog", service("catalog")),
                ServiceDescription.read("contact", service("contact")),
                ServiceDescription.read("planning", service("planning"))));
    }

    /** As application.yml routes: the catalog and contact paths first, then planning's catch-all. */
    private static Optional<String> routedTo(String path) {
        if (path.startsWith("/api/v1/platforms") || path.equals("/api/v1/dead-letters/catalog")) {
            return Optional.of("catalog");
        }
        if (path.startsWith("/api/v1/contacts") || path.equals("/api/v1/dead-letters/contact")) {
            return Optional.of("contact");
        }
        return path.startsWith("/api/v1/plans") ? Optional.of("planning") : Optional.empty();
    }

    private static List<String> pathsOf(ObjectNode merged) {
        List<String> paths = new ArrayList<>();
        merged.get("paths").fieldNames().forEachRemaining(paths::add);
        return paths;
    }

    private static ObjectNode gatewayPart() {
        return read(GATEWAY_PART);
    }

    private static ObjectNode service(String name) {
        return read(ServiceDescriptions.of(name));
    }

    private static ObjectNode read(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
