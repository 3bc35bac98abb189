package com.netfocus.gateway.identity;

import com.netfocus.contracts.caller.Caller;
import com.netfocus.contracts.caller.IdentitySignature;
import com.netfocus.contracts.caller.SealedRequest;
import org.springframework.http.HttpHeaders;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Rewrites a proxied request's identity headers: the client's are dropped, the verified token's are set (encoded, so
 * that any Unicode name arrives unchanged) and sealed for this one request.
 */
public final class CallerIdentity {

    private static final String IDENTITY_HEADER_PREFIX = "X-Netfocus-";

    private CallerIdentity() {
    }

    static void apply(HttpHeaders headers, Optional<VerifiedCaller> verified, IdentitySignature seal,
                      SealedRequest request, Instant now) {
        List<String> spoofable = new ArrayList<>();
        for (String name : headers.keySet()) {
            if (name.regionMatches(true, 0, IDENTITY_HEADER_PREFIX, 0, IDENTITY_HEADER_PREFIX.length())) {
                spoofable.add(name);
            }
        }
        spoofable.forEach(headers::remove);
        // the services trust the identity headers, not the token: it has no use behind the gateway
        headers.remove(HttpHeaders.AUTHORIZATION);
        // the seal lets each service check that these headers come from here, unchanged, for this request
        verified.ifPresent(caller -> seal.headersFor(callerOf(caller), now, request)
                .forEach(header -> headers.set(header[0], header[1])));
    }

    /**
     * The sealed identity headers of a request the gateway itself sends on the caller's behalf (a composition's part),
     * as the proxied requests carry them: sealed for that one request.
     */
    public static void sealFor(HttpHeaders headers, VerifiedCaller caller, IdentitySignature seal, String method,
                               java.net.URI uri, Instant now) {
        apply(headers, Optional.of(caller), seal, SealedRequest.of(method, uri), now);
    }

    static Caller callerOf(VerifiedCaller caller) {
        return new Caller(caller.userId(), caller.org(), caller.team(),
                caller.roles().stream().map(Role::name).collect(Collectors.toSet()));
    }
}
