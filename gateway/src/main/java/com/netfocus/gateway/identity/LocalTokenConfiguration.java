package com.netfocus.gateway.identity;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.security.oauth2.resource.OAuth2ResourceServerProperties;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import javax.crypto.SecretKey;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;

/**
 * The local profile verifies the gateway's own HS256 tokens, signed with a key made at start-up. Outside it, Spring
 * Boot builds the decoder from spring.security.oauth2.resourceserver.jwt.issuer-uri or jwk-set-uri (with
 * {@link NetfocusClaimsValidator} and {@link TokenTimeValidator}). The profile refuses to start where it is not safe
 * ({@link LocalProfileSafety}).
 */
@Configuration
@Profile("local")
@EnableConfigurationProperties(OAuth2ResourceServerProperties.class)
public class LocalTokenConfiguration {

    @Bean
    SecretKey localSigningKey(ServerProperties server, OAuth2ResourceServerProperties resourceServer,
                              LocalProfileProperties allowed) {
        List<String> problems = LocalProfileSafety.problems(server.getAddress(),
                resourceServer.getJwt().getIssuerUri(), resourceServer.getJwt().getJwkSetUri(), allowed);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the local profile refuses to start: " + String.join("; ", problems));
        }
        return LocalSigningKey.random(new SecureRandom());
    }

    @Bean
    ReactiveJwtDecoder localJwtDecoder(SecretKey localSigningKey, ObjectProvider<OAuth2TokenValidator<Jwt>> extra) {
        // only HS256 is accepted: an unsigned (alg none) or otherwise signed token fails to decode
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withSecretKey(localSigningKey)
                .macAlgorithm(MacAlgorithm.HS256)
                .build();
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
        validators.add(JwtValidators.createDefault());
        extra.orderedStream().forEach(validators::add);
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(validators));
        return decoder;
    }
}
