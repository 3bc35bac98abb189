package com.netfocus.benchmarks.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.netfocus.contracts.caller.Caller;
import com.netfocus.contracts.caller.IdentitySignature;
import com.netfocus.contracts.caller.SealedRequest;
import com.netfocus.benchmarks.stack.DriverCpu;
import com.netfocus.contracts.plan.PlanEventCodec;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.Executors;

/**
 * Where the load goes: through the gateway (a bearer token per rep), or straight to a service with the sealed caller
 * headers the gateway would set (to measure the gateway's overhead, and to poll projections without it).
 */
public final class Api {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
    private static final ObjectMapper MAPPER = PlanEventCodec.mapper();

    private final String baseUrl;
    private final boolean viaGateway;
    private final IdentitySignature seal;
    private final HttpClient http;

    private Api(String baseUrl, boolean viaGateway, IdentitySignature seal) {
        this.baseUrl = baseUrl;
        this.viaGateway = viaGateway;
        this.seal = seal;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newCachedThreadPool(DriverCpu.threads("http-" + baseUrl)))
                .build();
    }

    public static Api gateway(String gatewayUrl) {
        return new Api(gatewayUrl, true, null);
    }

    /** Straight to an app that checks no caller (the minimal Axon app): nothing is added to a request. */
    public static Api plain(String appUrl) {
        return new Api(appUrl, false, null);
    }

    /**
     * Straight to a service, with the caller headers sealed as the gateway seals them ({@code identitySecret}: the
     * run's secret); unsealed headers are refused with 401 by every service.
     */
    public static Api direct(String serviceUrl, String identitySecret) {
        return new Api(serviceUrl, false, new IdentitySignature(identitySecret));
    }

    public boolean viaGateway() {
        return viaGateway;
    }

    public Answer get(String path, Rep rep) {
        return send(request(path, rep, "GET").GET());
    }

    public Answer post(String path, Rep rep, Object body) {
        String json;
        try {
            json = MAPPER.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
        return send(request(path, rep, "POST").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpRequest.Builder request(String path, Rep rep, String method) {
        URI uri = URI.create(baseUrl + path);
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT);
        if (rep == null || (!viaGateway && seal == null)) {
            return builder;
        }
        if (viaGateway) {
            return builder.header("Authorization", "Bearer " + rep.token());
        }
        // sealed per request, as the gateway does: a seal is valid for this request and a short while only
        for (String[] header : seal.headersFor(new Caller(rep.userId(), rep.org(), rep.team(), Set.copyOf(rep.roles())),
                Instant.now(), SealedRequest.of(method, uri))) {
            builder.header(header[0], header[1]);
        }
        return builder;
    }

    private Answer send(HttpRequest.Builder builder) {
        long begun = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            long done = System.nanoTime();
            return new Answer(response.statusCode(), parse(response.body()), done - begun, done);
        } catch (IOException e) {
            long done = System.nanoTime();
            return new Answer(-1, MAPPER.getNodeFactory().textNode(String.valueOf(e)), done - begun, done);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return MAPPER.readTree(body);
        } catch (JsonProcessingException notJson) {
            return MAPPER.getNodeFactory().textNode(body);
        }
    }
}
