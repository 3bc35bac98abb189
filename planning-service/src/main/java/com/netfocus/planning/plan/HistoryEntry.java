package com.netfocus.planning.plan;

import java.time.Instant;

/** One event of a plan's audit history. */
public record HistoryEntry(long sequence, String type, Instant occurredAt, String actor, String correlationId,
                           Object payload) {
}
