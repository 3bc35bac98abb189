package com.netfocus.planning.plan;

import com.netfocus.planning.checks.Violations;
import com.netfocus.planning.limits.PlanRules;
import com.netfocus.support.problem.FieldError;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * What a new plan needs: a title, a period that ends after it starts and after today, no longer than the org's longest
 * plan period, and a positive budget within the maximum.
 */
public final class PlanCreationRules {

    private final PlanRules rules;

    public PlanCreationRules(PlanRules rules) {
        this.rules = rules;
    }

    public List<FieldError> toCreate(CreatePlan command) {
        LocalDate start = command.periodStart();
        LocalDate end = command.periodEnd();
        LocalDate today = command.today();
        int maxMonths = rules.orgSettingsOr(command.settings()).maxPlanMonths();
        boolean ordered = start != null && end != null && start.isBefore(end);
        return new Violations()
                .require("planId", command.planId())
                .check(!Violations.blank(command.title()), "title", "must not be blank")
                .require("periodStart", start)
                .require("periodEnd", end)
                .require("today", today)
                .check(start == null || end == null || ordered, "periodEnd", "must be after periodStart")
                .check(end == null || today == null || end.isAfter(today), "periodEnd",
                        "the period ended on " + end + ": a plan is for networking still to come, so its period "
                                + "must end after today (" + today + ")")
                .addAll(ordered && longerThan(start, end, maxMonths) ? List.of(new FieldError("periodEnd",
                        "the period spans more than " + maxMonths + " months; a plan covers at most " + maxMonths
                                + " months (an org setting): end it by " + start.plusMonths(maxMonths)
                                + " and open the next plan then")) : List.of())
                .check(command.hoursBudget() > 0, "hoursBudget", "must be positive")
                .check(command.hoursBudget() <= rules.maxHoursBudget(), "hoursBudget",
                        "must be at most " + rules.maxHoursBudget() + " hours")
                .check(!Violations.blank(command.ownerId()) && !Violations.blank(command.org()), "caller",
                        "owner and org must be known")
                .errors();
    }

    /** Whether the period runs past {@code months} after its start (computed without leaving the date range). */
    private static boolean longerThan(LocalDate start, LocalDate end, int months) {
        return ChronoUnit.MONTHS.between(start, end) >= months && end.isAfter(start.plusMonths(months));
    }
}
