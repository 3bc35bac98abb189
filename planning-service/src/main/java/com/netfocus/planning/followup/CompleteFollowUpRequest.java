package com.netfocus.planning.followup;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;

/** The body of POST .../follow-ups/{followUpId}/completed. */
record CompleteFollowUpRequest(
        @Schema(description = "What came of it", example = "Case study sent; call booked for next week")
        @NotBlank String outcome) {
}
