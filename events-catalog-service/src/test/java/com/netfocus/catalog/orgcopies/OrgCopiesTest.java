package com.netfocus.catalog.orgcopies;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrgCopiesTest {

    private static final OrgCopies.Settings SETTINGS =
            new OrgCopies.Settings(Duration.ofSeconds(10), Duration.ofMinutes(10), 8);

    private final AtomicLong nanos = new AtomicLong(1);
    private final Queue<Runnable> background = new ArrayDeque<>();
    private final Executor backgroundExecutor = background::add;
    private final AtomicInteger reads = new AtomicInteger();
    private volatile boolean storeAway;

    private final OrgCopies<String> copies = new OrgCopies<>(SETTINGS, org -> {
        if (storeAway) {
            throw new IllegalStateException("store away");
        }
        return org + " read " + reads.incrementAndGet();
    }, backgroundExecutor, nanos::get);

    @Test
    void theFirstRequestReadsAndLaterOnesShareTheCopy() {
        assertThat(copies.of("acme")).isEqualTo("acme read 1");
        pass(Duration.ofSeconds(9));
        assertThat(copies.of("acme")).isEqualTo("acme read 1");
        assertThat(copies.of("globex")).isEqualTo("globex read 2");
        assertThat(reads).hasValue(2);
    }

    @Test
    void anAgedCopyIsStillServedWhileItIsReadAgainInTheBackground() {
        copies.of("acme");
        pass(Duration.ofSeconds(11));

        assertThat(copies.of("acme")).as("no request waits for the read").isEqualTo("acme read 1");
        assertThat(reads).as("read only when the background runs").hasValue(1);
        runBackground();

        assertThat(reads).hasValue(2);
        assertThat(copies.of("acme")).isEqualTo("acme read 2");
    }

    @Test
    void aCopyNotAskedForUntilItExpiresIsReadAfreshWhileTheRequestWaits() {
        copies.of("acme");
        pass(Duration.ofMinutes(11));

        assertThat(copies.of("acme")).isEqualTo("acme read 2");
    }

    @Test
    void aForgottenOrgIsReadAfreshAndARefreshInFlightIsNotKept() {
        copies.of("acme");
        pass(Duration.ofSeconds(11));
        copies.of("acme");
        copies.forget("acme");

        assertThat(copies.of("acme")).isEqualTo("acme read 2");
        runBackground();
        assertThat(copies.of("acme")).as("the refresh begun before the change must not replace the newer read")
                .isEqualTo("acme read 2");
    }

    @Test
    void aFailedBackgroundReadKeepsServingTheCopyAndTriesAgainLater() {
        copies.of("acme");
        pass(Duration.ofSeconds(11));
        storeAway = true;
        copies.of("acme");
        runBackground();

        assertThat(copies.of("acme")).isEqualTo("acme read 1");
        storeAway = false;
        runBackground();
        pass(Duration.ofSeconds(1));
        copies.of("acme");
        runBackground();
        assertThat(copies.of("acme")).isEqualTo("acme read 2");
    }

    @Test
    void aFailedFirstReadReachesTheRequest() {
        storeAway = true;

        assertThatThrownBy(() -> copies.of("acme")).isInstanceOf(IllegalStateException.class)
                .hasMessage("store away");
    }

    @Test
    void settingsThatWouldMakeRequestsWaitAreRefused() {
        assertThatThrownBy(() -> new OrgCopies.Settings(Duration.ofSeconds(10), Duration.ofSeconds(10), 8))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expire-after");
        assertThatThrownBy(() -> new OrgCopies.Settings(Duration.ofSeconds(1), Duration.ofSeconds(10), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("max-orgs");
    }

    private void pass(Duration duration) {
        nanos.addAndGet(duration.toNanos());
    }

    private void runBackground() {
        Runnable task;
        while ((task = background.poll()) != null) {
            task.run();
        }
    }
}
