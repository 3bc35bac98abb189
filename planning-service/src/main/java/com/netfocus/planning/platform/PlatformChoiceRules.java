package com.netfocus.planning.platform;

import com.netfocus.planning.checks.Violations;
import com.netfocus.planning.limits.PlanRules;
import com.netfocus.planning.state.Hours;
import com.netfocus.planning.state.PlanState;
import com.netfocus.support.problem.FieldError;

import java.util.List;

import static com.netfocus.planning.checks.Violations.blank;

/**
 * What choosing a platform needs: a platform of the org's catalog with valid programme times, chosen once, for at
 * least one of the plan's targets, with arrive-early and stay-late minutes in range; and the hours it plans must fit
 * what is left of the budget (checked only once the rest holds, since it needs valid times). Where the org says so, a
 * choice that sends a second rep of the team to the same people ({@link TeamOverlapRule}) is refused, naming the
 * teammates.
 */
public final class PlatformChoiceRules {

    private final int maxEarlyLateMinutes;

    public PlatformChoiceRules(PlanRules rules) {
        this.maxEarlyLateMinutes = rules.maxEarlyLateMinutes();
    }

    public List<FieldError> toChoose(PlanState plan, ChoosePlatform command) {
        Violations violations = new Violations()
                .require("platformId", command.platformId())
                .check(plan.platform(command.platformId()) == null, "platformId", "is already chosen for this plan")
                .check(!blank(command.platformName()) && command.programStartsAt() != null
                                && command.programEndsAt() != null
                                && command.programStartsAt().isBefore(command.programEndsAt()), "platformId",
                        "is not a platform of your org's catalog (or the catalog gives it no valid programme times)")
                .check(!command.targetIds().isEmpty(), "targetIds",
                        "a platform is chosen for the people it serves: name at least one target")
                .check(inRange(command.arriveEarlyMinutes()), "arriveEarlyMinutes",
                        "must be between 0 and " + maxEarlyLateMinutes)
                .check(inRange(command.stayLateMinutes()), "stayLateMinutes",
                        "must be between 0 and " + maxEarlyLateMinutes);
        List<String> targetIds = command.targetIds();
        for (int i = 0; i < targetIds.size(); i++) {
            violations.checkTarget("targetIds[" + i + "]", targetIds.get(i), plan);
        }
        if (!violations.isEmpty()) {
            return violations.errors();
        }
        return new Violations().addAll(withinBudget(plan, command)).addAll(noRefusedOverlap(plan, command)).errors();
    }

    /** An overlap with a teammate's choice is refused where the org asks for it (else it is only a warning). */
    private static List<FieldError> noRefusedOverlap(PlanState plan, ChoosePlatform command) {
        if (!command.refuseTeamOverlap()) {
            return List.of();
        }
        return TeamOverlapRule.overlap(plan, command)
                .map(overlap -> List.of(new FieldError("platformId", TeamOverlapRule.refusal(overlap))))
                .orElse(List.of());
    }

    /** The programme plus the minutes before and after it; only for a command these rules accepted. */
    public static double plannedHours(ChoosePlatform command) {
        return Hours.between(command.programStartsAt(), command.programEndsAt())
                + Hours.ofMinutes(command.arriveEarlyMinutes() + command.stayLateMinutes());
    }

    private static List<FieldError> withinBudget(PlanState plan, ChoosePlatform command) {
        double planned = plannedHours(command);
        double alreadyPlanned = plan.plannedHours();
        return new Violations().check(alreadyPlanned + planned <= plan.hoursBudget(), "hoursBudget",
                        "choosing it plans " + Hours.format(planned) + " h; with " + Hours.format(alreadyPlanned)
                                + " h already planned that exceeds the budget of " + Hours.format(plan.hoursBudget())
                                + " h")
                .errors();
    }

    private boolean inRange(Integer minutes) {
        return minutes != null && minutes >= 0 && minutes <= maxEarlyLateMinutes;
    }
}
