package com.netfocus.infrastructure.testing.apidescription;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.netfocus.infrastructure.testing.TestIdentity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API description tests every servlet service runs, written once: a service's test class (a Spring Boot test on a
 * random port) implements this and inherits them. The service's own description, read as the gateway reads it (with a
 * sealed identity), covers every endpoint its request mappings serve ({@link ApiDescriptionCoverage}), gives every
 * text field of its requests and answers an example, and is refused to a caller without the gateway's seal.
 */
public interface ApiDescriptionTests {

    /** Where the services serve their own description (springdoc's api-docs path). */
    String DESCRIPTION_PATH = "/v3/api-docs";

    /** The port the service under test listens on. */
    int port();

    @Test
    default void everyServedEndpointIsDescribedAndEveryDescribedOperationIsServed(
            @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
        ApiDescriptionCoverage.Report report = ApiDescriptionCoverage.compare(RequestMappings.servedBy(mappings),
                description(port()), pathItem -> true);

        assertThat(report.gaps()).isEmpty();
        assertThat(report.handlerMethods()).as("handler methods read from the request mappings").isPositive();
        assertThat(report.compared()).as("handler methods found described").isEqualTo(report.handlerMethods());
        assertThat(report.publicOperations()).as("every service operation needs a token").isEmpty();
    }

    @Test
    default void everyTextInARequestOrAnAnswerHasAnExample() {
        assertThat(DescribedExamples.missing(description(port()))).isEmpty();
    }

    @Test
    default void theDescriptionIsServedOnlyToTheGatewaysSealedIdentity() throws IOException, InterruptedException {
        HttpResponse<String> unsealed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port() + DESCRIPTION_PATH)).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(unsealed.statusCode()).isEqualTo(401);
        assertThat(unsealed.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(unsealed.body()).doesNotContain("\"paths\"");
    }

    /** The service's own description, read with an identity sealed as the gateway seals it. */
    static JsonNode description(int port) {
        URI uri = URI.create("http://localhost:" + port + DESCRIPTION_PATH);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri);
        TestIdentity.seal(request::header, "GET", uri, "api-description-reader", "netfocus-gateway", "", "");
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request.GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            return new ObjectMapper().readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
