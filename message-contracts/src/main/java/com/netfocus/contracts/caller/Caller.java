package com.netfocus.contracts.caller;

import java.util.Arrays;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Who is calling, as the gateway verified it. */
public record Caller(String userId, String org, String team, Set<String> roles) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /**
     * Reads the caller from request headers.
     *
     * @throws MissingCallerException when the user or org header is absent or blank
     */
    public static Caller fromHeaders(Function<String, String> header) {
        String user = header.apply(CallerHeaders.USER);
        String org = header.apply(CallerHeaders.ORG);
        if (isBlank(user) || isBlank(org)) {
            throw new MissingCallerException();
        }
        String team = header.apply(CallerHeaders.TEAM);
        String roles = header.apply(CallerHeaders.ROLES);
        Set<String> roleSet = isBlank(roles) ? Set.of() : Arrays.stream(roles.split(","))
                .map(String::trim).filter(r -> !r.isEmpty()).collect(Collectors.toSet());
        return new Caller(user, org, isBlank(team) ? "" : team, roleSet);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
