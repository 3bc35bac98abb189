package com.netfocus.gateway.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Where an identity provider's token carries the caller: the claim names (a top-level name, or a dotted path into
 * nested objects such as Keycloak's {@code realm_access.roles}) and, optionally, which provider roles or groups
 * stand for which Netfocus role.
 *
 * @param user        the stable user id (default {@code sub}; Entra ID: {@code oid})
 * @param org         the org the user belongs to; every service scopes its data by it
 * @param team        the user's team
 * @param roles       an array of role or group names
 * @param roleMapping per Netfocus role, the provider's names that grant it. Empty: the roles claim must hold
 *                    REP, MANAGER, ADMIN themselves, and any other value refuses the token. Set: only the listed
 *                    names count and the others (a provider's unrelated groups and default roles) are ignored.
 */
@ConfigurationProperties("netfocus.security.claims")
public record IdentityClaims(String user, String org, String team, String roles, Map<Role, List<String>> roleMapping) {

    public static final IdentityClaims DEFAULTS = new IdentityClaims(null, null, null, null, null);

    public IdentityClaims {
        user = nameOrDefault(user, TokenClaims.SUBJECT);
        org = nameOrDefault(org, TokenClaims.ORG);
        team = nameOrDefault(team, TokenClaims.TEAM);
        roles = nameOrDefault(roles, TokenClaims.ROLES);
        Map<Role, List<String>> mapping = new EnumMap<>(Role.class);
        if (roleMapping != null) {
            roleMapping.forEach((role, names) -> mapping.put(role, names == null ? List.of() : List.copyOf(names)));
        }
        // an EnumMap keeps the roles in one order: REP, MANAGER, ADMIN
        roleMapping = Collections.unmodifiableMap(mapping);
    }

    public boolean mapsRoles() {
        return roleMapping.values().stream().anyMatch(names -> !names.isEmpty());
    }

    private static String nameOrDefault(String configured, String fallback) {
        return configured == null || configured.isBlank() ? fallback : configured.trim();
    }
}
