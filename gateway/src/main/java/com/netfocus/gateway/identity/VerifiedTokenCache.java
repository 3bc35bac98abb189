package com.netfocus.gateway.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Instant;

/**
 * A cache in front of the real decoder ({@link #inFrontOf}) that that remembers each verified token by its exact text, so that the signature
 * and the validators run once per token instead of once per request (JFR of the benchmark: the per-request JWT
 * verification was a leading cost in the gateway's CPU-bound closed loop).
 * <p>
 * Security: only a token the real decoder accepted is remembered, nothing it refused. A remembered token is used
 * only until its {@code exp} (the real decoder's clock-skew allowance is not extended to it) and never longer than
 * {@link TokenCacheProperties#maxAge()} after it was verified; past either, the real decoder judges it again. The
 * key is the whole token, so a token differing in any byte (another issuer, audience, signature) is verified on
 * its own. The client address's rate limit asks it whether a token is one of these ({@link #remembers}).
 */
@Component
public final class VerifiedTokenCache {

    private final TokenCacheProperties settings;
    private final Clock clock;
    private final Cache<String, Verified> verified;

    public VerifiedTokenCache(TokenCacheProperties settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        // eviction work runs on the calling thread: no extra pool, and the bound holds without a background task;
        // the write expiry only frees memory, decode() checks each entry's own deadline
        this.verified = Caffeine.newBuilder()
                .maximumSize(settings.maxEntries())
                .expireAfterWrite(settings.maxAge())
                .executor(Runnable::run)
                .build();
    }

    /** The decoder that asks {@code verifier} only about tokens not remembered. */
    public ReactiveJwtDecoder inFrontOf(ReactiveJwtDecoder verifier) {
        return token -> decode(token, verifier);
    }

    /** Whether this exact token was verified and is trusted now, without verifying it again. */
    public boolean remembers(String token) {
        if (token == null || !settings.enabled()) {
            return false;
        }
        Verified known = verified.getIfPresent(token);
        return known != null && clock.instant().isBefore(known.trustedUntil());
    }

    private Mono<Jwt> decode(String token, ReactiveJwtDecoder verifier) throws JwtException {
        if (!settings.enabled()) {
            return verifier.decode(token);
        }
        Instant now = clock.instant();
        Verified known = verified.getIfPresent(token);
        if (known != null) {
            if (now.isBefore(known.trustedUntil())) {
                return Mono.just(known.jwt());
            }
            verified.asMap().remove(token, known);
        }
        return verifier.decode(token).doOnNext(jwt -> remember(token, jwt));
    }

    /** Tokens remembered now (after pending evictions), for tests and metrics. */
    long size() {
        verified.cleanUp();
        return verified.estimatedSize();
    }

    private void remember(String token, Jwt jwt) {
        Instant now = clock.instant();
        Instant trustedUntil = now.plus(settings.maxAge());
        Instant expiresAt = jwt.getExpiresAt();
        if (expiresAt != null && expiresAt.isBefore(trustedUntil)) {
            trustedUntil = expiresAt;
        }
        if (now.isBefore(trustedUntil)) {
            verified.put(token, new Verified(jwt, trustedUntil));
        }
    }

    private record Verified(Jwt jwt, Instant trustedUntil) {
    }
}
