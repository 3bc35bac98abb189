package com.netfocus.gateway.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * How much the identity provider's clock and the gateway's may differ when a token's times are checked
 * ({@code netfocus.security.token-time.*}).
 *
 * @param clockSkew a token is refused from {@code exp} plus this on, and when its {@code iat} or {@code nbf} lies
 *                  further than this ahead of the gateway's clock
 */
@ConfigurationProperties("netfocus.security.token-time")
public record TokenTimeProperties(Duration clockSkew) {

    public TokenTimeProperties {
        if (clockSkew == null || clockSkew.isNegative()) {
            throw new IllegalArgumentException("netfocus.security.token-time.clock-skew must be set, 0 or more");
        }
    }
}
