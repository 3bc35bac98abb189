package com.netfocus.planning.publication;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A blocked plan's back-off: held until its next attempt, which lies twice as far each time up to the maximum (so a
 * record Kafka refuses is not re-sent every few seconds), with the count on the gauge.
 */
class BlockedPlansTest {

    private final MovingClock clock = new MovingClock(Instant.parse("2026-11-26T10:00:00Z"));
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final BlockedPlans blocked = new BlockedPlans(settings(Map.of(
            "netfocus.planning.publication.blocked-retry.first", "1m",
            "netfocus.planning.publication.blocked-retry.max", "5m")), registry, clock);

    @Test
    void aBlockedPlanIsHeldUntilItsNextAttemptWhichBacksOffUpToTheMaximum() {
        Instant since = clock.instant();
        List<Duration> waits = List.of(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4),
                Duration.ofMinutes(5), Duration.ofMinutes(5));
        for (int attempt = 1; attempt <= waits.size(); attempt++) {
            PublicationBlock block = blocked.blocked("plan-a", 7, "RecordTooLargeException", since);
            Duration wait = waits.get(attempt - 1);

            assertThat(block.attempts()).isEqualTo(attempt);
            assertThat(block.since()).isEqualTo(since);
            assertThat(block.nextAttempt()).isEqualTo(clock.instant().plus(wait));
            assertThat(blocked.holds("plan-a")).isTrue();
            clock.advance(wait.minusSeconds(1));
            assertThat(blocked.holds("plan-a")).as("attempt %d not due yet", attempt).isTrue();
            clock.advance(Duration.ofSeconds(1));
            assertThat(blocked.holds("plan-a")).as("attempt %d due", attempt).isFalse();
        }
    }

    @Test
    void aBlockAtALaterSequenceStartsTheBackOffAgainAndAnUnblockedPlanIsNotHeld() {
        blocked.blocked("plan-a", 7, "too large", clock.instant());
        blocked.blocked("plan-a", 7, "too large", clock.instant());

        PublicationBlock later = blocked.blocked("plan-a", 9, "too large", clock.instant());

        assertThat(later.attempts()).isEqualTo(1);
        assertThat(later.nextAttempt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));
        assertThat(blocked.unblocked("plan-a")).hasValueSatisfying(block -> assertThat(block.sequence()).isEqualTo(9));
        assertThat(blocked.holds("plan-a")).isFalse();
        assertThat(blocked.all()).isEmpty();
    }

    @Test
    void theGaugeCountsTheBlockedPlansAndPlansNoLongerPendingAreForgotten() {
        blocked.blocked("plan-a", 7, "too large", clock.instant());
        blocked.blocked("plan-b", 0, "not authorised", clock.instant().minusSeconds(60));
        assertThat(registry.get(BlockedPlans.METER).gauge().value()).isEqualTo(2);
        assertThat(blocked.all()).extracting(PublicationBlock::planId).containsExactly("plan-b", "plan-a");

        blocked.retainOnly(List.of("plan-a", "plan-c"));

        assertThat(blocked.all()).extracting(PublicationBlock::planId).containsExactly("plan-a");
        assertThat(registry.get(BlockedPlans.METER).gauge().value()).isEqualTo(1);
    }

    /** The settings as bound from {@code properties} over their defaults. */
    static PlanPublicationSettings settings(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("netfocus.planning.publication", PlanPublicationSettings.class);
    }

    private static final class MovingClock extends Clock {

        private Instant now;

        MovingClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
