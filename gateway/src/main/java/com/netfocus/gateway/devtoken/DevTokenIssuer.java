package com.netfocus.gateway.devtoken;

import com.netfocus.gateway.identity.LocalSigningProperties;
import com.netfocus.gateway.identity.TokenClaims;
import com.nimbusds.jose.jwk.source.ImmutableSecret;
import org.springframework.context.annotation.Profile;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.stereotype.Component;

import javax.crypto.SecretKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Signs local HS256 tokens with the key the local decoder verifies them with. */
@Component
@Profile("local")
public class DevTokenIssuer {

    private final JwtEncoder encoder;
    private final Duration lifetime;
    private final Clock clock;

    public DevTokenIssuer(SecretKey localSigningKey, LocalSigningProperties properties) {
        if (properties.devTokenLifetime() == null || properties.devTokenLifetime().isNegative()
                || properties.devTokenLifetime().isZero()) {
            throw new IllegalStateException("netfocus.security.dev-token-lifetime must be a positive duration");
        }
        this.encoder = new NimbusJwtEncoder(new ImmutableSecret<>(localSigningKey));
        this.lifetime = properties.devTokenLifetime();
        this.clock = Clock.systemUTC();
    }

    public DevToken issue(DevTokenRequest request) {
        Instant now = clock.instant();
        Instant expiresAt = now.plus(lifetime);
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .subject(request.sub())
                .claim(TokenClaims.ORG, request.org())
                .claim(TokenClaims.TEAM, request.team())
                .claim(TokenClaims.ROLES, List.copyOf(request.roles()))
                .issuedAt(now)
                .expiresAt(expiresAt)
                .build();
        JwsHeader header = JwsHeader.with(MacAlgorithm.HS256).build();
        String token = encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
        return new DevToken(token, expiresAt);
    }
}
