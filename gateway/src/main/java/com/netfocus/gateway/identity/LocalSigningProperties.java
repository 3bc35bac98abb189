package com.netfocus.gateway.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * The local profile's token settings (set in application-local.yml only).
 *
 * @param devTokenLifetime how long a token from POST /api/v1/dev/token stays valid
 */
@ConfigurationProperties("netfocus.security")
public record LocalSigningProperties(Duration devTokenLifetime) {
}
