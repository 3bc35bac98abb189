package com.netfocus.gateway.identity;

import com.netfocus.contracts.caller.HeaderText;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the caller out of a verified token's claims, as {@link IdentityClaims} says where they are. A token that
 * does not name a user, org, team and at least one Netfocus role yields the reasons instead: every service scopes
 * its data by the org, so such a token must never reach them. Any Unicode text is a name (the caller headers carry it
 * encoded), but not control characters.
 */
@Component
public class CallerClaims {

    private static final String KNOWN_ROLES = "REP, MANAGER, ADMIN";

    private final IdentityClaims names;

    public CallerClaims(IdentityClaims names) {
        this.names = names;
    }

    /** The caller, or the reasons the claims do not describe one. */
    public Reading read(Map<String, Object> claims) {
        List<String> problems = new ArrayList<>();
        String user = text(claims, names.user(), problems);
        String org = text(claims, names.org(), problems);
        String team = text(claims, names.team(), problems);
        List<Role> roles = roles(ClaimPath.read(claims, names.roles()), problems);
        return problems.isEmpty()
                ? new Reading(Optional.of(new VerifiedCaller(user, org, team, roles)), List.of())
                : new Reading(Optional.empty(), problems);
    }

    private static String text(Map<String, Object> claims, String name, List<String> problems) {
        Object value = ClaimPath.read(claims, name);
        if (!(value instanceof String text) || text.isBlank()) {
            problems.add("the claim " + name + " is missing or not a text");
            return null;
        }
        if (HeaderText.hasControlCharacter(text)) {
            problems.add("the claim " + name + " holds a control character (a line break, a tab, ...), which no user, "
                    + "org or team name has");
            return null;
        }
        return text;
    }

    private List<Role> roles(Object value, List<String> problems) {
        if (!(value instanceof Collection<?> values) || values.isEmpty()) {
            problems.add("the claim " + names.roles() + " must be a non-empty array of "
                    + (names.mapsRoles() ? "role names" : KNOWN_ROLES));
            return List.of();
        }
        Set<Role> roles = new LinkedHashSet<>();
        if (!names.mapsRoles()) {
            for (Object name : values) {
                Optional<Role> role = Role.parse(name);
                if (role.isEmpty()) {
                    problems.add("the claim " + names.roles() + " holds an unknown role; known are " + KNOWN_ROLES);
                    return List.of();
                }
                roles.add(role.get());
            }
        } else {
            // providers put many unrelated groups and default roles into the claim: only the mapped ones count
            for (Object name : values) {
                names.roleMapping().forEach((role, granting) -> {
                    if (granting.contains(String.valueOf(name))) {
                        roles.add(role);
                    }
                });
            }
            if (roles.isEmpty()) {
                problems.add("the claim " + names.roles() + " holds none of the names mapped to "
                        + names.roleMapping().keySet().stream().map(Role::name).collect(Collectors.joining(", ")));
            }
        }
        return List.copyOf(roles);
    }

    /** A caller, or why there is none. */
    public record Reading(Optional<VerifiedCaller> caller, List<String> problems) {
    }
}
