package com.netfocus.planning.objective;

import jakarta.validation.constraints.NotNull;

/** The body of POST .../objectives/{objectiveId}/progress; the amount's bounds are the aggregate's (422). */
record RecordProgressRequest(@NotNull Integer amount, String note) {
}
