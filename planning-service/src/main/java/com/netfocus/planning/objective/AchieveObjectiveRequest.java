package com.netfocus.planning.objective;

/** The body of POST .../objectives/{objectiveId}/achieved (may be empty). */
public record AchieveObjectiveRequest(String note) {
}
