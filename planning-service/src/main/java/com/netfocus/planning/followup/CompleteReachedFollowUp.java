package com.netfocus.planning.followup;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Complete one open follow-up that the outreach reached (outreach with its person was logged while it was open), if
 * one is left: one event at most, so that each completion is stored whole; sent until none is left.
 */
public record CompleteReachedFollowUp(@TargetAggregateIdentifier String planId, String outreachId) {
}
