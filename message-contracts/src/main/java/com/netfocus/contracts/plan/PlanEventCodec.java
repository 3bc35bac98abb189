package com.netfocus.contracts.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.util.Optional;

/**
 * Turns envelopes into Kafka record values and back. One codec for producer and consumers so that
 * the wire format is defined in one place.
 */
public final class PlanEventCodec {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private PlanEventCodec() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static byte[] encode(PlanEventEnvelope envelope) {
        try {
            return MAPPER.writeValueAsBytes(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode plan event " + envelope.eventId(), e);
        }
    }

    public static PlanEventEnvelope decode(byte[] value) {
        try {
            return MAPPER.readValue(value, PlanEventEnvelope.class);
        } catch (java.io.IOException e) {
            // never the value itself: this message is logged, and a record holds personal data
            throw new UnreadableEventException("unreadable plan event (" + value.length + " bytes): "
                    + e.getClass().getSimpleName(), e);
        }
    }

    /** The typed event inside an envelope, or empty for a type this version does not know. */
    public static Optional<PlanEvent> payloadOf(PlanEventEnvelope envelope) {
        return PlanEventTypes.classOf(envelope.type()).map(type -> {
            try {
                return MAPPER.treeToValue(envelope.payload(), type);
            } catch (JsonProcessingException e) {
                throw new UnreadableEventException("unreadable " + envelope.type() + " " + envelope.eventId(), e);
            }
        });
    }

    public static PlanEventEnvelope envelope(String eventId, long sequence, java.time.Instant occurredAt,
                                             String actor, String org, String team, String correlationId,
                                             PlanEvent event) {
        return new PlanEventEnvelope(eventId, event.planId(), sequence, PlanEventTypes.nameOf(event), occurredAt,
                actor, org, team, correlationId, MAPPER.valueToTree(event));
    }
}
