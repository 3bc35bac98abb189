package com.netfocus.infrastructure.testing.badinput;

import com.netfocus.infrastructure.testing.Personas;
import com.netfocus.infrastructure.testing.TestIdentity;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * The caller headers of one persona, sealed afresh for every request (a seal is valid for one request, for a minute
 * only): given the request's method and URI, the headers to send with it.
 */
public final class SealedIdentity {

    private SealedIdentity() {
    }

    public static BiFunction<String, URI, Map<String, String>> of(Personas.Persona persona) {
        return (method, uri) -> {
            Map<String, String> headers = new LinkedHashMap<>();
            TestIdentity.seal(headers::put, method, uri, persona.userId(), persona.org(), persona.team(),
                    persona.roles());
            return headers;
        };
    }

    /** No identity: for the gateway's own endpoints that need none. */
    public static BiFunction<String, URI, Map<String, String>> none() {
        return (method, uri) -> Map.of();
    }
}
