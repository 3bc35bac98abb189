package com.netfocus.planning.publication;

import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * When a blocked plan ({@link PublicationBlock}) is tried again: {@code first} after the failure, then twice as long
 * each time, at most {@code max} apart. A retry that fails again writes nothing to the topic.
 */
public record BlockedPlanRetry(@DefaultValue("1m") Duration first, @DefaultValue("15m") Duration max) {

    public BlockedPlanRetry {
        if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("netfocus.planning.publication.blocked-retry: first (" + first
                    + ") must be positive and max (" + max + ") at least first");
        }
    }
}
