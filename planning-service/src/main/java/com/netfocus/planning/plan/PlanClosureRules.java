package com.netfocus.planning.plan;

import com.netfocus.planning.checks.Violations;
import com.netfocus.planning.limits.PlanRules;
import com.netfocus.planning.state.PlanState;
import com.netfocus.support.problem.FieldError;

import java.util.List;

/**
 * What closing an open plan needs: a reason within the text limit, if one is given, and a next plan, if any, other
 * than this one. (A closed plan is refused before these rules: see {@link PlanClosedException}.)
 */
public final class PlanClosureRules {

    private final PlanRules rules;

    public PlanClosureRules(PlanRules rules) {
        this.rules = rules;
    }

    public List<FieldError> toClose(PlanState plan, ClosePlan command) {
        return new Violations()
                .check(command.nextPlanId() == null || !command.nextPlanId().equals(plan.planId()), "nextPlanId",
                        "a plan is not carried forward to itself")
                .checkLength("reason", command.reason(), rules.text())
                .errors();
    }
}
