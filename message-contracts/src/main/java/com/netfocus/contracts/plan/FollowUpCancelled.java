package com.netfocus.contracts.plan;

/** The owner cancelled an open follow-up: it is no longer due. {@code reason} is what the owner said, or null. */
public record FollowUpCancelled(String planId, String followUpId, String reason) implements PlanEvent {
}
