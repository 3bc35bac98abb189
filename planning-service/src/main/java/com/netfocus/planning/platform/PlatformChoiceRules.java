package com.netfocus.planning.platform;

import com.netfocus.planning.checks.Violations;
import com.netfocus.planning.limits.PlanRules;
import com.netfocus.planning.limits.TextLimit;
import com.netfocus.planning.state.Hours;
import com.netfocus.planning.state.PlanState;
import com.netfocus.support.problem.FieldError;

import java.util.List;

import static com.netfocus.planning.checks.Violations.blank;

/**
 * What choosing a platform needs: a platform of the org's catalog with valid programme times, chosen once, for at
 * least one of the plan's targets that is not retired, with arrive-early and stay-late minutes in range; and the hours
 * it plans must fit what is left of the budget (checked only once the rest holds, since it needs valid times).
 * Withdrawing a choice needs the choice, not yet attended (attendance is retracted first).
 */
public final class PlatformChoiceRules {

    private final int maxEarlyLateMinutes;
    private final TextLimit text;

    public PlatformChoiceRules(PlanRules rules) {
        this.maxEarlyLateMinutes = rules.maxEarlyLateMinutes();
        this.text = rules.text();
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
            String targetId = targetIds.get(i);
            violations.checkTarget("targetIds[" + i + "]", targetId, plan)
                    .check(!plan.isRetired(targetId), "targetIds[" + i + "]",
                            "target " + targetId + " is retired: no new work is planned for it");
        }
        return violations.isEmpty() ? withinBudget(plan, command) : violations.errors();
    }

    public List<FieldError> toWithdraw(PlanState plan, WithdrawPlatform command) {
        if (plan.platform(command.platformId()) == null) {
            return new Violations().check(false, "platformId", "is not chosen in this plan").errors();
        }
        return new Violations()
                .check(!plan.hasAttended(command.platformId()), "platformId",
                        "an attendance is logged at it: retract the attendance first to withdraw the choice")
                .checkLength("reason", command.reason(), text)
                .errors();
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
