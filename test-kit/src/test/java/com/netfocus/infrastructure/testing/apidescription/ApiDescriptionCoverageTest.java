package com.netfocus.infrastructure.testing.apidescription;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The coverage check finds what is missing on either side, and a check that read nothing shows it. */
class ApiDescriptionCoverageTest {

    private static final String DESCRIPTION = """
            {"paths": {
              "/api/v1/plans/{planId}": {"x-netfocus-service": "planning", "get": {"summary": "Read a plan",
                "security": [{"bearerAuth": []}], "x-netfocus-roles": ["REP"],
                "parameters": [{"name": "planId", "in": "path"}],
                "responses": {"200": {"description": "The plan"}, "400": {"$ref": "#/components/responses/BadRequest"},
                  "401": {"$ref": "#/components/responses/BadRequest"}, "404": {"$ref": "#/components/responses/BadRequest"},
                  "503": {"$ref": "#/components/responses/BadRequest"}}}},
              "/api/v1/plans": {"x-netfocus-service": "planning", "post": {"security": [{"bearerAuth": []}],
                "requestBody": {"content": {}},
                "responses": {"201": {"description": "Created"}, "400": {"description": "Bad", "content": {
                  "application/json": {}}}}}},
              "/api/v1/dev/token": {"x-netfocus-service": "gateway", "post": {"summary": "A token", "security": [],
                "responses": {"200": {"description": "The token"}}}}},
             "components": {"responses": {"BadRequest": {"content": {"application/problem+json": {"schema": {
               "$ref": "#/components/schemas/Problem"}}}}}}}
            """;

    private final JsonNode description = read(DESCRIPTION);

    @Test
    void a_described_served_endpoint_with_all_it_needs_has_no_gap() {
        ApiDescriptionCoverage.Report report = ApiDescriptionCoverage.compare(
                List.of(new ServedEndpoint("GET", "/api/v1/plans/{planId}", "PlanController#plan")), description,
                item -> item.path("x-netfocus-service").asText().equals("planning")
                        && item.has("get"));

        assertThat(report.gaps()).isEmpty();
        assertThat(report.handlerMethods()).isEqualTo(1);
        assertThat(report.compared()).isEqualTo(1);
        assertThat(report.operations()).isEqualTo(1);
    }

    @Test
    void a_served_endpoint_without_a_description_and_a_description_without_an_endpoint_are_gaps() {
        ApiDescriptionCoverage.Report report = ApiDescriptionCoverage.compare(List.of(
                        new ServedEndpoint("GET", "/api/v1/plans/{planId:[a-f0-9-]+}", "PlanController#plan"),
                        new ServedEndpoint("DELETE", "/api/v1/plans/{planId}", "PlanController#delete")), description,
                item -> item.path("x-netfocus-service").asText().equals("planning"));

        assertThat(report.compared()).isEqualTo(1);
        assertThat(report.gaps()).contains(
                "DELETE /api/v1/plans/{planId} (PlanController#delete) is served but not described",
                "POST /api/v1/plans is described but not served");
    }

    @Test
    void an_operation_without_summary_roles_problem_answers_or_the_answers_its_input_needs_is_a_gap() {
        ApiDescriptionCoverage.Report report = ApiDescriptionCoverage.compare(
                List.of(new ServedEndpoint("POST", "/api/v1/plans", "PlanController#create")), description,
                item -> item.path("x-netfocus-service").asText().equals("planning") && item.has("post"));

        assertThat(report.gaps()).containsExactlyInAnyOrder(
                "POST /api/v1/plans has no summary",
                "POST /api/v1/plans 400 is not described as a problem+json Problem",
                "POST /api/v1/plans does not say which roles may call it (x-netfocus-roles)",
                "POST /api/v1/plans does not describe its 401 answer",
                "POST /api/v1/plans does not describe its 413 answer",
                "POST /api/v1/plans does not describe its 415 answer",
                "POST /api/v1/plans does not describe its 503 answer");
    }

    @Test
    void a_check_that_reads_no_endpoint_compares_nothing_and_says_so() {
        ApiDescriptionCoverage.Report report = ApiDescriptionCoverage.compare(List.of(), description,
                item -> item.path("x-netfocus-service").asText().equals("planning"));

        assertThat(report.handlerMethods()).isZero();
        assertThat(report.compared()).isZero();
        assertThat(report.gaps()).contains("GET /api/v1/plans/{planId} is described but not served");
    }

    @Test
    void an_operation_that_requires_no_token_is_reported_as_public() {
        ApiDescriptionCoverage.Report report = ApiDescriptionCoverage.compare(
                List.of(new ServedEndpoint("POST", "/api/v1/dev/token", "DevTokenController#issue")), description,
                item -> item.path("x-netfocus-service").asText().equals("gateway"));

        assertThat(report.publicOperations()).containsExactly("POST /api/v1/dev/token");
        assertThat(report.gaps()).containsExactly("POST /api/v1/dev/token does not describe its 503 answer");
    }

    @Test
    void texts_of_requests_and_answers_without_an_example_are_named() {
        JsonNode withSchemas = read("""
                {"paths": {"/api/v1/plans": {"post": {
                  "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Create"}}}},
                  "responses": {"201": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Created"}}}},
                    "400": {"content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}}}}}},
                 "components": {"schemas": {
                   "Create": {"properties": {"title": {"type": "string", "example": "Q3"}, "kind": {"type": "string",
                     "enum": ["A"]}, "tags": {"type": "array", "items": {"$ref": "#/components/schemas/Tag"}}}},
                   "Tag": {"properties": {"name": {"type": "string"}}},
                   "Created": {"properties": {"planId": {"type": ["string", "null"]}, "version": {"type": "integer"}}},
                   "Problem": {"properties": {"detail": {"type": "string"}}}}}}
                """);

        assertThat(DescribedExamples.missing(withSchemas)).containsExactlyInAnyOrder("Tag.name", "Created.planId");
    }

    private static JsonNode read(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
