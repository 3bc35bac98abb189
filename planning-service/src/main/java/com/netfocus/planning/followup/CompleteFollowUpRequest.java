package com.netfocus.planning.followup;

import jakarta.validation.constraints.NotBlank;

/** The body of POST .../follow-ups/{followUpId}/completed. */
record CompleteFollowUpRequest(@NotBlank String outcome) {
}
