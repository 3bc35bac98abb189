package com.netfocus.support.planevents;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How the plan events consumer retries a poll it could not apply (typically: the database is away).
 * It retries forever, because skipping would lose the event for good; the back-off only keeps it from
 * hammering a dependency that is down.
 *
 * @param concurrency        consumer threads (at most the topic's partition count is useful)
 * @param retryInitialDelay  wait before the first retry of a failed poll
 * @param retryMultiplier    growth of the wait between retries
 * @param retryMaxDelay      longest wait between retries; kept well under max.poll.interval.ms
 * @param groupId            the consumer group of the plan events, when the service's other consumers (of other
 *                           topics) use {@code spring.kafka.consumer.group-id} for a group of their own; absent: that
 *                           group, else the application's name
 */
@ConfigurationProperties("netfocus.plan-events-consumer")
public record PlanEventsConsumerProperties(
        @DefaultValue("1") int concurrency,
        @DefaultValue("200ms") Duration retryInitialDelay,
        @DefaultValue("2.0") double retryMultiplier,
        @DefaultValue("10s") Duration retryMaxDelay,
        String groupId) {
}
