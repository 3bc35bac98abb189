package com.netfocus.gateway.testing;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import com.nimbusds.jwt.JWTClaimsSet;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import javax.crypto.SecretKey;
import java.util.List;

/**
 * The gateway on a real port in the local profile, in front of three recording backends. Test classes that
 * extend this share one Spring context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("local")
public abstract class LocalGatewayTest {

    @Autowired
    protected WebTestClient client;

    /** A shared 2-core machine can take longer than WebTestClient's default 5 s to answer a context's first request. */
    @BeforeEach
    void allowForASharedMachine() {
        client = client.mutate().responseTimeout(Duration.ofSeconds(30)).build();
    }

    /** The key this gateway made at its start: the only one its tokens may be signed with. */
    @Autowired
    protected SecretKey localSigningKey;

    @DynamicPropertySource
    static void backends(DynamicPropertyRegistry registry) {
        TestBackends.register(registry);
    }

    protected String tokenFor(String sub, String org, String team, String... roles) {
        return TestTokens.hs256(localSigningKey, TestTokens.claims(sub, org, team, List.of(roles)).build());
    }

    protected String token(JWTClaimsSet claims) {
        return TestTokens.hs256(localSigningKey, claims);
    }

    protected String repToken() {
        return tokenFor("user-1", "org-a", "team-x", "REP");
    }
}
