package com.netfocus.gateway.identity;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Turns a verified token into the caller, with ROLE_REP / ROLE_MANAGER / ROLE_ADMIN authorities. */
@Component
public class CallerAuthenticationConverter implements Converter<Jwt, Mono<AbstractAuthenticationToken>> {

    private final CallerClaims claims;

    public CallerAuthenticationConverter(CallerClaims claims) {
        this.claims = claims;
    }

    @Override
    public Mono<AbstractAuthenticationToken> convert(Jwt token) {
        CallerClaims.Reading reading = claims.read(token.getClaims());
        // the validator refused such tokens already; this guards a decoder configured without it
        return reading.caller()
                .<Mono<AbstractAuthenticationToken>>map(caller -> Mono.just(new CallerAuthentication(token, caller)))
                .orElseGet(() -> Mono.error(new InvalidBearerTokenException(String.join("; ", reading.problems()))));
    }
}
