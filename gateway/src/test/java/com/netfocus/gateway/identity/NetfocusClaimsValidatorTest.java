package com.netfocus.gateway.identity;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NetfocusClaimsValidatorTest {

    private final NetfocusClaimsValidator validator = new NetfocusClaimsValidator();

    @Test
    void a_complete_token_is_valid() {
        assertThat(validator.validate(token().build()).hasErrors()).isFalse();
    }

    @Test
    void each_missing_or_wrong_claim_is_an_error_naming_it() {
        assertThat(describe(token().claims(c -> c.remove("org")).build())).contains("org");
        assertThat(describe(token().claims(c -> c.remove("sub")).build())).contains("sub");
        assertThat(describe(token().claim("team", " ").build())).contains("team");
        assertThat(describe(token().claim("roles", List.of()).build())).contains("roles");
        assertThat(describe(token().claim("roles", List.of("REP", "GOD")).build())).contains("unknown role");
        assertThat(describe(token().claim("roles", "ADMIN").build())).contains("roles");
    }

    private String describe(Jwt jwt) {
        var result = validator.validate(jwt);
        assertThat(result.hasErrors()).isTrue();
        return result.getErrors().toString();
    }

    private static Jwt.Builder token() {
        return Jwt.withTokenValue("t").header("alg", "HS256")
                .subject("user-1").claim("org", "org-a").claim("team", "team-x").claim("roles", List.of("REP"))
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60));
    }
}
