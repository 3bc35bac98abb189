package com.netfocus.planning.objective;

import jakarta.validation.constraints.NotBlank;

/** The body of POST .../objectives/{objectiveId}/abandoned: dropping an objective says why. */
record AbandonObjectiveRequest(@NotBlank String reason) {
}
