package com.netfocus.contracts.plan;

/**
 * Somebody met at an event: a known contact ({@code contactId}) or a new person described by name and
 * company. {@code targetId}, when set, is the plan target this person matches.
 */
public record PersonMet(
        String contactId,
        String name,
        String company,
        String function,
        String position,
        String industry,
        String email,
        String targetId) {
}
