package com.netfocus.contracts.plan;

/**
 * The owner closed the plan: it takes no more changes and stays readable with its history. {@code nextPlanId}, when
 * set, is the plan that carries the still-open objectives and their targets forward (its {@link PlanCreated} names
 * this plan back). {@code reason} is what the owner said, or null.
 */
public record PlanClosed(String planId, String nextPlanId, String reason) implements PlanEvent {
}
