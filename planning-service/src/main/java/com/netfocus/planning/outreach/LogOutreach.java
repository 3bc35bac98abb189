package com.netfocus.planning.outreach;

import com.netfocus.contracts.plan.OutreachChannel;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * Log that a target was approached directly and what was learned. {@code now} is the caller's clock, against which
 * a {@code happenedAt} in the future is refused.
 */
public record LogOutreach(
        @TargetAggregateIdentifier String planId,
        String outreachId,
        String targetId,
        OutreachChannel channel,
        Instant happenedAt,
        String summary,
        Instant now) {
}
