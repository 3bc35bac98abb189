package com.netfocus.gateway.testing;

import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Small OpenAPI descriptions standing in for the services' own (test resources apidocs/*.json): a path each service
 * serves, shared components, a component name two services use for different schemas, an operation id two services
 * use, and a path the contact service describes that the gateway routes to the catalog.
 */
public final class ServiceDescriptions {

    /** Where the services serve their descriptions (netfocus.gateway.api-docs.service-path). */
    public static final String PATH = "/v3/api-docs";

    private ServiceDescriptions() {
    }

    /** Every test backend answers its service's description from now on. */
    public static void served() {
        TestBackends.PLANNING.answer(PATH, 200, "application/json", of("planning"));
        TestBackends.CATALOG.answer(PATH, 200, "application/json", of("catalog"));
        TestBackends.CONTACT.answer(PATH, 200, "application/json", of("contact"));
    }

    public static String of(String service) {
        try {
            return new ClassPathResource("apidocs/" + service + ".json").getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
