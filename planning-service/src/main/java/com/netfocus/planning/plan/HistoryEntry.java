package com.netfocus.planning.plan;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;

/** One event of a plan's audit history. */
public record HistoryEntry(
        @Schema(description = "The event's place in the plan's history, from 0") long sequence,
        @Schema(description = "The event's name", example = "PlatformChosen") String type,
        @Schema(description = "When it happened") Instant occurredAt,
        @Schema(description = "Who caused it (user id)") String actor,
        @Schema(description = "The correlation id of the request that caused it") String correlationId,
        @Schema(description = "The event's fields; a person's erased data reads \"[erased]\"") Object payload) {
}
