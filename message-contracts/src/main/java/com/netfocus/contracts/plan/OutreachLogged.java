package com.netfocus.contracts.plan;

import java.time.Instant;

/** A known person (a target) was approached directly, and what was learned. */
public record OutreachLogged(
        String planId,
        String outreachId,
        String targetId,
        OutreachChannel channel,
        Instant happenedAt,
        String summary) implements PlanEvent {
}
