package com.netfocus.support.planevents;

import com.netfocus.contracts.plan.PlanCreated;
import com.netfocus.contracts.plan.PlanEvent;
import com.netfocus.contracts.plan.PlanEventCodec;
import com.netfocus.contracts.plan.PlanEventEnvelope;
import com.netfocus.contracts.plan.UnreadableEventException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlanEventRecordListenerTest {

    private final List<PlanEvent> applied = new ArrayList<>();
    private final PlanEventRecordListener listener = new PlanEventRecordListener((envelope, event) -> applied.add(event));

    @Test
    void aReadableEventReachesTheProjectionTyped() {
        PlanCreated created = created("plan-1");

        listener.onMessage(record("plan-1", PlanEventCodec.encode(envelope(0, created))));

        assertThat(applied).containsExactly(created);
    }

    @Test
    void garbageIsUnreadable() {
        assertThatThrownBy(() -> listener.onMessage(record("plan-1", "garbage".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(UnreadableEventException.class);
        assertThatThrownBy(() -> listener.onMessage(record("plan-1", null))).isInstanceOf(UnreadableEventException.class);
        assertThat(applied).isEmpty();
    }

    @Test
    void anEnvelopeWithoutPlanOrWithANegativeSequenceIsUnreadable() {
        assertThatThrownBy(() -> listener.onMessage(record("k", "{\"type\":\"PlanCreated\",\"payload\":{}}".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(UnreadableEventException.class).hasMessageContaining("names no plan");
        assertThatThrownBy(() -> listener.onMessage(record("plan-1", PlanEventCodec.encode(envelope(-1, created("plan-1"))))))
                .isInstanceOf(UnreadableEventException.class).hasMessageContaining("negative sequence");
        assertThat(applied).isEmpty();
    }

    @Test
    void aPayloadForAnotherPlanThanItsEnvelopeIsUnreadable() {
        PlanEventEnvelope envelope = envelope(0, created("plan-2"));
        PlanEventEnvelope mismatched = new PlanEventEnvelope(envelope.eventId(), "plan-1", 0, envelope.type(),
                envelope.occurredAt(), envelope.actor(), envelope.org(), envelope.team(), envelope.correlationId(),
                envelope.payload());

        assertThatThrownBy(() -> listener.onMessage(record("plan-1", PlanEventCodec.encode(mismatched))))
                .isInstanceOf(UnreadableEventException.class);
        assertThat(applied).isEmpty();
    }

    @Test
    void aTypeThisVersionDoesNotKnowIsPassedOver() {
        PlanEventEnvelope envelope = envelope(0, created("plan-1"));
        PlanEventEnvelope future = new PlanEventEnvelope(envelope.eventId(), "plan-1", 0, "PlanArchived",
                envelope.occurredAt(), envelope.actor(), envelope.org(), envelope.team(), envelope.correlationId(),
                envelope.payload());

        listener.onMessage(record("plan-1", PlanEventCodec.encode(future)));

        assertThat(applied).isEmpty();
    }

    @Test
    void reasonsInTheLogAreShortAndPrintable() {
        String reason = PlanEventsErrorHandling.printable("bad \u0000\u0007 bytes" + "x".repeat(1000));
        assertThat(reason).startsWith("bad ?? bytes").hasSizeLessThan(400);
    }

    private static PlanCreated created(String planId) {
        return new PlanCreated(planId, "Q1", LocalDate.parse("2031-01-01"), LocalDate.parse("2031-03-31"), 20,
                "rep-1", "org-1", "team-1");
    }

    private static PlanEventEnvelope envelope(long sequence, PlanEvent event) {
        return PlanEventCodec.envelope("event-" + sequence, sequence, Instant.parse("2031-01-01T10:00:00Z"), "rep-1",
                "org-1", "team-1", "corr-1", event);
    }

    private static ConsumerRecord<String, byte[]> record(String key, byte[] value) {
        return new ConsumerRecord<>("plan-events", 0, 0, key, value);
    }
}
