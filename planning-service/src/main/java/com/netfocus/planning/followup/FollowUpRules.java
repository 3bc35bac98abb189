package com.netfocus.planning.followup;

import com.netfocus.planning.checks.Violations;
import com.netfocus.planning.limits.PlanRules;
import com.netfocus.planning.limits.TextLimit;
import com.netfocus.planning.state.FollowUpEntry;
import com.netfocus.planning.state.FollowUpStatus;
import com.netfocus.planning.state.PlanState;
import com.netfocus.support.problem.FieldError;
import com.netfocus.support.problem.NotFoundException;

import java.util.List;

import static com.netfocus.planning.checks.Violations.blank;

/**
 * Scheduling a follow-up on its own (checked as {@link FollowUpChecks} says, due from today), and completing an open
 * one once, saying how it went.
 */
public final class FollowUpRules {

    private final PlanRules rules;
    private final TextLimit text;

    public FollowUpRules(PlanRules rules) {
        this.rules = rules;
        this.text = rules.text();
    }

    public List<FieldError> toSchedule(PlanState plan, ScheduleFollowUp command) {
        Violations violations = new Violations().require("today", command.today());
        new FollowUpChecks(plan, command.knownContactIds(), rules)
                .check(violations, "", command.followUp(), command.today(), "today");
        return violations.errors();
    }

    /** An unknown follow-up is a 404 ({@link NotFoundException}); a completed one is not completed again. */
    public List<FieldError> toComplete(PlanState plan, CompleteFollowUp command) {
        FollowUpEntry followUp = plan.followUp(command.followUpId());
        if (followUp == null) {
            throw new NotFoundException("follow-up", command.followUpId());
        }
        return new Violations()
                .check(followUp.status() == FollowUpStatus.OPEN, "followUpId",
                        "was already completed at " + followUp.completedAt())
                .check(!blank(command.outcome()), "outcome", "say how it went")
                .checkLength("outcome", command.outcome(), text)
                .require("completedAt", command.completedAt())
                .errors();
    }
}
