package com.netfocus.support.dependencies;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How long a request may wait for MongoDB or Kafka before the service gives up and answers 503 (with
 * {@code Retry-After} of {@code retryAfter}, whole seconds): the driver's server selection, connect and read
 * timeouts bound every database call, so an outage is answered promptly instead of hanging; the Kafka health check
 * waits at most {@code kafkaHealthTimeout}.
 */
@ConfigurationProperties("netfocus.dependencies")
public record DependencySettings(
        @DefaultValue("3s") Duration mongoServerSelectionTimeout,
        @DefaultValue("3s") Duration mongoConnectTimeout,
        @DefaultValue("15s") Duration mongoReadTimeout,
        @DefaultValue("2s") Duration kafkaHealthTimeout,
        @DefaultValue("2s") Duration retryAfter) {

    /** Retry-After counts whole seconds: rounded up, at least one. */
    public int retryAfterSeconds() {
        long seconds = retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0);
        return (int) Math.max(1, seconds);
    }
}
