package com.netfocus.planning.plan;

import com.netfocus.support.problem.ServiceUnavailableException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A read that names a version: served at once when reached, reloaded until it is, 503 when it is not in time. */
class VersionWaitTest {

    private final VersionWait wait = new VersionWait(
            new ConsistencySettings(Duration.ofMillis(300), Duration.ofMillis(10), Duration.ofMillis(1500)));
    private final AtomicInteger reloads = new AtomicInteger();

    @Test
    void aCopyThatHasReachedTheVersionIsServedWithoutReloading() {
        long served = wait.until("plan-1", 3, 5L, Long::longValue, () -> (long) reloads.incrementAndGet());

        assertThat(served).isEqualTo(5);
        assertThat(reloads).hasValue(0);
    }

    @Test
    void aCopyThatIsBehindIsReloadedUntilItHasCaughtUp() {
        long served = wait.until("plan-1", 3, 0L, Long::longValue, () -> (long) reloads.incrementAndGet());

        assertThat(served).isEqualTo(3);
        assertThat(reloads).hasValue(3);
    }

    @Test
    void aVersionNotReachedInTimeIs503WithRetryAfterInWholeSeconds() {
        long started = System.nanoTime();

        assertThatThrownBy(() -> wait.until("plan-1", 9, 1L, Long::longValue, () -> {
            reloads.incrementAndGet();
            return 1L;
        })).isInstanceOfSatisfying(ServiceUnavailableException.class, e -> {
            assertThat(e.retryAfterSeconds()).isEqualTo(2);
            assertThat(e.getMessage()).contains("plan-1", "version 9", "at version 1");
        });
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        assertThat(reloads.get()).isGreaterThan(1);
    }
}
