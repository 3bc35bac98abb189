package com.netfocus.gateway.identity;

import java.util.Map;

/**
 * Reads a claim by its configured name: the top-level claim of exactly that name if there is one (names may hold
 * dots, e.g. Entra ID's {@code extn.team} or a namespaced {@code https://example.com/org}), else the dotted path
 * through nested objects (Keycloak's {@code realm_access.roles}).
 */
public final class ClaimPath {

    private ClaimPath() {
    }

    public static Object read(Map<String, Object> claims, String name) {
        if (claims.containsKey(name)) {
            return claims.get(name);
        }
        Object current = claims;
        for (String step : name.split("\\.", -1)) {
            if (!(current instanceof Map<?, ?> object) || !object.containsKey(step)) {
                return null;
            }
            current = object.get(step);
        }
        return current;
    }
}
