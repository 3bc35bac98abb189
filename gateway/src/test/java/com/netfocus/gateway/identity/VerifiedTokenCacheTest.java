package com.netfocus.gateway.identity;

import com.netfocus.gateway.testing.TestTokens;
import com.nimbusds.jwt.JWTClaimsSet;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The cache in front of a real HS256 decoder that checks issuer, audience and expiry (no clock-skew allowance) on
 * the same hand-moved clock as the cache, and counts how often it verifies.
 */
class VerifiedTokenCacheTest {

    private static final String KEY = "verified-token-cache-test-key-of-sufficient-length";
    private static final String ISSUER = "https://idp.example/netfocus";
    private static final String AUDIENCE = "netfocus-api";
    private static final Duration MAX_AGE = Duration.ofSeconds(60);

    private final MovableClock clock = new MovableClock(Instant.parse("2026-01-01T10:00:00Z"));
    private final CountingDecoder verifier = new CountingDecoder(realDecoder(clock));

    @Test
    void a_good_token_is_verified_once_and_then_served_from_memory() {
        Cached cache = cache(100);
        String token = token(ISSUER, AUDIENCE, Duration.ofMinutes(30));

        Jwt first = cache.decode(token).block();
        clock.advance(Duration.ofSeconds(30));
        Jwt second = cache.decode(token).block();

        assertThat(first.getSubject()).isEqualTo("user-1");
        assertThat(second).isSameAs(first);
        assertThat(verifier.calls()).hasValue(1);
    }

    @Test
    void only_a_verified_token_still_trusted_is_remembered() {
        Cached cache = cache(100);
        String token = token(ISSUER, AUDIENCE, Duration.ofMinutes(30));
        assertThat(cache.remembers(token)).isFalse();

        cache.decode(token).block();
        assertThat(cache.remembers(token)).isTrue();
        assertThat(cache.remembers(token + "x")).isFalse();
        assertThat(cache.remembers(null)).isFalse();

        clock.advance(MAX_AGE);
        assertThat(cache.remembers(token)).as("trusted for max-age at most").isFalse();
    }

    @Test
    void a_cached_token_is_refused_once_it_has_expired() {
        Cached cache = cache(100);
        String token = token(ISSUER, AUDIENCE, Duration.ofSeconds(20));
        assertThat(cache.decode(token).block()).isNotNull();

        clock.advance(Duration.ofSeconds(21));

        assertThatThrownBy(() -> cache.decode(token).block()).isInstanceOf(JwtException.class)
                .hasMessageContaining("expired");
        assertThat(verifier.calls()).as("judged again by the real decoder").hasValue(2);
    }

    @Test
    void a_token_is_verified_again_after_the_max_age_even_if_it_expires_later() {
        Cached cache = cache(100);
        String token = token(ISSUER, AUDIENCE, Duration.ofHours(8));
        cache.decode(token).block();

        clock.advance(MAX_AGE.minusSeconds(1));
        cache.decode(token).block();
        assertThat(verifier.calls()).hasValue(1);

        clock.advance(Duration.ofSeconds(1));
        cache.decode(token).block();
        assertThat(verifier.calls()).hasValue(2);
    }

    @Test
    void a_token_from_another_issuer_or_for_another_audience_is_refused_every_time_and_never_remembered() {
        Cached cache = cache(100);
        String otherIssuer = token("https://evil.example", AUDIENCE, Duration.ofMinutes(30));
        String otherAudience = token(ISSUER, "another-api", Duration.ofMinutes(30));

        for (int attempt = 0; attempt < 2; attempt++) {
            assertThatThrownBy(() -> cache.decode(otherIssuer).block()).isInstanceOf(JwtException.class);
            assertThatThrownBy(() -> cache.decode(otherAudience).block()).isInstanceOf(JwtException.class);
        }

        assertThat(verifier.calls()).hasValue(4);
        assertThat(cache.size()).isZero();
    }

    @Test
    void a_token_with_a_bad_signature_is_never_remembered() {
        Cached cache = cache(100);
        String good = token(ISSUER, AUDIENCE, Duration.ofMinutes(30));
        String forged = good.substring(0, good.lastIndexOf('.') + 1) + "AAAA" + good.substring(good.lastIndexOf('.') + 5);

        assertThatThrownBy(() -> cache.decode(forged).block()).isInstanceOf(JwtException.class);
        assertThatThrownBy(() -> cache.decode(forged).block()).isInstanceOf(JwtException.class);

        assertThat(verifier.calls()).hasValue(2);
        assertThat(cache.size()).isZero();
    }

    @Test
    void the_number_of_remembered_tokens_is_bounded() {
        Cached cache = cache(3);
        for (int i = 0; i < 20; i++) {
            cache.decode(token(ISSUER, AUDIENCE, Duration.ofMinutes(30 + i))).block();
        }

        assertThat(cache.size()).isLessThanOrEqualTo(3);
    }

    @Test
    void with_the_cache_off_every_request_is_verified() {
        Cached cache = cached(new TokenCacheProperties(0, MAX_AGE));
        String token = token(ISSUER, AUDIENCE, Duration.ofMinutes(30));

        cache.decode(token).block();
        cache.decode(token).block();

        assertThat(verifier.calls()).hasValue(2);
    }

    private Cached cache(int maxEntries) {
        return cached(new TokenCacheProperties(maxEntries, MAX_AGE));
    }

    private Cached cached(TokenCacheProperties settings) {
        VerifiedTokenCache cache = new VerifiedTokenCache(settings, clock);
        return new Cached(cache, cache.inFrontOf(verifier));
    }

    /** The cache and the decoder it puts in front of the counting verifier. */
    private record Cached(VerifiedTokenCache cache, ReactiveJwtDecoder decoder) {

        reactor.core.publisher.Mono<Jwt> decode(String token) {
            return decoder.decode(token);
        }

        long size() {
            return cache.size();
        }

        boolean remembers(String token) {
            return cache.remembers(token);
        }
    }

    private String token(String issuer, String audience, Duration lifetime) {
        Instant now = clock.instant();
        JWTClaimsSet claims = TestTokens.claims("user-1", "org-a", "team-x", List.of("REP"))
                .issuer(issuer)
                .audience(audience)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(lifetime)))
                .build();
        return TestTokens.hs256(KEY, claims);
    }

    private static ReactiveJwtDecoder realDecoder(Clock clock) {
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder
                .withSecretKey(new SecretKeySpec(KEY.getBytes(StandardCharsets.UTF_8), "HmacSHA256"))
                .macAlgorithm(MacAlgorithm.HS256)
                .build();
        JwtTimestampValidator timestamps = new JwtTimestampValidator(Duration.ZERO);
        timestamps.setClock(clock);
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(timestamps, new JwtIssuerValidator(ISSUER),
                new JwtClaimValidator<Collection<String>>("aud", aud -> aud != null && aud.contains(AUDIENCE)),
                new NetfocusClaimsValidator()));
        return decoder;
    }

    private record CountingDecoder(ReactiveJwtDecoder real, AtomicInteger calls) implements ReactiveJwtDecoder {

        CountingDecoder(ReactiveJwtDecoder real) {
            this(real, new AtomicInteger());
        }

        @Override
        public reactor.core.publisher.Mono<Jwt> decode(String token) {
            calls.incrementAndGet();
            return real.decode(token);
        }
    }

    private static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
