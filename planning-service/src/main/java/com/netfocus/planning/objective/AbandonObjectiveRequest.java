package com.netfocus.planning.objective;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;

/** The body of POST .../objectives/{objectiveId}/abandoned: dropping an objective says why. */
record AbandonObjectiveRequest(
        @Schema(description = "Why the objective is dropped", example = "The retail chains froze supplier changes")
        @NotBlank String reason) {
}
