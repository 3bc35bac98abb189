package com.netfocus.gateway.identity;

import com.netfocus.contracts.caller.CallerHeaders;
import org.springframework.http.HttpHeaders;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Rewrites a proxied request's identity headers: the client's are dropped, the verified token's are set. */
public final class CallerIdentity {

    private static final String IDENTITY_HEADER_PREFIX = "X-Netfocus-";

    private CallerIdentity() {
    }

    static void apply(HttpHeaders headers, Optional<VerifiedCaller> verified, CallerSeals seals, Instant now) {
        List<String> spoofable = new ArrayList<>();
        for (String name : headers.keySet()) {
            if (name.regionMatches(true, 0, IDENTITY_HEADER_PREFIX, 0, IDENTITY_HEADER_PREFIX.length())) {
                spoofable.add(name);
            }
        }
        spoofable.forEach(headers::remove);
        // the services trust the identity headers, not the token: it has no use behind the gateway
        headers.remove(HttpHeaders.AUTHORIZATION);
        verified.ifPresent(caller -> {
            headersOf(caller).forEach(headers::set);
            // the seal lets each service check that these headers come from here, unchanged
            long issuedAt = now.getEpochSecond();
            headers.set(CallerHeaders.ISSUED_AT, Long.toString(issuedAt));
            headers.set(CallerHeaders.SIGNATURE, seals.sealOf(caller, issuedAt));
        });
    }

    static Map<String, String> headersOf(VerifiedCaller caller) {
        return Map.of(
                CallerHeaders.USER, caller.userId(),
                CallerHeaders.ORG, caller.org(),
                CallerHeaders.TEAM, caller.team(),
                CallerHeaders.ROLES, caller.roles().stream().map(Role::name).collect(Collectors.joining(",")));
    }
}
