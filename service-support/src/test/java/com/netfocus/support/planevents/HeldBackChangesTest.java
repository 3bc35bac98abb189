package com.netfocus.support.planevents;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HeldBackChangesTest {

    /** A key's change: what was stored and the events applied since. */
    private record Change(String key, String applied) {

        Change with(String event) {
            return new Change(key, applied + event);
        }

        boolean changed() {
            return !applied.isEmpty();
        }
    }

    private final List<Change> written = new ArrayList<>();
    private final AtomicInteger reads = new AtomicInteger();
    private final HeldBackChanges<Change> changes = new HeldBackChanges<>(Change::changed, written::add);

    private void apply(String key, String event) {
        changes.apply(key, () -> {
            reads.incrementAndGet();
            return new Change(key, "");
        }, change -> change.with(event));
    }

    @Test
    void outsideAPollEachEventIsReadAppliedAndWrittenAtOnce() {
        apply("plan-1", "a");
        apply("plan-1", "b");

        assertThat(written).containsExactly(new Change("plan-1", "a"), new Change("plan-1", "b"));
        assertThat(reads).hasValue(2);
    }

    @Test
    void duringAPollEachKeyIsReadOnceAndWrittenOnceAtItsEndInFirstSeenOrder() {
        changes.pollStarted();
        apply("plan-2", "a");
        apply("plan-1", "b");
        apply("plan-2", "c");

        assertThat(written).isEmpty();
        assertThat(changes.holdsBackWrites()).isTrue();
        changes.pollApplied();

        assertThat(written).containsExactly(new Change("plan-2", "ac"), new Change("plan-1", "b"));
        assertThat(reads).hasValue(2);
        assertThat(changes.holdsBackWrites()).isFalse();
    }

    @Test
    void aRefusedEventLeavesTheHeldChangeAsItWas() {
        changes.pollStarted();
        apply("plan-1", "a");
        assertThatThrownBy(() -> changes.apply("plan-1", () -> new Change("plan-1", ""), change -> {
            throw new IllegalArgumentException("unreadable");
        })).hasMessage("unreadable");
        changes.pollApplied();

        assertThat(written).containsExactly(new Change("plan-1", "a"));
    }

    @Test
    void anAbandonedPollWritesNothingAndHoldsNothingAfterwards() {
        changes.pollStarted();
        apply("plan-1", "a");
        changes.pollAbandoned();

        assertThat(changes.holdsBackWrites()).isFalse();
        changes.pollApplied();
        assertThat(written).isEmpty();
    }

    @Test
    void aPollOfOnlyUnchangedKeysHoldsNothingBack() {
        changes.pollStarted();
        changes.apply("plan-1", () -> new Change("plan-1", ""), change -> change);

        assertThat(changes.holdsBackWrites()).isFalse();
    }

    @Test
    void anotherThreadsPollIsNotThisThreads() throws Exception {
        changes.pollStarted();
        Thread other = new Thread(() -> apply("plan-9", "x"));
        other.start();
        other.join();

        assertThat(written).as("written at once, outside a poll").containsExactly(new Change("plan-9", "x"));
        assertThat(changes.holdsBackWrites()).isFalse();
    }
}
