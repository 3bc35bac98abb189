package com.netfocus.infrastructure.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a service's port tells a stranger about its management endpoints: health and its probes say UP without
 * details; metrics need the management token; the request mappings (handler class names) are not served at all.
 */
public final class ManagementEndpoints {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ManagementEndpoints() {
    }

    /** Checks the management endpoints of the service at {@code baseUrl}, e.g. http://localhost:8081. */
    public static void assertOnlyHealthIsOpen(String baseUrl) {
        for (String probe : new String[]{"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
            HttpResponse<String> health = get(baseUrl + probe, null);
            assertThat(health.statusCode()).as(probe).isEqualTo(200);
            JsonNode body = read(health.body());
            assertThat(body.path("status").asText()).as(probe).isEqualTo("UP");
            assertThat(health.body()).as(probe + " tells no details").doesNotContain("\"details\"");
        }
        for (String guarded : new String[]{"/actuator/prometheus", "/actuator/mappings", "/actuator", "/actuator/env"}) {
            HttpResponse<String> refused = get(baseUrl + guarded, null);
            assertThat(refused.statusCode()).as(guarded + " without the management token").isEqualTo(401);
            assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        }
        // the scrape itself is exported only in tests with observability on (see scrape): here the token must pass
        assertThat(get(baseUrl + "/actuator/prometheus", TestIdentity.MANAGEMENT_TOKEN).statusCode())
                .as("metrics with the management token").isNotEqualTo(401);
        assertThat(get(baseUrl + "/actuator/mappings", TestIdentity.MANAGEMENT_TOKEN).statusCode())
                .as("the request mappings are not served, even with the token").isEqualTo(404);
    }

    /** The Prometheus scrape of the service at {@code baseUrl}, read with the tests' management token. */
    public static String scrape(String baseUrl) {
        HttpResponse<String> scrape = get(baseUrl + "/actuator/prometheus", TestIdentity.MANAGEMENT_TOKEN);
        assertThat(scrape.statusCode()).as("the Prometheus scrape").isEqualTo(200);
        return scrape.body();
    }

    private static HttpResponse<String> get(String url, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("cannot reach " + url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode read(String body) {
        try {
            return MAPPER.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException("not JSON: " + body, e);
        }
    }
}
