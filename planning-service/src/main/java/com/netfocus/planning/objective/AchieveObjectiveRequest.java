package com.netfocus.planning.objective;

import io.swagger.v3.oas.annotations.media.Schema;

/** The body of POST .../objectives/{objectiveId}/achieved (may be empty). */
record AchieveObjectiveRequest(@Schema(description = "What was reached") String note) {
}
