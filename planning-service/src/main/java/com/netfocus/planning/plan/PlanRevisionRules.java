package com.netfocus.planning.plan;

import com.netfocus.contracts.plan.PlatformChosen;
import com.netfocus.planning.checks.Violations;
import com.netfocus.planning.limits.PlanRules;
import com.netfocus.planning.state.Hours;
import com.netfocus.planning.state.PlanState;
import com.netfocus.support.problem.FieldError;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static com.netfocus.planning.checks.Violations.blank;

/**
 * What revising a plan's frame needs: something to change; a title that is not blank; a budget that is positive,
 * within the maximum and never below the hours already planned; an end of period after its start, within the org's
 * longest plan period (as when the plan was opened), not before a logged attendance and not before the end of a chosen
 * platform's programme (the plan would then hold work outside itself).
 */
public final class PlanRevisionRules {

    /** The longest title, as the plan's creation takes it. */
    static final int MAX_TITLE_LENGTH = 200;

    private final PlanRules rules;

    public PlanRevisionRules(PlanRules rules) {
        this.rules = rules;
    }

    public List<FieldError> toRevise(PlanState plan, RevisePlan command) {
        Violations violations = new Violations()
                .check(!command.changesNothing(), "body", "give at least one of title, periodEnd, hoursBudget")
                .check(command.title() == null || !blank(command.title()), "title", "must not be blank")
                .check(command.title() == null || command.title().strip().length() <= MAX_TITLE_LENGTH, "title",
                        "must be at most " + MAX_TITLE_LENGTH + " characters")
                .checkLength("reason", command.reason(), rules.text());
        Double budget = command.hoursBudget();
        if (budget != null) {
            violations.check(budget > 0, "hoursBudget", "must be positive")
                    .check(budget <= rules.maxHoursBudget(), "hoursBudget",
                            "must be at most " + rules.maxHoursBudget() + " hours")
                    .check(budget >= plan.plannedHours(), "hoursBudget", "must not be below the "
                            + Hours.format(plan.plannedHours()) + " h already planned: withdraw a choice first");
        }
        LocalDate end = command.periodEnd();
        if (end != null) {
            boolean ordered = end.isAfter(plan.periodStart());
            violations.check(ordered, "periodEnd", "must be after the start of the period (" + plan.periodStart() + ")")
                    .addAll(ordered ? PlanCreationRules.tooLong(plan.periodStart(), end,
                            rules.orgSettingsOr(command.settings()).maxPlanMonths()) : List.of());
            Optional<LocalDate> attended = plan.lastAttendanceDay();
            violations.check(attended.map(day -> !end.isBefore(day)).orElse(true), "periodEnd",
                    "must not be before the last attendance logged (" + attended.orElse(null) + ")");
            Optional<PlatformChosen> later = plan.platforms().stream()
                    .filter(chosen -> LocalDate.ofInstant(chosen.programEndsAt(), ZoneOffset.UTC).isAfter(end))
                    .findFirst();
            violations.check(later.isEmpty(), "periodEnd", later.map(chosen -> "must not be before the programme of "
                    + chosen.platformName() + " (" + chosen.platformId() + ") ends: withdraw it first").orElse(""));
        }
        return violations.errors();
    }
}
