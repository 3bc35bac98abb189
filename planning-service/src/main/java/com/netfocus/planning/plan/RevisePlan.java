package com.netfocus.planning.plan;

import com.netfocus.planning.limits.OrgSettings;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/**
 * Change the plan's frame: each of title, end of period and budget that is given (null: left as it is).
 * {@code settings} are the caller's org settings (the longest period; null: the service defaults).
 */
public record RevisePlan(
        @TargetAggregateIdentifier String planId,
        String title,
        LocalDate periodEnd,
        Double hoursBudget,
        String reason,
        OrgSettings settings) {

    public boolean changesNothing() {
        return title == null && periodEnd == null && hoursBudget == null;
    }
}
