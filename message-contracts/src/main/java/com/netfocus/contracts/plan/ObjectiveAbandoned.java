package com.netfocus.contracts.plan;

/** The rep dropped the objective, and said why; it frees a place for a better-focused one. */
public record ObjectiveAbandoned(String planId, String objectiveId, String reason) implements PlanEvent {
}
