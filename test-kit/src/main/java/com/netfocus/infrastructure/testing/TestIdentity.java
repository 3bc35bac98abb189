package com.netfocus.infrastructure.testing;

import com.netfocus.contracts.caller.Caller;
import com.netfocus.contracts.caller.CallerHeaders;
import com.netfocus.contracts.caller.HeaderText;
import com.netfocus.contracts.caller.IdentitySignature;
import com.netfocus.contracts.caller.SealedRequest;

import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The identity secret of the tests, and the caller headers sealed with it as the gateway seals them, for tests
 * that call a service directly. A seal is valid for one request (method, path and query): a client that knows the
 * request seals it with {@link #seal}; the services' test REST clients get the caller headers from {@link #caller}
 * and seal each request as it is sent ({@link TestRequestSealing}).
 */
public final class TestIdentity {

    public static final String SECRET = "netfocus-test-identity-secret-of-sufficient-length";
    /** The management token of the tests: metrics and the other management endpoints but health need it. */
    public static final String MANAGEMENT_TOKEN = "netfocus-test-management-token-of-sufficient-length";
    private static final IdentitySignature SEAL = new IdentitySignature(SECRET);

    private TestIdentity() {
    }

    /** Sets the caller headers and their seal for the request {@code method uri} through {@code header}; roles comma-separated. */
    public static void seal(BiConsumer<String, String> header, String method, URI uri, String user, String org,
                            String team, String roles) {
        SEAL.headersFor(callerOf(user, org, team, roles), Instant.now(), SealedRequest.of(method, uri))
                .forEach(pair -> header.accept(pair[0], pair[1]));
    }

    /**
     * Sets the caller headers without a seal: the test REST client seals them for the request they go with. Roles
     * comma-separated.
     */
    public static void caller(BiConsumer<String, String> header, String user, String org, String team, String roles) {
        Caller caller = callerOf(user, org, team, roles);
        header.accept(CallerHeaders.USER, HeaderText.encode(caller.userId()));
        header.accept(CallerHeaders.ORG, HeaderText.encode(caller.org()));
        header.accept(CallerHeaders.TEAM, HeaderText.encode(caller.team()));
        header.accept(CallerHeaders.ROLES, HeaderText.encode(String.join(",", caller.roles())));
    }

    /**
     * The caller headers {@link #caller} set, sealed for {@code method uri}; empty when they are not there or are
     * sealed already.
     */
    static Optional<Iterable<String[]>> sealedFor(Function<String, String> header, String method, URI uri) {
        if (header.apply(CallerHeaders.USER) == null || header.apply(CallerHeaders.SIGNATURE) != null) {
            return Optional.empty();
        }
        Function<String, String> decoded = name -> Optional.ofNullable(header.apply(name))
                .flatMap(HeaderText::decode).orElse(null);
        return Optional.of(SEAL.headersFor(Caller.fromHeaders(decoded), Instant.now(), SealedRequest.of(method, uri)));
    }

    private static Caller callerOf(String user, String org, String team, String roles) {
        Set<String> roleSet = roles == null || roles.isBlank() ? Set.of() : Arrays.stream(roles.split(","))
                .map(String::trim).filter(role -> !role.isEmpty()).collect(Collectors.toSet());
        return new Caller(user, org, team == null ? "" : team, roleSet);
    }
}
