package com.netfocus.support.planevents;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import org.springframework.util.unit.DataSize;

import java.time.Duration;

/**
 * How the plan events consumer polls, and how it retries a poll it could not apply (typically: the database is away).
 * It retries forever, because skipping would lose the event for good; the back-off only keeps it from
 * hammering a dependency that is down.
 *
 * <p>A poll is applied as a whole, each document it touches read once and written once, so a replay or a backlog
 * costs per poll and document rather than per event: the larger the poll, the more of a plan's events share one read
 * and one write. Live, a poll holds whatever arrived since the last (usually one event), so large polls cost nothing
 * there. Kafka hands a poll at most {@code maxPollRecords} records, and at most {@code maxPartitionFetch} bytes of each
 * partition per fetch.
 *
 * @param concurrency        consumer threads (at most the topic's partition count is useful)
 * @param retryInitialDelay  wait before the first retry of a failed poll
 * @param retryMultiplier    growth of the wait between retries
 * @param retryMaxDelay      longest wait between retries; kept well under max.poll.interval.ms
 * @param groupId            the consumer group of the plan events, when the service's other consumers (of other
 *                           topics) use {@code spring.kafka.consumer.group-id} for a group of their own; absent: that
 *                           group, else the application's name
 * @param maxPollRecords     the most records one poll applies (Kafka's max.poll.records; its default is 500)
 * @param maxPartitionFetch  the most bytes of one partition a fetch brings (Kafka's max.partition.fetch.bytes)
 */
@ConfigurationProperties("netfocus.plan-events-consumer")
public record PlanEventsConsumerProperties(
        @DefaultValue("1") int concurrency,
        @DefaultValue("200ms") Duration retryInitialDelay,
        @DefaultValue("2.0") double retryMultiplier,
        @DefaultValue("10s") Duration retryMaxDelay,
        String groupId,
        @DefaultValue("5000") int maxPollRecords,
        @DefaultValue("8MB") DataSize maxPartitionFetch) {
}
