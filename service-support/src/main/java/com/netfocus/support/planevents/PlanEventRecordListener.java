package com.netfocus.support.planevents;

import com.netfocus.contracts.plan.PlanEvent;
import com.netfocus.contracts.plan.PlanEventCodec;
import com.netfocus.contracts.plan.PlanEventEnvelope;
import com.netfocus.contracts.plan.UnreadableEventException;
import com.netfocus.support.correlation.CorrelationIdFilter;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.kafka.listener.MessageListener;

import java.util.Optional;

/**
 * Turns one Kafka record into an envelope and its typed event and hands both to the projection. Records
 * that cannot be read raise {@link UnreadableEventException}, which the error handler skips; types this
 * version does not know are passed over silently, as the contract allows new types to appear. While the
 * projection applies an event, the event's correlation id is in the logging context ({@code correlationId}), so
 * every line logged for it names the request that caused it. The consumer tells a {@link PollAwareProjection} where
 * its polls begin and end through the {@code poll*} methods; called from nowhere else (a dead letter's replay), each
 * record is applied at once.
 */
public class PlanEventRecordListener implements MessageListener<String, byte[]> {

    private static final Logger log = LoggerFactory.getLogger(PlanEventRecordListener.class);

    private final PlanEventProjection projection;

    public PlanEventRecordListener(PlanEventProjection projection) {
        this.projection = projection;
    }

    @Override
    public void onMessage(ConsumerRecord<String, byte[]> record) {
        PlanEventEnvelope envelope = readEnvelope(record);
        MDC.put(CorrelationIdFilter.MDC_KEY, envelope.correlationId() == null ? "" : envelope.correlationId());
        try {
            Optional<PlanEvent> event = PlanEventCodec.payloadOf(envelope);
            if (event.isEmpty()) {
                log.debug("passing over plan event of unknown type {} ({})", envelope.type(), envelope.eventId());
                return;
            }
            if (!envelope.planId().equals(event.get().planId())) {
                throw new UnreadableEventException("envelope " + envelope.eventId() + " is for plan " + envelope.planId()
                        + " but its payload names plan " + event.get().planId(), null);
            }
            projection.apply(envelope, event.get());
            // Logged inside the event's correlation context, so that its line joins the request that caused it.
            log.debug("applied {} {} of plan {} (sequence {})", envelope.type(), envelope.eventId(), envelope.planId(),
                    envelope.sequence());
        } finally {
            MDC.remove(CorrelationIdFilter.MDC_KEY);
        }
    }

    /** See {@link PollAwareProjection#pollStarted()}; nothing for a projection that never holds writes back. */
    void pollStarted() {
        if (projection instanceof PollAwareProjection pollAware) {
            pollAware.pollStarted();
        }
    }

    /** See {@link PollAwareProjection#pollApplied()}. */
    void pollApplied() {
        if (projection instanceof PollAwareProjection pollAware) {
            pollAware.pollApplied();
        }
    }

    /** See {@link PollAwareProjection#pollAbandoned()}. */
    void pollAbandoned() {
        if (projection instanceof PollAwareProjection pollAware) {
            pollAware.pollAbandoned();
        }
    }

    /** See {@link PollAwareProjection#holdsBackWrites()}. */
    boolean holdsBackWrites() {
        return projection instanceof PollAwareProjection pollAware && pollAware.holdsBackWrites();
    }

    /** Every projection relies on plan id and sequence, so an envelope without them is as unreadable as garbage. */
    static PlanEventEnvelope readEnvelope(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            throw new UnreadableEventException("record without a value", null);
        }
        PlanEventEnvelope envelope = PlanEventCodec.decode(record.value());
        if (envelope.planId() == null || envelope.planId().isBlank()) {
            throw new UnreadableEventException("envelope " + envelope.eventId() + " names no plan", null);
        }
        if (envelope.sequence() < 0) {
            throw new UnreadableEventException("envelope " + envelope.eventId() + " has negative sequence "
                    + envelope.sequence(), null);
        }
        if (envelope.type() == null || envelope.payload() == null) {
            throw new UnreadableEventException("envelope " + envelope.eventId() + " has no type or payload", null);
        }
        return envelope;
    }
}
