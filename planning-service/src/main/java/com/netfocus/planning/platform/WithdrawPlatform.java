package com.netfocus.planning.platform;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Withdraw a chosen platform that was not attended: its planned hours are free again. */
public record WithdrawPlatform(@TargetAggregateIdentifier String planId, String platformId, String reason) {
}
