package com.netfocus.planning.plan;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Change the plan's frame: each of title, end of period and budget that is given (null: left as it is). */
public record RevisePlan(
        @TargetAggregateIdentifier String planId,
        String title,
        LocalDate periodEnd,
        Double hoursBudget,
        String reason) {

    public boolean changesNothing() {
        return title == null && periodEnd == null && hoursBudget == null;
    }
}
