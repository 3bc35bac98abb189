package com.netfocus.planning.audit;

import java.time.Instant;

/**
 * What an audit asks of the org's trail: the changes from {@code from} (inclusive, or the trail's beginning) until
 * {@code to} (exclusive, or now), optionally only one actor's, one team's or one type of change.
 */
record AuditQuery(String org, Instant from, Instant to, String actor, String team, String type) {

    boolean matches(AuditEntry entry) {
        return (from == null || !entry.occurredAt().isBefore(from))
                && (to == null || entry.occurredAt().isBefore(to))
                && (actor == null || actor.equals(entry.actor()))
                && (team == null || team.equals(entry.team()))
                && (type == null || type.equals(entry.type()));
    }
}
