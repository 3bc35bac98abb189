package com.netfocus.planning.followup;

import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

/**
 * A follow-up as a client writes it: for a known contact ({@code contactId}) or a person by name, optionally for a
 * plan target. Used by POST .../follow-ups and inside the attendance body.
 */
public record FollowUpRequest(
        String contactId,
        String personName,
        String targetId,
        @NotNull LocalDate dueOn,
        String action) {
}
