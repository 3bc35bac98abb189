package com.netfocus.gateway.apidocs;

import com.netfocus.contracts.caller.IdentitySignature;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.cloud.client.loadbalancer.reactive.ReactorLoadBalancerExchangeFilterFunction;
import org.springframework.web.reactive.function.client.WebClient;

import java.time.Clock;

/**
 * The gateway's own part of the API description (springdoc, from its controllers): what the whole API is, and the
 * answers the gateway gives in front of every operation; and the reader of the services' parts.
 */
@Configuration
class ApiDescriptionConfiguration {

    private static final String DESCRIPTION = """
            Network with strategic focus: a plan is worked out as why (SMART objectives) -> who (targets) -> where \
            (platforms chosen for the people who attend them) -> attendance, within an hours budget.

            Every call goes through this gateway, which verifies the bearer JWT (user, org, team, roles), passes \
            the caller on to the service behind the path (`x-netfocus-service` on each path names it) and scopes \
            everything to the caller's org: data of another org is 404. Each operation says the roles it needs \
            (`x-netfocus-roles`).

            Errors are RFC 9457 `application/problem+json`; bad input names each field at fault in \
            `errors: [{field, reason}]` and changes nothing. Every answer carries `X-Correlation-Id`; send your own \
            to follow a request through the events and logs.

            Commands answer the plan's new `version`; reads of a plan and of its projections take `minVersion` and \
            wait (bounded) until it is applied, so a client can read its own write.

            Lists come in pages (`page`, `size`; the answer holds `items`, `page`, `size`, `total`); a plan's history \
            in ranges of sequences, with `X-Total-Count` and a `Link: <...>; rel="next"` header while more follows.

            Each user has a request allowance, and so has each client address for requests without a verified user; \
            over it the gateway answers 429 with `Retry-After`.""";

    @Bean
    OpenAPI netfocusApi() {
        return new OpenAPI().info(new Info().title("Netfocus API").version("1").description(DESCRIPTION));
    }

    @Bean
    OpenApiCustomizer gatewayAnswers() {
        return openApi -> {
            Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
            openApi.setComponents(components);
            for (GatewayAnswer answer : GatewayAnswer.values()) {
                components.addResponses(answer.componentName(), answer.response());
            }
        };
    }

    @Bean
    GlobalOperationCustomizer gatewayOperationConventions() {
        return new GatewayOperationConventions();
    }

    @Bean
    ServiceDescriptionReader serviceDescriptionReader(WebClient.Builder clients,
                                                      ReactorLoadBalancerExchangeFilterFunction loadBalancing,
                                                      IdentitySignature seal, ApiDocsProperties properties,
                                                      Clock clock) {
        return new ServiceDescriptionReader(clients, loadBalancing, seal, properties, clock);
    }
}
