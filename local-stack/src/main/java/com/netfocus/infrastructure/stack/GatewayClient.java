package com.netfocus.infrastructure.stack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.netfocus.contracts.plan.PlanEventCodec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** A small JSON client of the gateway's API, used to load the demo data and by the end-to-end tests. */
public final class GatewayClient {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper mapper = PlanEventCodec.mapper();

    public GatewayClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** Where the gateway is, e.g. http://localhost:8080. */
    public String baseUrl() {
        return baseUrl;
    }

    /** A JSON answer: status, body (JSON, or a text node when the body is not JSON) and headers. */
    public record Answer(int status, JsonNode body, Map<String, List<String>> headers) {
        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .flatMap(entry -> entry.getValue().stream())
                    .findFirst().orElse(null);
        }

        public Answer expect(int expectedStatus) {
            if (status != expectedStatus) {
                throw new IllegalStateException("expected HTTP " + expectedStatus + " but got " + status + ": " + body);
            }
            return this;
        }
    }

    /** A token from the local profile's dev token endpoint. */
    public String devToken(String subject, String org, String team, List<String> roles) {
        return post("/api/v1/dev/token", null, Map.of("sub", subject, "org", org, "team", team, "roles", roles))
                .expect(200).body().get("token").asText();
    }

    public Answer get(String path, String token) {
        return send(request(path, token).GET());
    }

    public Answer post(String path, String token, Object body) {
        try {
            return postRaw(path, token, mapper.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write the request body", e);
        }
    }

    public Answer postRaw(String path, String token, String json) {
        return send(request(path, token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** PUT, PATCH or DELETE with a JSON body (a DELETE's body is the optional reason). */
    public Answer send(String method, String path, String token, Object body) {
        try {
            return send(request(path, token).header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(mapper.writeValueAsString(body))));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write the request body", e);
        }
    }

    public Answer delete(String path, String token) {
        return send(request(path, token).DELETE());
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(REQUEST_TIMEOUT);
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private Answer send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), parse(response.body()), response.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException("request to the gateway failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return mapper.nullNode();
        }
        try {
            return mapper.readTree(body);
        } catch (JsonProcessingException notJson) {
            return mapper.getNodeFactory().textNode(body);
        }
    }
}
