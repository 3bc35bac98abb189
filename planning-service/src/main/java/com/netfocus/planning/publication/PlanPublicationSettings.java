package com.netfocus.planning.publication;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How plan events are published to Kafka ({@code netfocus.planning.publication}): the number of single-threaded
 * workers (a plan always goes to the same one, which keeps its order), how many queued tasks one worker takes at
 * once, how often the recovery sweep looks for plans marked pending, and how long the producer waits for the broker.
 * {@code obligationLease}: how long after its last mark a plan's open appends (counted in the store, across every
 * planning instance) may hold its mark; past it they count as abandoned by an instance that died, and a catch-up
 * may clear the mark. Far longer than any append takes (the driver's timeouts bound those). {@code stopTimeout}: how
 * long a stop waits for the workers before and after closing the producer. {@code limits}: the largest event and the
 * Kafka limits it must fit in ({@link RecordLimits}). {@code blockedRetry}: the back-off of a plan whose publication
 * is blocked ({@link BlockedPlanRetry}); {@code healthListedPlans}: how many blocked plans the health details list.
 */
@ConfigurationProperties("netfocus.planning.publication")
public record PlanPublicationSettings(
        @DefaultValue("4") int workers,
        @DefaultValue("500") int batchSize,
        @DefaultValue("10s") Duration sweepInterval,
        @DefaultValue("1d") Duration deliveryTimeout,
        @DefaultValue("5s") Duration requestTimeout,
        @DefaultValue("5s") Duration maxBlock,
        @DefaultValue("60s") Duration obligationLease,
        @DefaultValue("5s") Duration stopTimeout,
        @DefaultValue RecordLimits limits,
        @DefaultValue BlockedPlanRetry blockedRetry,
        @DefaultValue("20") int healthListedPlans) {
}
