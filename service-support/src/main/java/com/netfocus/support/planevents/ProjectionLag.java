package com.netfocus.support.planevents;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The projection lag metric ({@code netfocus.projection.lag}, Prometheus {@code netfocus_projection_lag_seconds}):
 * for every event a projection applied, the time from the event's {@code occurredAt} (when the command was accepted)
 * to now, tagged with the processor (the consumer group) and the projection. Redelivered events that change nothing
 * are recorded too; they are rare and show up as the large values they are. The time is taken when the poll's writes
 * were made ({@link PollAwareProjection}), so it includes the wait for the poll's end: the time until the event's
 * effect could be read.
 */
public final class ProjectionLag {

    public static final String METER = "netfocus.projection.lag";

    private final MeterRegistry registry;
    private final String processor;
    private final Clock clock;
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    public ProjectionLag(MeterRegistry registry, String processor, Clock clock) {
        this.registry = registry;
        this.processor = processor;
        this.clock = clock;
    }

    void applied(String projection, Instant occurredAt) {
        if (occurredAt == null) {
            return;
        }
        Duration lag = Duration.between(occurredAt, clock.instant());
        timers.computeIfAbsent(projection, name -> Timer.builder(METER)
                .description("time from a plan event's occurrence to its application by a projection")
                .tag("processor", processor)
                .tag("projection", name)
                .publishPercentiles(0.5, 0.99)
                .register(registry))
                .record(lag.isNegative() ? Duration.ZERO : lag);
    }
}
