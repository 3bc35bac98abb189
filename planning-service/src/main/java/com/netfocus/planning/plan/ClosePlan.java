package com.netfocus.planning.plan;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Close the plan: it takes no more changes. {@code nextPlanId}, when set, is the plan already opened with the copies
 * of its still-open objectives and their targets. Closing again naming the same next plan changes nothing, so that
 * completing an interrupted closure twice is harmless.
 */
public record ClosePlan(@TargetAggregateIdentifier String planId, String nextPlanId, String reason) {
}
