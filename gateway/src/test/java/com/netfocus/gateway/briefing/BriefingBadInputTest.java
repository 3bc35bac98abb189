package com.netfocus.gateway.briefing;

import com.fasterxml.jackson.databind.JsonNode;
import com.netfocus.gateway.testing.LocalGatewayTest;
import com.netfocus.gateway.testing.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static com.netfocus.gateway.testing.TestBackends.CONTACT;
import static com.netfocus.gateway.testing.TestBackends.PLANNING;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The briefing's bad-input table at the gateway. A bad {@code minVersion} is refused here (400 problem+json naming it)
 * before either part is asked: it would go to both services, and the contact part's refusal would go unseen. The ids
 * in the path are planning's to judge (its own table refuses each one, naming it): they reach planning exactly as
 * sent, and planning's refusal reaches the caller as planning wrote it, never a 5xx of the gateway's.
 */
class BriefingBadInputTest extends LocalGatewayTest {

    private static final String EMOJI = "\uD83D\uDE80";
    /** The bad values the services' tables send in a whole-number parameter and in an id of the path. */
    private static final List<String> BAD_VERSIONS = List.of("abc", "1.5", "-1", "NaN", "99999999999999999999", EMOJI,
            "{\"$gt\":\"\"}");
    private static final List<String> BAD_IDS = List.of("not-a-uuid", EMOJI, "{\"$gt\":\"\"}", "1 OR 1=1");

    @Test
    void aBadMinVersionIsRefusedNamingItAndNoPartIsAsked() {
        List<String> mismatches = new ArrayList<>();
        for (String bad : BAD_VERSIONS) {
            String planId = UUID.randomUUID().toString();
            EntityExchangeResult<JsonNode> answer = get(planId, "breakfast", bad);
            if (!refusedNaming(answer, "minVersion")) {
                mismatches.add("minVersion=" + bad + " -> " + answer.getStatus() + " " + answer.getResponseBody());
            }
            if (PLANNING.lastRequestUnder("/api/v1/plans/" + planId).isPresent()
                    || CONTACT.lastRequestUnder("/api/v1/plans/" + planId).isPresent()) {
                mismatches.add("minVersion=" + bad + " reached a service");
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void aBadIdReachesPlanningAsSentAndPlanningsRefusalIsTheAnswer() {
        List<String> mismatches = new ArrayList<>();
        for (String bad : BAD_IDS) {
            String planId = UUID.randomUUID().toString();
            String platformId = UUID.randomUUID().toString();
            for (String field : List.of("planId", "platformId")) {
                String[] path = field.equals("planId") ? new String[] {bad, platformId} : new String[] {planId, bad};
                String prefix = field.equals("planId") ? "/api/v1/plans/" : "/api/v1/plans/" + planId + "/platforms/";
                get(path[0], path[1], null);
                RecordedRequest asked = PLANNING.lastRequestUnder(prefix).orElse(null);
                String rawPath = asked == null ? null
                        : URI.create("http://planning" + asked.pathAndQuery()).getRawPath();
                if (rawPath == null || !decoded(rawPath).contains("/" + bad + "/")) {
                    mismatches.add(field + "=" + bad + " reached planning as " + rawPath);
                    continue;
                }
                // planning refuses it, naming the field, as PlanningBadInputTest proves
                PLANNING.answer(rawPath, 400, "application/problem+json", """
                        {"type":"https://netfocus.example/problems/invalid-request","title":"The request is not valid",
                         "status":400,"errors":[{"field":"%s","reason":"is not an id"}]}""".formatted(field));
                EntityExchangeResult<JsonNode> answer = get(path[0], path[1], null);
                if (!refusedNaming(answer, field)) {
                    mismatches.add(field + "=" + bad + " -> " + answer.getStatus() + " " + answer.getResponseBody());
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    /** The briefing, asked with the values encoded as a client library sends them. */
    private EntityExchangeResult<JsonNode> get(String planId, String platformId, String minVersion) {
        return client.get().uri(uri -> {
                    uri.path(BriefingController.PATH);
                    if (minVersion != null) {
                        uri.queryParam("minVersion", "{minVersion}");
                        return uri.build(planId, platformId, minVersion);
                    }
                    return uri.build(planId, platformId);
                })
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + tokenFor("ana", "org-a", "north", "REP"))
                .exchange().expectBody(JsonNode.class).returnResult();
    }

    private static boolean refusedNaming(EntityExchangeResult<JsonNode> answer, String field) {
        MediaType type = answer.getResponseHeaders().getContentType();
        JsonNode problem = answer.getResponseBody();
        return answer.getStatus().is4xxClientError() && type != null
                && MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(type) && problem != null
                && problem.path("errors").findValuesAsText("field").contains(field);
    }

    private static String decoded(String rawPath) {
        return URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
