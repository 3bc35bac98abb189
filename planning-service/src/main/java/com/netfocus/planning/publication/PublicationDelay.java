package com.netfocus.planning.publication;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The publication delay ({@code netfocus.publication.delay}, Prometheus {@code netfocus_publication_delay_seconds}):
 * for every event Kafka acknowledged, the time from its occurrence (the command's acceptance) until then. Beside the
 * consumers' {@code netfocus_projection_lag_seconds} it tells which part of a projection's lag is the way to Kafka.
 */
@Component
public class PublicationDelay {

    static final String METER = "netfocus.publication.delay";

    private final Timer timer;
    private final Clock clock;

    PublicationDelay(MeterRegistry registry, Clock clock) {
        this.timer = Timer.builder(METER)
                .description("time from a plan event's occurrence until Kafka acknowledged it")
                .publishPercentiles(0.5, 0.99)
                .register(registry);
        this.clock = clock;
    }

    void acknowledged(Instant occurredAt) {
        if (occurredAt == null) {
            return;
        }
        Duration delay = Duration.between(occurredAt, clock.instant());
        timer.record(delay.isNegative() ? Duration.ZERO : delay);
    }
}
