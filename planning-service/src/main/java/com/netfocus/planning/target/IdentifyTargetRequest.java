package com.netfocus.planning.target;

import com.netfocus.contracts.plan.TargetProfile;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** The body of POST /api/v1/plans/{planId}/targets: a known person (contactId) or a kind of person (profile). */
record IdentifyTargetRequest(
        @NotBlank String objectiveId,
        String contactId,
        TargetProfile profile,
        @NotNull Integer priority,
        String rationale) {
}
