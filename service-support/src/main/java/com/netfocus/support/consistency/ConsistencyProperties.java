package com.netfocus.support.consistency;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How a plan-scoped query that names {@code minVersion} waits for the service's projection of the plan to reach
 * it: at most {@code maxWait}, looking again every {@code pollInterval}; when the wait runs out the answer is 503
 * with {@code Retry-After} of {@code retryAfter} (whole seconds, at least one).
 */
@ConfigurationProperties("netfocus.consistency")
public record ConsistencyProperties(
        @DefaultValue("2s") Duration maxWait,
        @DefaultValue("50ms") Duration pollInterval,
        @DefaultValue("1s") Duration retryAfter) {

    public ConsistencyProperties {
        if (maxWait.isNegative() || pollInterval.isNegative() || pollInterval.isZero() || retryAfter.isNegative()) {
            throw new IllegalArgumentException("netfocus.consistency: max-wait and retry-after must not be negative, "
                    + "poll-interval must be positive");
        }
    }

    /** Retry-After counts whole seconds: rounded up, at least one. */
    public int retryAfterSeconds() {
        long seconds = retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0);
        return (int) Math.max(1, seconds);
    }
}
