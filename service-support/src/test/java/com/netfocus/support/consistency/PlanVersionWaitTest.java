package com.netfocus.support.consistency;

import com.netfocus.support.access.ForbiddenException;
import com.netfocus.support.problem.NotFoundException;
import com.netfocus.support.problem.RejectedInputException;
import com.netfocus.support.problem.ServiceUnavailableException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlanVersionWaitTest {

    private final PlanVersionWait wait = new PlanVersionWait(
            new ConsistencyProperties(Duration.ofMillis(300), Duration.ofMillis(10), Duration.ofMillis(1500)));

    private record View(long appliedSequence) {
    }

    @Test
    void withoutMinVersionTheProjectionIsAnsweredAsItIs() {
        AtomicInteger reads = new AtomicInteger();
        View view = wait.read("p", null, () -> {
            reads.incrementAndGet();
            return Optional.of(new View(3));
        }, View::appliedSequence, v -> { });

        assertThat(view.appliedSequence()).isEqualTo(3);
        assertThat(reads).hasValue(1);
    }

    @Test
    void anUnknownPlanWithoutMinVersionIsNotFoundAtOnce() {
        assertThatThrownBy(() -> wait.read("p", null, Optional::<View>empty, View::appliedSequence, v -> { }))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aProjectionBehindIsReadAgainUntilItCatchesUp() {
        AtomicLong applied = new AtomicLong(-1);
        AtomicInteger reads = new AtomicInteger();
        View view = wait.read("p", 2L, () -> {
            // not known at first, then one event per read
            long now = applied.getAndIncrement();
            reads.incrementAndGet();
            return now < 0 ? Optional.empty() : Optional.of(new View(now));
        }, View::appliedSequence, v -> { });

        assertThat(view.appliedSequence()).isEqualTo(2);
        assertThat(reads).hasValue(4);
    }

    @Test
    void aVersionNeverReachedIsUnavailableWithinTheBoundWithRetryAfter() {
        long started = System.nanoTime();
        assertThatThrownBy(() -> wait.read("p", 9L, () -> Optional.of(new View(1)), View::appliedSequence, v -> { }))
                .isInstanceOfSatisfying(ServiceUnavailableException.class, e -> {
                    assertThat(e.retryAfterSeconds()).isEqualTo(2);
                    assertThat(e.getMessage()).contains("version 9").contains("at version 1");
                });
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(took).isBetween(Duration.ofMillis(300), Duration.ofMillis(1500));
    }

    @Test
    void aPlanTheCallerMayNotReadIsRefusedBeforeAnyWait() {
        long started = System.nanoTime();
        assertThatThrownBy(() -> wait.read("p", 9L, () -> Optional.of(new View(1)), View::appliedSequence, v -> {
            throw new ForbiddenException("not yours");
        })).isInstanceOf(ForbiddenException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(300));
    }

    @Test
    void aCopyThatHasReachedTheVersionIsServedWithoutReloading() {
        AtomicInteger reloads = new AtomicInteger();
        View view = wait.read("plan-1", 3L, () -> Optional.of(new View(5)),
                () -> Optional.of(new View(reloads.incrementAndGet())), View::appliedSequence, v -> { });

        assertThat(view.appliedSequence()).isEqualTo(5);
        assertThat(reloads).hasValue(0);
    }

    @Test
    void aCopyThatIsBehindIsReloadedUntilItHasCaughtUp() {
        AtomicInteger loads = new AtomicInteger();
        AtomicInteger reloads = new AtomicInteger();
        View view = wait.read("plan-1", 3L, () -> {
            loads.incrementAndGet();
            return Optional.of(new View(0));
        }, () -> Optional.of(new View(reloads.incrementAndGet())), View::appliedSequence, v -> { });

        assertThat(view.appliedSequence()).isEqualTo(3);
        assertThat(loads).as("the possibly stale copy is read once").hasValue(1);
        assertThat(reloads).hasValue(3);
    }

    @Test
    void aCopyNeverCaughtUpByReloadingIs503WithRetryAfterInWholeSeconds() {
        AtomicInteger reloads = new AtomicInteger();
        long started = System.nanoTime();

        assertThatThrownBy(() -> wait.read("plan-1", 9L, () -> Optional.of(new View(1)), () -> {
            reloads.incrementAndGet();
            return Optional.of(new View(1));
        }, View::appliedSequence, v -> { })).isInstanceOfSatisfying(ServiceUnavailableException.class, e -> {
            assertThat(e.retryAfterSeconds()).isEqualTo(2);
            assertThat(e.getMessage()).contains("plan-1", "version 9", "at version 1");
        });
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        assertThat(reloads.get()).isGreaterThan(1);
    }

    @Test
    void everyReloadIsCheckedForAccessAgain() {
        AtomicInteger checks = new AtomicInteger();
        AtomicLong applied = new AtomicLong(0);

        assertThatThrownBy(() -> wait.read("plan-1", 9L, () -> Optional.of(new View(0)),
                () -> Optional.of(new View(applied.incrementAndGet())), View::appliedSequence, v -> {
                    if (checks.incrementAndGet() > 1) {
                        throw new ForbiddenException("no longer yours");
                    }
                })).isInstanceOf(ForbiddenException.class);
        assertThat(checks).hasValue(2);
    }

    @Test
    void aNegativeMinVersionIsRefused() {
        assertThatThrownBy(() -> wait.read("p", -1L, () -> Optional.of(new View(1)), View::appliedSequence, v -> { }))
                .isInstanceOf(RejectedInputException.class);
    }

    @Test
    void retryAfterIsWholeSecondsAtLeastOne() {
        assertThat(new ConsistencyProperties(Duration.ofSeconds(2), Duration.ofMillis(50), Duration.ZERO).retryAfterSeconds())
                .isEqualTo(1);
        assertThat(new ConsistencyProperties(Duration.ofSeconds(2), Duration.ofMillis(50), Duration.ofSeconds(3)).retryAfterSeconds())
                .isEqualTo(3);
    }
}
