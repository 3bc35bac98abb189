package com.netfocus.contracts.plan;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;

/**
 * The value of a record on the plan events topic (key: plan id). {@code sequence} is the event's
 * position in its plan's stream, starting at 0, gap-free: consumers use it to drop what they already have.
 * The payload is kept as a JSON tree so that a consumer can skip types it does not know.
 */
public record PlanEventEnvelope(
        String eventId,
        String planId,
        long sequence,
        String type,
        Instant occurredAt,
        String actor,
        String org,
        String team,
        String correlationId,
        JsonNode payload) {
}
