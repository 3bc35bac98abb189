package com.netfocus.planning.followup;

import com.netfocus.planning.checks.Violations;
import com.netfocus.planning.limits.PlanRules;
import com.netfocus.planning.limits.TextLimit;
import com.netfocus.planning.state.FollowUpEntry;
import com.netfocus.planning.state.FollowUpStatus;
import com.netfocus.planning.state.PlanState;
import com.netfocus.support.problem.FieldError;
import com.netfocus.support.problem.NotFoundException;

import java.time.LocalDate;
import java.util.List;

import static com.netfocus.planning.checks.Violations.blank;

/**
 * Scheduling a follow-up on its own (checked as {@link FollowUpChecks} says, due from today), completing an open
 * one once, saying how it went, and moving, rewording or cancelling an open one (due from today again, within the
 * same horizon). Only an open follow-up changes.
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
        FollowUpEntry followUp = known(plan, command.followUpId());
        return new Violations()
                .check(followUp.open(), "followUpId", closed(followUp))
                .check(!blank(command.outcome()), "outcome", "say how it went")
                .checkLength("outcome", command.outcome(), text)
                .require("completedAt", command.completedAt())
                .errors();
    }

    /** Moving or rewording: something to change, the same rules as when it was promised, due from today. */
    public List<FieldError> toRevise(PlanState plan, ReviseFollowUp command) {
        FollowUpEntry followUp = known(plan, command.followUpId());
        LocalDate due = command.dueOn();
        LocalDate today = command.today();
        int maxDays = rules.maxFollowUpDays();
        return new Violations()
                .check(followUp.open(), "followUpId", closed(followUp))
                .check(due != null || command.action() != null, "body", "give dueOn, action or both")
                .check(command.action() == null || !blank(command.action()), "action", "say what you will do")
                .checkLength("action", command.action(), text)
                .require("today", today)
                .check(due == null || today == null || !due.isBefore(today), "dueOn",
                        "must not be before today (" + today + ")")
                .check(due == null || today == null || !due.isAfter(today.plusDays(maxDays)), "dueOn",
                        "must be within " + maxDays + " days of today (" + today + ")")
                .checkLength("reason", command.reason(), text)
                .errors();
    }

    public List<FieldError> toCancel(PlanState plan, CancelFollowUp command) {
        FollowUpEntry followUp = known(plan, command.followUpId());
        return new Violations()
                .check(followUp.open(), "followUpId", closed(followUp))
                .checkLength("reason", command.reason(), text)
                .errors();
    }

    private static FollowUpEntry known(PlanState plan, String followUpId) {
        FollowUpEntry followUp = plan.followUp(followUpId);
        if (followUp == null) {
            throw new NotFoundException("follow-up", followUpId);
        }
        return followUp;
    }

    private static String closed(FollowUpEntry followUp) {
        return followUp.status() == FollowUpStatus.CANCELLED ? "was cancelled; only an open follow-up changes"
                : "was already completed at " + followUp.completedAt();
    }
}
