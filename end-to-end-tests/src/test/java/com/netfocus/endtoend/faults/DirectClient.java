package com.netfocus.endtoend.faults;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.netfocus.contracts.caller.Caller;
import com.netfocus.contracts.caller.IdentitySignature;
import com.netfocus.contracts.caller.SealedRequest;
import com.netfocus.contracts.plan.PlanEventCodec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/**
 * Calls one service instance directly, with the caller identity sealed as the gateway seals it (the stack's
 * secret): how the tests reach a second planning instance that the gateway does not route to.
 */
final class DirectClient {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper mapper = PlanEventCodec.mapper();
    private final String baseUrl;
    private final IdentitySignature seal;
    private final Caller caller;

    DirectClient(String baseUrl, String identitySecret, Caller caller) {
        this.baseUrl = baseUrl;
        this.seal = new IdentitySignature(identitySecret);
        this.caller = caller;
    }

    record Answer(int status, String contentType, JsonNode body) {
    }

    Answer post(String path, Object body) {
        try {
            return send(request(path).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(mapper.writeValueAsString(body))));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    Answer get(String path) {
        return send(request(path).GET());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30));
    }

    private Answer send(HttpRequest.Builder builder) {
        try {
            HttpRequest request = builder.build();
            // sealed for this one request (method, path and query), as the gateway seals it
            HttpRequest.Builder sealed = HttpRequest.newBuilder(request, (name, value) -> true);
            seal.headersFor(caller, Instant.now(), SealedRequest.of(request.method(), request.uri()))
                    .forEach(pair -> sealed.header(pair[0], pair[1]));
            HttpResponse<String> response = http.send(sealed.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body().isBlank() ? mapper.nullNode() : mapper.readTree(response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
