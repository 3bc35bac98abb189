package com.netfocus.contracts.plan;

/**
 * The owner withdrew a chosen platform before attending it: its planned hours are free again. {@code reason} is what
 * the owner said, or null.
 */
public record PlatformWithdrawn(String planId, String platformId, String reason) implements PlanEvent {
}
