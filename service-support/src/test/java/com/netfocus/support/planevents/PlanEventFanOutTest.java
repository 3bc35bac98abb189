package com.netfocus.support.planevents;

import com.netfocus.contracts.plan.PlanCreated;
import com.netfocus.contracts.plan.PlanEvent;
import com.netfocus.contracts.plan.PlanEventCodec;
import com.netfocus.contracts.plan.PlanEventEnvelope;
import com.netfocus.contracts.plan.UnreadableEventException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlanEventFanOutTest {

    private static final PlanCreated CREATED = new PlanCreated("plan-1", "Q1", LocalDate.parse("2031-01-01"),
            LocalDate.parse("2031-03-31"), 20, "rep-1", "org-1", "team-1");
    private static final PlanEventEnvelope ENVELOPE = PlanEventCodec.envelope("event-0", 0,
            Instant.parse("2031-01-01T10:00:00Z"), "rep-1", "org-1", "team-1", "corr-1", CREATED);

    private final List<String> applied = new ArrayList<>();

    @Test
    void everyProjectionGetsTheEventInItsOrder() {
        new PlanEventFanOut(List.of(recording("first"), recording("second"))).apply(ENVELOPE, CREATED);

        assertThat(applied).containsExactly("first", "second");
    }

    @Test
    void aProjectionThatCannotReadTheEventDoesNotCostTheOthersTheirs() {
        UnreadableEventException first = new UnreadableEventException("first refuses", null);
        UnreadableEventException third = new UnreadableEventException("third refuses", null);
        PlanEventFanOut fanOut = new PlanEventFanOut(List.of(refusing(first), recording("second"), refusing(third)));

        assertThatThrownBy(() -> fanOut.apply(ENVELOPE, CREATED)).isSameAs(first)
                .satisfies(thrown -> assertThat(thrown.getSuppressed()).containsExactly(third));
        assertThat(applied).containsExactly("second");
    }

    @Test
    void aDatabaseFailurePropagatesSoTheRecordIsRetriedAsAWhole() {
        IllegalStateException databaseAway = new IllegalStateException("database away");
        PlanEventFanOut fanOut = new PlanEventFanOut(List.of((envelope, event) -> {
            throw databaseAway;
        }, recording("second")));

        assertThatThrownBy(() -> fanOut.apply(ENVELOPE, CREATED)).isSameAs(databaseAway);
        assertThat(applied).isEmpty();
    }

    @Test
    void thePollsBeginningAndEndReachTheProjectionsThatHoldWritesBack() {
        PlanEventBatchListenerTest.HoldingBack holding = new PlanEventBatchListenerTest.HoldingBack(applied);
        PlanEventFanOut fanOut = new PlanEventFanOut(List.of(recording("plain"), holding));

        fanOut.pollStarted();
        fanOut.apply(ENVELOPE, CREATED);
        assertThat(fanOut.holdsBackWrites()).isTrue();
        fanOut.pollApplied();

        assertThat(applied).containsExactly("started", "plain", "apply plan-1#0", "flushed {plan-1=0}");
        assertThat(fanOut.holdsBackWrites()).isFalse();
        assertThat(holding.durable).containsOnlyKeys("plan-1");
    }

    @Test
    void theLagOfAProjectionHoldingWritesBackIsRecordedWhenTheyAreMadeAndNotForAnAbandonedPoll() {
        MeterRegistry registry = new SimpleMeterRegistry();
        PlanEventBatchListenerTest.HoldingBack holding = new PlanEventBatchListenerTest.HoldingBack(applied);
        PlanEventFanOut fanOut = new PlanEventFanOut(List.of(recording("plain"), holding),
                new ProjectionLag(registry, "catalog", Clock.systemUTC()));

        fanOut.pollStarted();
        fanOut.apply(ENVELOPE, CREATED);
        assertThat(lagCount(registry, "HoldingBack")).isZero();
        fanOut.pollAbandoned();
        assertThat(lagCount(registry, "HoldingBack")).isZero();

        fanOut.pollStarted();
        fanOut.apply(ENVELOPE, CREATED);
        fanOut.pollApplied();
        assertThat(lagCount(registry, "HoldingBack")).isEqualTo(1);

        // Outside a poll (a dead letter's replay) it is written and recorded at once, like any projection.
        fanOut.apply(ENVELOPE, CREATED);
        assertThat(lagCount(registry, "HoldingBack")).isEqualTo(2);
    }

    private static long lagCount(MeterRegistry registry, String projection) {
        var timer = registry.find(ProjectionLag.METER).tag("projection", projection).timer();
        return timer == null ? 0 : timer.count();
    }

    private PlanEventProjection recording(String name) {
        return (envelope, event) -> applied.add(name);
    }

    private static PlanEventProjection refusing(UnreadableEventException refusal) {
        return (PlanEventEnvelope envelope, PlanEvent event) -> {
            throw refusal;
        };
    }
}
