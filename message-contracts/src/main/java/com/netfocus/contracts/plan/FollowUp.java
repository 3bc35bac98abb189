package com.netfocus.contracts.plan;

import java.time.LocalDate;

/**
 * Something promised to a person: what, by when. The person is a known contact ({@code contactId}) or named;
 * {@code targetId}, when set, is the plan target the person serves.
 */
public record FollowUp(
        String followUpId,
        String contactId,
        String personName,
        String targetId,
        LocalDate dueOn,
        String action) {
}
