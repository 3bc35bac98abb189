package com.netfocus.contracts.plan;

/** The rep declared the objective reached; it no longer counts toward the limit of active objectives. */
public record ObjectiveAchieved(String planId, String objectiveId, String note) implements PlanEvent {
}
