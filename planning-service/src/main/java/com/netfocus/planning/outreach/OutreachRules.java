package com.netfocus.planning.outreach;

import com.netfocus.planning.checks.Violations;
import com.netfocus.planning.limits.PlanRules;
import com.netfocus.planning.limits.TextLimit;
import com.netfocus.planning.state.PlanState;
import com.netfocus.support.problem.FieldError;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static com.netfocus.planning.checks.Violations.blank;

/**
 * What logged outreach needs: a target of the plan, a channel, a moment within the plan period that has already
 * happened (give or take the configured tolerance for drifting clocks), and a summary of what was learned.
 */
public final class OutreachRules {

    private final Duration futureTolerance;
    private final TextLimit text;

    public OutreachRules(PlanRules rules) {
        this.futureTolerance = rules.futureTolerance();
        this.text = rules.text();
    }

    public List<FieldError> toLog(PlanState plan, LogOutreach command) {
        Instant happened = command.happenedAt();
        Instant now = command.now();
        Instant periodStarts = plan.periodStartsAt();
        return new Violations()
                .require("outreachId", command.outreachId())
                .check(!plan.hasOutreach(command.outreachId()), "outreachId", "already exists in this plan")
                .checkTarget("targetId", command.targetId(), plan,
                        "outreach is information gathering with a person a target names")
                .check(command.channel() != null, "channel", "must be one of PHONE, EMAIL, IN_PERSON")
                .require("happenedAt", happened)
                .require("now", now)
                .check(happened == null || now == null || !happened.isAfter(now.plus(futureTolerance)), "happenedAt",
                        "lies in the future: log outreach once it has happened")
                .check(happened == null || !happened.isBefore(periodStarts), "happenedAt",
                        "lies before the plan period, which starts on " + plan.periodStart())
                .check(!blank(command.summary()), "summary", "say what was learned")
                .checkLength("summary", command.summary(), text)
                .errors();
    }
}
