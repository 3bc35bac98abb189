package com.netfocus.gateway.identity;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.jwt.Jwt;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class TokenTimeValidatorTest {

    private static final Instant NOW = Instant.parse("2030-01-01T10:00:00Z");
    private static final Duration SKEW = Duration.ofSeconds(60);

    private final TokenTimeValidator validator = new TokenTimeValidator(new TokenTimeProperties(SKEW),
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void a_token_issued_now_that_expires_later_is_good() {
        assertThat(validator.validate(token(NOW, NOW.plusSeconds(3600), null)).hasErrors()).isFalse();
    }

    @Test
    void a_token_without_expiry_is_refused() {
        assertThat(reasons(token(NOW, null, null))).contains("no expiry");
    }

    @Test
    void times_ahead_of_the_clock_are_refused_beyond_the_skew_only() {
        assertThat(validator.validate(token(NOW.plus(SKEW), NOW.plusSeconds(3600), null)).hasErrors()).isFalse();
        assertThat(reasons(token(NOW.plus(SKEW).plusSeconds(1), NOW.plusSeconds(3600), null)))
                .contains("issued in the future");
        assertThat(reasons(token(NOW.plus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(2)), null)))
                .contains("issued in the future");
        assertThat(reasons(token(NOW, NOW.plusSeconds(3600), NOW.plus(Duration.ofHours(1)))))
                .contains("not valid before");
    }

    @Test
    void an_expired_token_is_refused_once_the_skew_has_passed() {
        Instant issued = NOW.minus(Duration.ofHours(1));
        assertThat(validator.validate(token(issued, NOW.minusSeconds(30), null)).hasErrors()).isFalse();
        assertThat(reasons(token(issued, NOW.minus(SKEW), null))).contains("expired");
    }

    private String reasons(Jwt token) {
        return String.join("; ", validator.validate(token).getErrors().stream().map(OAuth2Error::getDescription)
                .toList());
    }

    private static Jwt token(Instant issuedAt, Instant expiresAt, Instant notBefore) {
        Jwt.Builder builder = Jwt.withTokenValue("token").header("alg", "HS256").subject("user-1").issuedAt(issuedAt);
        if (expiresAt != null) {
            builder.expiresAt(expiresAt);
        }
        if (notBefore != null) {
            builder.notBefore(notBefore);
        }
        return builder.build();
    }
}
