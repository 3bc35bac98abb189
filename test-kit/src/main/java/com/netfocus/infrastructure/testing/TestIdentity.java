package com.netfocus.infrastructure.testing;

import com.netfocus.contracts.caller.Caller;
import com.netfocus.contracts.caller.IdentitySignature;

import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/**
 * The identity secret of the tests, and the caller headers sealed with it as the gateway seals them, for tests
 * that call a service directly.
 */
public final class TestIdentity {

    public static final String SECRET = "netfocus-test-identity-secret-of-sufficient-length";
    private static final IdentitySignature SEAL = new IdentitySignature(SECRET);

    private TestIdentity() {
    }

    /** Sets the caller headers and their seal through {@code header}; roles comma-separated. */
    public static void seal(BiConsumer<String, String> header, String user, String org, String team, String roles) {
        Set<String> roleSet = roles == null || roles.isBlank() ? Set.of() : Arrays.stream(roles.split(","))
                .map(String::trim).filter(role -> !role.isEmpty()).collect(Collectors.toSet());
        SEAL.headersFor(new Caller(user, org, team == null ? "" : team, roleSet), Instant.now())
                .forEach(pair -> header.accept(pair[0], pair[1]));
    }
}
