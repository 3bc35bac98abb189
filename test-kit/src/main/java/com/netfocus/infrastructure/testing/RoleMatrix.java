package com.netfocus.infrastructure.testing;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Calls every endpoint of a service as each persona of {@link Personas} and without an identity, and checks the
 * status each should get; every refusal must be problem+json and leave the store exactly as it was.
 */
public final class RoleMatrix {

    /** One endpoint, called with the given caller headers. */
    public record Endpoint(String name, Function<HttpHeaders, ResponseEntity<JsonNode>> call) {
    }

    private RoleMatrix() {
    }

    /**
     * @param expected per endpoint name, the statuses for: owner, teammate, manager, other manager, admin, other org,
     *                 anonymous
     * @param store    a snapshot of everything the service stores, compared before and after each refusal
     */
    public static void check(Personas personas, List<Endpoint> endpoints, Map<String, List<Integer>> expected,
                             Supplier<?> store) {
        assertThat(expected.keySet()).containsExactlyElementsOf(endpoints.stream().map(Endpoint::name).toList());
        List<Personas.Persona> callers = List.of(personas.owner, personas.teammate, personas.manager,
                personas.otherManager, personas.admin, personas.stranger);
        List<String> mismatches = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            List<Integer> statuses = expected.get(endpoint.name());
            for (int i = 0; i <= callers.size(); i++) {
                String who = i < callers.size() ? callers.get(i).description() : "anonymous";
                HttpHeaders headers = i < callers.size() ? callers.get(i).headers() : Personas.anonymous();
                Object before = store.get();
                ResponseEntity<JsonNode> response = endpoint.call().apply(headers);
                int status = response.getStatusCode().value();
                if (status != statuses.get(i)) {
                    mismatches.add(endpoint.name() + " as " + who + ": " + status + " (expected " + statuses.get(i)
                            + ") " + response.getBody());
                }
                if (status >= 400) {
                    assertThat(response.getHeaders().getContentType()).as(endpoint.name() + " as " + who)
                            .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
                    assertThat(store.get()).as("the store after " + endpoint.name() + " refused " + who)
                            .isEqualTo(before);
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }
}
