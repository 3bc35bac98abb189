package com.netfocus.contracts.plan;

/**
 * The owner retired a target: no new work is planned for it; what was already done for it stays in the history.
 * {@code reason} is what the owner said, or null.
 */
public record TargetRetired(String planId, String targetId, String reason) implements PlanEvent {
}
