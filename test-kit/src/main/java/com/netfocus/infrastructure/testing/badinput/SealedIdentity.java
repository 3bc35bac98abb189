package com.netfocus.infrastructure.testing.badinput;

import com.netfocus.infrastructure.testing.Personas;
import com.netfocus.infrastructure.testing.TestIdentity;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** The caller headers of one persona, sealed afresh for every request (a seal is valid for a minute only). */
public final class SealedIdentity {

    private SealedIdentity() {
    }

    public static Supplier<Map<String, String>> of(Personas.Persona persona) {
        return () -> {
            Map<String, String> headers = new LinkedHashMap<>();
            TestIdentity.seal(headers::put, persona.userId(), persona.org(), persona.team(), persona.roles());
            return headers;
        };
    }

    /** No identity: for the gateway's own endpoints that need none. */
    public static Supplier<Map<String, String>> none() {
        return Map::of;
    }
}
