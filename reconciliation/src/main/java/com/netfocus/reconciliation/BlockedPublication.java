package com.netfocus.reconciliation;

import java.time.Instant;

/**
 * A plan whose publication planning-service found blocked: the sequence it waits on (none of the plan's later events
 * is published until this one is), why, and since when ({@code since} may be null).
 */
public record BlockedPublication(String planId, long sequence, String reason, Instant since) {
}
