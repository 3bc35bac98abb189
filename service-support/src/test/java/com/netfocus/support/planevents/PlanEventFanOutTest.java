package com.netfocus.support.planevents;

import com.netfocus.contracts.plan.PlanCreated;
import com.netfocus.contracts.plan.PlanEvent;
import com.netfocus.contracts.plan.PlanEventCodec;
import com.netfocus.contracts.plan.PlanEventEnvelope;
import com.netfocus.contracts.plan.UnreadableEventException;
import org.junit.jupiter.api.Test;

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

    private PlanEventProjection recording(String name) {
        return (envelope, event) -> applied.add(name);
    }

    private static PlanEventProjection refusing(UnreadableEventException refusal) {
        return (PlanEventEnvelope envelope, PlanEvent event) -> {
            throw refusal;
        };
    }
}
