package com.netfocus.gateway.testing;

import org.junit.jupiter.api.BeforeEach;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/**
 * The gateway on a real port WITHOUT the local profile, as in production: it verifies tokens of an identity
 * provider whose JWK set a test backend serves (an RSA key made per test JVM). Test classes that extend this and
 * add no configuration share one Spring context; the claim layout tests add their claim names.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ProviderGatewayTest {

    private static final RSAKey PROVIDER_KEY = generateKey();
    private static final RecordingBackend IDENTITY_PROVIDER = RecordingBackend.start("identity-provider");

    static {
        IDENTITY_PROVIDER.answer("/jwks", 200, "application/json", new JWKSet(PROVIDER_KEY.toPublicJWK()).toString());
    }

    @Autowired
    protected WebTestClient client;

    /** A shared 2-core machine can take longer than WebTestClient's default 5 s to answer a context's first request. */
    @BeforeEach
    void allowForASharedMachine() {
        client = client.mutate().responseTimeout(Duration.ofSeconds(30)).build();
    }

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        TestBackends.register(registry);
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", () -> IDENTITY_PROVIDER.url() + "/jwks");
    }

    /** A token signed by the identity provider's key, valid for an hour from now, with these other claims. */
    protected static String providerToken(JWTClaimsSet.Builder claims) {
        Instant now = Instant.now();
        try {
            return TestTokens.sign(new RSASSASigner(PROVIDER_KEY), JWSAlgorithm.RS256, claims
                    .issueTime(Date.from(now))
                    .expirationTime(Date.from(now.plus(Duration.ofHours(1))))
                    .build());
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey generateKey() {
        try {
            return new RSAKeyGenerator(2048).keyID("test-provider").generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
