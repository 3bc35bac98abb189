package com.netfocus.planning.plan;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How long a read that names a {@code minVersion} waits for the plan to reach it ({@code maxWait}), how often it
 * looks again meanwhile ({@code pollInterval}), and the Retry-After it answers when the wait runs out.
 */
@ConfigurationProperties("netfocus.planning.consistency")
public record ConsistencySettings(
        @DefaultValue("2s") Duration maxWait,
        @DefaultValue("50ms") Duration pollInterval,
        @DefaultValue("1s") Duration retryAfter) {

    /** Retry-After counts whole seconds: at least one. */
    public int retryAfterSeconds() {
        long seconds = retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0);
        return (int) Math.max(1, seconds);
    }
}
