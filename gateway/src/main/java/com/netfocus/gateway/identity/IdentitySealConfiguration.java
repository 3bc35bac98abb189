package com.netfocus.gateway.identity;

import com.netfocus.contracts.caller.IdentitySignature;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/**
 * The secret the gateway shares with the services to seal the caller headers. There is no default outside the
 * local profile: a gateway without it must not start, or the services would accept nothing from it.
 */
@Configuration
class IdentitySealConfiguration {

    @Bean
    IdentitySignature identitySignature(@Value("${netfocus.identity.secret:}") String secret) {
        if (secret.isBlank()) {
            throw new IllegalStateException("set NETFOCUS_IDENTITY_SECRET (at least 32 bytes), the same for the gateway "
                    + "and every service: it seals the caller identity the gateway passes on");
        }
        return new IdentitySignature(secret);
    }

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
