package com.netfocus.planning.objective;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

/** The body of POST .../objectives/{objectiveId}/progress; the amount's bounds are the aggregate's (422). */
record RecordProgressRequest(
        @Schema(description = "How much of the objective's metric was reached", example = "1") @NotNull Integer amount,
        @Schema(example = "Discovery meeting booked with Axfood") String note) {
}
