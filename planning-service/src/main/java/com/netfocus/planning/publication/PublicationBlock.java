package com.netfocus.planning.publication;

import java.time.Instant;

/**
 * A plan whose publication stopped at {@code sequence} for a lasting reason: none of its later events is sent until
 * that one is on Kafka. {@code since}: when the plan was first found blocked; {@code attempts}: how often it was
 * tried; {@code nextAttempt}: when the recovery sweep tries it again (back-off).
 */
public record PublicationBlock(String planId, long sequence, String reason, Instant since, int attempts,
                               Instant nextAttempt) {
}
