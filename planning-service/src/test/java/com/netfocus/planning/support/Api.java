package com.netfocus.planning.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.netfocus.contracts.caller.CallerHeaders;
import com.netfocus.contracts.plan.PlanEventCodec;
import com.netfocus.infrastructure.testing.TestIdentity;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A plain HTTP client for the service under test, calling as the gateway would (caller headers set). */
public final class Api {

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final String user;
    private final String org;
    private final String team;
    private final String roles;

    public Api(int port, String user, String org, String team) {
        this(port, user, org, team, "REP");
    }

    private Api(int port, String user, String org, String team, String roles) {
        this.base = "http://localhost:" + port;
        this.user = user;
        this.org = org;
        this.team = team;
        this.roles = roles;
    }

    public Api as(String otherUser, String otherOrg) {
        return new Api(port(), otherUser, otherOrg, team, roles);
    }

    /** The same caller with other roles (comma separated), e.g. "ADMIN". */
    public Api withRoles(String otherRoles) {
        return new Api(port(), user, org, team, otherRoles);
    }

    private int port() {
        return Integer.parseInt(base.substring(base.lastIndexOf(':') + 1));
    }

    public Response put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** A POST with a JSON body; a null body sends none. */
    public Response post(String path, String json) {
        if (json == null) {
            return send(request(path).POST(HttpRequest.BodyPublishers.noBody()).build());
        }
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public Response patch(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public Response delete(String path) {
        return send(request(path).DELETE().build());
    }

    /** A DELETE with a body (the optional reason of a withdrawal, retirement, retraction or cancellation). */
    public Response delete(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .method("DELETE", HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public Response get(String path) {
        return send(request(path).GET().build());
    }

    /** A GET whose answer is not JSON (a calendar file): status, content type and the body as text. */
    public TextResponse getText(String path) {
        return getText(path, "*/*");
    }

    /** A GET whose answer is not JSON, asking for the given media type ({@code Accept}). */
    public TextResponse getText(String path, String accept) {
        try {
            HttpResponse<String> response = http.send(sealed(request(path).header("Accept", accept).GET().build()),
                    HttpResponse.BodyHandlers.ofString());
            return new TextResponse(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record TextResponse(int status, String contentType, String body) {
    }

    /** A GET that sends the given correlation id instead of a generated one. */
    public Response get(String path, String correlationId) {
        return send(request(path).setHeader(CallerHeaders.CORRELATION_ID, correlationId).GET().build());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path))
                .header(CallerHeaders.CORRELATION_ID, "corr-" + System.nanoTime());
    }

    /** The request with the caller headers, sealed for its method, path and query as the gateway seals them. */
    private HttpRequest sealed(HttpRequest request) {
        if (user == null) {
            return request;
        }
        HttpRequest.Builder builder = HttpRequest.newBuilder(request, (name, value) -> true);
        TestIdentity.seal(builder::header, request.method(), request.uri(), user, org, team, roles);
        return builder.build();
    }

    private Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(sealed(request), HttpResponse.BodyHandlers.ofString());
            String type = response.headers().firstValue("Content-Type").orElse("");
            // a calendar file is not JSON: its text stands in for the body
            JsonNode body = response.body().isBlank() ? null : type.startsWith("text/calendar")
                    ? com.fasterxml.jackson.databind.node.TextNode.valueOf(response.body())
                    : PlanEventCodec.mapper().readTree(response.body());
            return new Response(response.statusCode(), body,
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue(CallerHeaders.CORRELATION_ID).orElse(null), response.headers());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Response(int status, JsonNode body, String contentType, String correlationId, HttpHeaders headers) {

        public String text(String field) {
            return body.path(field).asText();
        }

        /** The first value of a response header, or null. */
        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }
}
