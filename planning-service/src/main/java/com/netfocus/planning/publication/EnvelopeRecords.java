package com.netfocus.planning.publication;

import com.netfocus.contracts.plan.PlanEvent;
import com.netfocus.contracts.plan.PlanEventCodec;
import com.netfocus.contracts.plan.PlanEventEnvelope;
import com.netfocus.planning.sending.CallerMetaData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.MetaData;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Turns a stored event into the Kafka record value all services read: the envelope with the Axon sequence (gap-free
 * per plan, what consumers deduplicate by), the Axon event id, the time and the caller's metadata.
 */
final class EnvelopeRecords {

    private EnvelopeRecords() {
    }

    static PlanEventEnvelope envelope(DomainEventMessage<?> event) {
        MetaData meta = event.getMetaData();
        String actor = text(meta, CallerMetaData.ACTOR);
        String org = text(meta, CallerMetaData.ORG);
        String team = text(meta, CallerMetaData.TEAM);
        String correlationId = text(meta, CallerMetaData.CORRELATION_ID);
        // the store keeps milliseconds: the same envelope whether it is sent from memory or re-read from the store
        Instant occurredAt = event.getTimestamp().truncatedTo(ChronoUnit.MILLIS);
        if (event.getPayload() instanceof PlanEvent planEvent) {
            return PlanEventCodec.envelope(event.getIdentifier(), event.getSequenceNumber(), occurredAt,
                    actor, org, team, correlationId, planEvent);
        }
        // not a known plan event: still published (never skip), under its class name; consumers ignore unknown types
        return new PlanEventEnvelope(event.getIdentifier(), event.getAggregateIdentifier(), event.getSequenceNumber(),
                event.getPayloadType().getSimpleName(), occurredAt, actor, org, team, correlationId,
                PlanEventCodec.mapper().valueToTree(event.getPayload()));
    }

    static String correlationId(DomainEventMessage<?> event) {
        return text(event.getMetaData(), CallerMetaData.CORRELATION_ID);
    }

    static byte[] value(DomainEventMessage<?> event) {
        return PlanEventCodec.encode(envelope(event));
    }

    /** The event as it goes to Kafka. */
    static PlanRecord record(DomainEventMessage<?> event) {
        return new PlanRecord(event.getAggregateIdentifier(), event.getSequenceNumber(), value(event),
                correlationId(event), event.getTimestamp());
    }

    private static String text(MetaData meta, String key) {
        Object value = meta.get(key);
        return value == null ? null : value.toString();
    }
}
