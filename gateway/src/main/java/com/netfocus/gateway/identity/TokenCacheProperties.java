package com.netfocus.gateway.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * How the gateway remembers tokens it has verified, so that a client's token is checked (signature, issuer,
 * audience, claims) once, not on every request. An entry never outlives the token's own expiry.
 *
 * @param maxEntries tokens remembered at most; the least recently used go first
 * @param maxAge     how long a verified token is trusted without checking it again, even if it expires later:
 *                   a key the identity provider withdraws (and any other reason a re-check would now refuse the
 *                   token) takes effect at most this long after the gateway last verified the token
 */
@ConfigurationProperties("netfocus.security.token-cache")
public record TokenCacheProperties(int maxEntries, Duration maxAge) {

    public TokenCacheProperties {
        if (maxEntries < 0) {
            throw new IllegalArgumentException("netfocus.security.token-cache.max-entries must be 0 (off) or more, not "
                    + maxEntries);
        }
        if (maxAge == null || maxAge.isNegative()) {
            throw new IllegalArgumentException("netfocus.security.token-cache.max-age must be set, 0 (off) or more");
        }
    }

    /** Whether tokens are remembered at all: 0 entries or a 0 max age verifies every request's token. */
    public boolean enabled() {
        return maxEntries > 0 && !maxAge.isZero();
    }
}
