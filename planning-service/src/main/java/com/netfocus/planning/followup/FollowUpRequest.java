package com.netfocus.planning.followup;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

import java.time.LocalDate;

/**
 * A follow-up as a client writes it: for a known contact ({@code contactId}) or a person by name, optionally for a
 * plan target. Used by POST .../follow-ups and inside the attendance body.
 */
public record FollowUpRequest(
        @Schema(description = "A known contact (or give personName)") String contactId,
        @Schema(description = "A person by name (or give contactId)") String personName,
        @Schema(description = "The plan target it serves, if any") String targetId,
        @Schema(description = "By when") @NotNull LocalDate dueOn,
        @Schema(description = "What was promised") String action) {
}
