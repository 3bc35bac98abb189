package com.netfocus.planning.target;

import com.netfocus.contracts.plan.TargetProfile;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** The body of POST /api/v1/plans/{planId}/targets: a known person (contactId) or a kind of person (profile). */
record IdentifyTargetRequest(
        @Schema(description = "The objective that needs this person") @NotBlank String objectiveId,
        @Schema(description = "A known person: one of the org's contacts (or give a profile)") String contactId,
        @Schema(description = "A kind of person, where no name is known (or give a contactId)") TargetProfile profile,
        @Schema(description = "1 is the most important", example = "1") @NotNull Integer priority,
        @Schema(description = "Why this person matters to the objective") String rationale) {
}
