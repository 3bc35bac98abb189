package com.netfocus.gateway.apidocs;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A gateway endpoint needs the bearer token and any role unless it says it is public. */
class GatewayOperationConventionsTest {

    private final GatewayOperationConventions conventions = new GatewayOperationConventions();

    @Test
    void an_endpoint_that_says_nothing_needs_the_token_and_may_answer_401() {
        Operation operation = conventions.customize(new Operation().responses(new ApiResponses()), null);

        assertThat(operation.getSecurity()).singleElement().satisfies(requirement ->
                assertThat(requirement).containsOnlyKeys("bearerAuth"));
        assertThat(operation.getExtensions()).containsEntry("x-netfocus-roles", List.of("REP", "MANAGER", "ADMIN"));
        assertThat(operation.getResponses().get("401").get$ref()).isEqualTo("#/components/responses/Unauthenticated");
    }

    @Test
    void a_public_endpoint_stays_public() {
        Operation operation = conventions.customize(new Operation().security(new ArrayList<>())
                .responses(new ApiResponses()), null);

        assertThat(operation.getSecurity()).isEmpty();
        assertThat(operation.getResponses()).doesNotContainKey("401");
        assertThat(operation.getExtensions()).isNull();
    }
}
