package com.netfocus.planning.plan;

import com.netfocus.contracts.plan.CarriedForward;
import com.netfocus.contracts.plan.ObjectiveDefined;
import com.netfocus.contracts.plan.TargetIdentified;
import com.netfocus.planning.checks.Violations;
import com.netfocus.planning.limits.PlanRules;
import com.netfocus.support.problem.FieldError;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a new plan needs: a title, a period that ends after it starts and after today, no longer than the org's longest
 * plan period, and a positive budget within the maximum. A plan that carries another forward names that plan, and its
 * copies are its own: each objective and target once, in this plan, each target for one of the copied objectives.
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
                .addAll(ordered ? tooLong(start, end, maxMonths) : List.of())
                .check(command.hoursBudget() > 0, "hoursBudget", "must be positive")
                .check(command.hoursBudget() <= rules.maxHoursBudget(), "hoursBudget",
                        "must be at most " + rules.maxHoursBudget() + " hours")
                .check(!Violations.blank(command.ownerId()) && !Violations.blank(command.org()), "caller",
                        "owner and org must be known")
                .addAll(carried(command.planId(), command.carriedForward()))
                .errors();
    }

    private static List<FieldError> carried(String planId, CarriedForward carried) {
        if (carried == null) {
            return List.of();
        }
        Set<String> objectiveIds = new HashSet<>();
        Set<String> targetIds = new HashSet<>();
        Violations violations = new Violations()
                .check(!Violations.blank(carried.fromPlanId()) && !carried.fromPlanId().equals(planId),
                        "carriedForward.fromPlanId", "must name the plan carried forward, another than this one");
        for (ObjectiveDefined objective : carried.objectives()) {
            violations.check(objective != null && Objects.equals(objective.planId(), planId)
                            && objectiveIds.add(objective.objectiveId()), "carriedForward.objectives",
                    "each copied objective belongs to this plan, once");
        }
        for (TargetIdentified target : carried.targets()) {
            violations.check(target != null && Objects.equals(target.planId(), planId)
                            && objectiveIds.contains(target.objectiveId()) && targetIds.add(target.targetId()),
                    "carriedForward.targets", "each copied target belongs to this plan, once, for a copied objective");
        }
        return violations.errors();
    }

    /**
     * A period running past the org's longest plan period (of {@code maxMonths} months) after its start, from
     * {@code start} to {@code end} (after it): what is wrong with its end; nothing for a period within it. A plan's
     * revised end keeps the same rule.
     */
    static List<FieldError> tooLong(LocalDate start, LocalDate end, int maxMonths) {
        return longerThan(start, end, maxMonths) ? List.of(new FieldError("periodEnd", "the period spans more than "
                + maxMonths + " months; a plan covers at most " + maxMonths + " months (an org setting): end it by "
                + start.plusMonths(maxMonths) + " and open the next plan then")) : List.of();
    }

    /** Whether the period runs past {@code months} after its start (computed without leaving the date range). */
    private static boolean longerThan(LocalDate start, LocalDate end, int months) {
        return ChronoUnit.MONTHS.between(start, end) >= months && end.isAfter(start.plusMonths(months));
    }
}
