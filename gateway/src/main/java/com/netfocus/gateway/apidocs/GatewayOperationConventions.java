package com.netfocus.gateway.apidocs;

import com.netfocus.contracts.caller.Roles;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.web.method.HandlerMethod;

import java.util.List;

/**
 * What an endpoint the gateway answers itself says without its controller saying it, as the services' do: unless it
 * declares itself public (an empty {@code @SecurityRequirements}, as the dev token does), it needs the bearer token,
 * any role of the org, and may answer 401.
 */
class GatewayOperationConventions implements GlobalOperationCustomizer {

    private static final String BEARER = "bearerAuth";
    private static final String ROLES_EXTENSION = "x-netfocus-roles";
    private static final String UNAUTHENTICATED = "401";

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        if (operation.getSecurity() != null && operation.getSecurity().isEmpty()) {
            return operation;
        }
        operation.setSecurity(List.of(new SecurityRequirement().addList(BEARER)));
        if (operation.getExtensions() == null || !operation.getExtensions().containsKey(ROLES_EXTENSION)) {
            operation.addExtension(ROLES_EXTENSION, List.of(Roles.REP, Roles.MANAGER, Roles.ADMIN));
        }
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        if (!responses.containsKey(UNAUTHENTICATED)) {
            responses.addApiResponse(UNAUTHENTICATED, new ApiResponse().$ref("#/components/responses/Unauthenticated"));
        }
        operation.setResponses(responses);
        return operation;
    }
}
