package com.netfocus.gateway.negotiation;

import com.fasterxml.jackson.databind.JsonNode;
import com.netfocus.gateway.apidocs.ApiDocsPaths;
import com.netfocus.gateway.devtoken.DevTokenController;
import com.netfocus.gateway.testing.LocalGatewayTest;
import com.netfocus.gateway.webapp.WebAppPaths;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway's own endpoints asked for what they do not answer in (XML, CSV, vCard): 406 problem+json naming Accept,
 * and no token issued; asked for what they answer in, or for anything, they answer as before.
 */
class AcceptHeaderTest extends LocalGatewayTest {

    private static final List<String> UNOFFERED = List.of("application/xml", "text/csv", "text/vcard");
    private static final String TOKEN_REQUEST = "{\"sub\":\"dev-1\",\"org\":\"org-local\",\"team\":\"team-1\","
            + "\"roles\":[\"REP\"]}";
    private static final Map<String, String> ANSWERS = Map.of(
            DevTokenController.PATH, "application/json",
            ApiDocsPaths.OPENAPI_JSON, "application/json",
            ApiDocsPaths.OPENAPI_YAML, "application/yaml",
            ApiDocsPaths.PAGE, "text/html",
            WebAppPaths.APP_PAGE, "text/html");

    @Test
    void anAcceptNamingNothingAnOwnEndpointAnswersInIsRefusedNamingTheHeader() {
        List<String> mismatches = new ArrayList<>();
        ANSWERS.forEach((path, answers) -> UNOFFERED.forEach(accept -> {
            var result = request(path, accept).exchange().returnResult(JsonNode.class);
            JsonNode problem = result.getResponseBody().blockFirst();
            boolean ok = result.getStatus().value() == 406
                    && MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(result.getResponseHeaders().getContentType())
                    && problem != null && problem.path("errors").findValuesAsText("field").contains("Accept")
                    && problem.path("errors").get(0).path("reason").asText().contains(answers);
            if (!ok) {
                mismatches.add(path + " Accept " + accept + " -> " + result.getStatus() + " " + problem);
            }
        }));
        assertThat(mismatches).isEmpty();
    }

    @Test
    void whatAnEndpointAnswersInOrAnythingIsServed() {
        ANSWERS.forEach((path, answers) -> {
            for (String accept : List.of(answers, "*/*", "application/xml;q=0.9, " + answers + ";q=0.5")) {
                assertThat(request(path, accept).exchange().returnResult(String.class).getStatus().value())
                        .as(path + " Accept " + accept).isEqualTo(200);
            }
        });
    }

    private org.springframework.test.web.reactive.server.WebTestClient.RequestHeadersSpec<?> request(String path,
                                                                                                    String accept) {
        if (path.equals(DevTokenController.PATH)) {
            return client.method(HttpMethod.POST).uri(path).contentType(MediaType.APPLICATION_JSON)
                    .header("Accept", accept).bodyValue(TOKEN_REQUEST);
        }
        return client.get().uri(path).header("Accept", accept);
    }
}
