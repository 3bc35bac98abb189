package com.netfocus.planning.objective;

/** The body of POST .../objectives/{objectiveId}/achieved (may be empty). */
record AchieveObjectiveRequest(String note) {
}
