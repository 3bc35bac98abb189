package com.netfocus.gateway.identity;

import com.netfocus.contracts.caller.CallerHeaders;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.jwt.Jwt;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Rewrites a proxied request's identity headers: the client's are dropped, the verified token's are set. */
public final class CallerIdentity {

    private static final String IDENTITY_HEADER_PREFIX = "X-Netfocus-";

    private CallerIdentity() {
    }

    public static void apply(HttpHeaders headers, Optional<Jwt> verified) {
        List<String> spoofable = new ArrayList<>();
        for (String name : headers.keySet()) {
            if (name.regionMatches(true, 0, IDENTITY_HEADER_PREFIX, 0, IDENTITY_HEADER_PREFIX.length())) {
                spoofable.add(name);
            }
        }
        spoofable.forEach(headers::remove);
        // the services trust the identity headers, not the token: it has no use behind the gateway
        headers.remove(HttpHeaders.AUTHORIZATION);
        verified.ifPresent(token -> headersOf(token).forEach(headers::set));
    }

    static Map<String, String> headersOf(Jwt token) {
        List<String> roles = token.getClaimAsStringList(TokenClaims.ROLES);
        return Map.of(
                CallerHeaders.USER, token.getSubject(),
                CallerHeaders.ORG, token.getClaimAsString(TokenClaims.ORG),
                CallerHeaders.TEAM, token.getClaimAsString(TokenClaims.TEAM),
                CallerHeaders.ROLES, String.join(",", roles));
    }
}
