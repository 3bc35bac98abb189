package com.netfocus.gateway.identity;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A token must say when it expires ({@code exp}): one without it would be good forever. And it must not come from the
 * future: {@code iat} (issued at) and {@code nbf} (not before) may lie ahead of the gateway's clock by the clock-skew
 * allowance at most. Expiry is checked with the same allowance. Boot adds this bean to the identity provider's decoder;
 * the local decoder uses it too. Refusals speak plain words (they reach the client in the 401 problem).
 */
@Component
public class TokenTimeValidator implements OAuth2TokenValidator<Jwt> {

    private final TokenTimeProperties settings;
    private final Clock clock;

    public TokenTimeValidator(TokenTimeProperties settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        Instant now = clock.instant();
        Instant latest = now.plus(settings.clockSkew());
        Instant earliest = now.minus(settings.clockSkew());
        List<String> problems = new ArrayList<>();
        if (token.getExpiresAt() == null) {
            problems.add("the token has no expiry (exp): ask the identity provider for tokens that expire");
        } else if (!token.getExpiresAt().isAfter(earliest)) {
            problems.add("the token expired at " + token.getExpiresAt() + ": get a new one");
        }
        if (token.getIssuedAt() != null && token.getIssuedAt().isAfter(latest)) {
            problems.add("the token says it was issued in the future (iat " + token.getIssuedAt()
                    + "): check the identity provider's clock");
        }
        if (token.getNotBefore() != null && token.getNotBefore().isAfter(latest)) {
            problems.add("the token is not valid before " + token.getNotBefore() + ": use it from then on");
        }
        if (problems.isEmpty()) {
            return OAuth2TokenValidatorResult.success();
        }
        return OAuth2TokenValidatorResult.failure(problems.stream()
                .map(problem -> new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, problem, null))
                .toList());
    }
}
