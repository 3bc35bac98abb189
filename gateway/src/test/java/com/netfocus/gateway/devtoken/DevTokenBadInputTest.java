package com.netfocus.gateway.devtoken;

import com.fasterxml.jackson.databind.JsonNode;
import com.netfocus.gateway.briefing.BriefingController;
import com.netfocus.gateway.testing.LocalGatewayTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input on the gateway's own endpoints (the services' are in their BadInput tests; the briefing's in
 * BriefingBadInputTest): the local dev token. Each
 * case a 400 (413 for the size) problem+json naming the field, and no token issued. User, org and team are
 * identifiers: no emoji, control characters, spaces or operator objects; no value coerced from another type.
 */
class DevTokenBadInputTest extends LocalGatewayTest {

    private static final String VALID = "{\"sub\":\"dev-1\",\"org\":\"org-local\",\"team\":\"team-1\",\"roles\":[\"REP\"]}";
    private static final String EMOJI = "\uD83D\uDE80";
    /** The gateway's own endpoints that read input, each with a table: the dev token's below, the briefing's apart. */
    private static final Set<String> TABLED = Set.of("POST " + DevTokenController.PATH,
            "GET " + BriefingController.PATH);

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyOwnEndpointThatTakesInputHasATable() {
        Set<String> takingInput = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            boolean input = false;
            for (MethodParameter parameter : handler.getMethodParameters()) {
                input |= parameter.hasParameterAnnotation(RequestBody.class)
                        || parameter.hasParameterAnnotation(RequestParam.class)
                        || parameter.hasParameterAnnotation(PathVariable.class);
            }
            if (input) {
                info.getPatternsCondition().getPatterns().forEach(pattern -> info.getMethodsCondition().getMethods()
                        .forEach(method -> takingInput.add(method.name() + " " + pattern.getPatternString())));
            }
        });
        assertThat(takingInput).isEqualTo(new TreeSet<>(TABLED));
    }

    @Test
    void badDevTokenRequestsAreRefusedNamingTheField() {
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("{\"sub\":", "body");
        cases.put(VALID + " {}", "body");
        cases.put("[]", "body");
        cases.put(VALID.replace("}", ",\"admin\":true}"), "admin");
        cases.put(VALID.replace("{", "{\"sub\":\"again\","), "sub");
        cases.put("{\"padding\":\"" + "x".repeat(2_000_000) + "\"}", "body");
        for (String field : List.of("sub", "org", "team")) {
            String value = "\"" + (field.equals("sub") ? "dev-1" : field.equals("org") ? "org-local" : "team-1") + "\"";
            cases.put(VALID.replace(value, "5"), field);
            cases.put(VALID.replace(value, "true"), field);
            cases.put(VALID.replace(value, "{\"$gt\":\"\"}"), field);
            cases.put(VALID.replace(value, "[\"x\"]"), field);
            cases.put(VALID.replace(value, "\"x" + EMOJI + "\""), field);
            cases.put(VALID.replace(value, "\"x\\u0007\""), field);
            cases.put(VALID.replace(value, "\"x\\ny\""), field);
            cases.put(VALID.replace(value, "\"two words\""), field);
            cases.put(VALID.replace(value, "null"), field);
            cases.put(VALID.replace(",\"" + field + "\":" + value, "").replace("\"" + field + "\":" + value + ",", ""), field);
        }
        cases.put(VALID.replace("[\"REP\"]", "\"REP\""), "roles");
        cases.put(VALID.replace("[\"REP\"]", "[\"rep" + EMOJI + "\"]"), "roles[0]");
        cases.put(VALID.replace("[\"REP\"]", "[{\"$gt\":\"\"}]"), "roles");
        cases.put(VALID.replace("[\"REP\"]", "[NaN]"), "roles");
        cases.put(VALID.replace("[\"REP\"]", "[" + "\"REP\",".repeat(3) + "\"REP\"]"), "roles");

        List<String> mismatches = new ArrayList<>();
        cases.forEach((body, field) -> {
            var result = client.post().uri(DevTokenController.PATH).contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(body).exchange().returnResult(JsonNode.class);
            int status = result.getStatus().value();
            MediaType type = result.getResponseHeaders().getContentType();
            JsonNode problem = result.getResponseBody().blockFirst();
            List<String> named = problem == null ? List.of() : problem.path("errors").findValuesAsText("field");
            boolean ok = status >= 400 && status < 500 && MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(type)
                    && (named.stream().anyMatch(name -> name.equals(field) || name.startsWith(field + "["))
                    || (field.equals("body") && status == 413));
            if (!ok) {
                mismatches.add(abbreviated(body) + " -> " + status + " " + type + " " + problem + " (expected " + field + ")");
            }
        });
        assertThat(mismatches).isEmpty();
    }

    private static String abbreviated(String body) {
        return body.length() > 120 ? body.substring(0, 120) + "..." : body;
    }
}
