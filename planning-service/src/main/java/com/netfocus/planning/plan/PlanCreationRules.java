package com.netfocus.planning.plan;

import com.netfocus.planning.checks.Violations;
import com.netfocus.planning.limits.PlanRules;
import com.netfocus.support.problem.FieldError;

import java.util.List;

/** What a new plan needs: a title, a period that ends after it starts, and a positive budget within the maximum. */
public final class PlanCreationRules {

    private final PlanRules rules;

    public PlanCreationRules(PlanRules rules) {
        this.rules = rules;
    }

    public List<FieldError> toCreate(CreatePlan command) {
        return new Violations()
                .require("planId", command.planId())
                .check(!Violations.blank(command.title()), "title", "must not be blank")
                .require("periodStart", command.periodStart())
                .require("periodEnd", command.periodEnd())
                .check(command.periodStart() == null || command.periodEnd() == null
                                || command.periodStart().isBefore(command.periodEnd()), "periodEnd",
                        "must be after periodStart")
                .check(command.hoursBudget() > 0, "hoursBudget", "must be positive")
                .check(command.hoursBudget() <= rules.maxHoursBudget(), "hoursBudget",
                        "must be at most " + rules.maxHoursBudget() + " hours")
                .check(!Violations.blank(command.ownerId()) && !Violations.blank(command.org()), "caller",
                        "owner and org must be known")
                .errors();
    }
}
