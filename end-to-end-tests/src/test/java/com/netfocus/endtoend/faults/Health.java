package com.netfocus.endtoend.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.netfocus.contracts.plan.PlanEventCodec;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A service's {@code /actuator/health}, read directly (the gateway routes no actuator). */
final class Health {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private Health() {
    }

    /** The status of the whole service and of one dependency ({@code mongo}, {@code kafka}). */
    record Status(String overall, String component) {
    }

    static Status of(String serviceUrl, String component) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(serviceUrl + "/actuator/health"))
                    .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body = PlanEventCodec.mapper().readTree(response.body());
            return new Status(body.path("status").asText(),
                    body.path("components").path(component).path("status").asText());
        } catch (IOException e) {
            return new Status("UNREACHABLE", "UNREACHABLE");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
