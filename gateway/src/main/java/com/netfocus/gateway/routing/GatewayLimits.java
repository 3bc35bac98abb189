package com.netfocus.gateway.routing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

import java.time.Duration;

/**
 * Limits of the gateway itself.
 *
 * @param maxRequestSize                 larger request bodies are refused with 413
 * @param backendUnavailableRetryAfter   what Retry-After tells a client when a backend is down
 */
@ConfigurationProperties("netfocus.gateway")
public record GatewayLimits(DataSize maxRequestSize, Duration backendUnavailableRetryAfter) {

    public GatewayLimits {
        if (maxRequestSize == null) {
            throw new IllegalArgumentException("netfocus.gateway.max-request-size must be set");
        }
        if (backendUnavailableRetryAfter == null) {
            throw new IllegalArgumentException("netfocus.gateway.backend-unavailable-retry-after must be set");
        }
    }
}
