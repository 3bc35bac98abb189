package com.netfocus.planning.platform;

import com.netfocus.contracts.plan.PlatformChosen;
import com.netfocus.contracts.plan.TargetIdentified;
import com.netfocus.planning.checks.Violations;
import com.netfocus.planning.limits.ListLimits;
import com.netfocus.planning.limits.PlanRules;
import com.netfocus.planning.limits.TextLimit;
import com.netfocus.planning.state.Hours;
import com.netfocus.planning.state.PlanState;
import com.netfocus.support.problem.FieldError;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static com.netfocus.planning.checks.Violations.blank;

/**
 * What choosing a platform needs: a platform of the org's catalog with valid programme times, a programme that has
 * not ended and lies within the plan's period, chosen once, for one to a few distinct targets of the plan, none of them
 * retired, each of an active objective and each served by the platform's audience (a platform is chosen for the people
 * who attend it), with arrive-early and stay-late minutes in range. Once the rest holds (it needs valid times): the stay
 * must not overlap one already chosen, and the hours it plans must fit what is left of the budget. Withdrawing a
 * choice needs the choice, not yet attended (attendance is retracted first).
 *
 * <p>A target naming a known contact is never served by a platform: known people are approached directly (outreach),
 * platforms are for the kinds of people whose names are not known yet. A platform whose audience planning does not
 * know (listed before the catalog shared audiences) is not checked against it.
 *
 * <p>Where the org says so, a choice that sends a second rep of the team to the same people ({@link TeamOverlapRule})
 * is refused, naming the teammates; elsewhere it is accepted with a warning.
 */
public final class PlatformChoiceRules {

    private final int maxEarlyLateMinutes;
    private final int maxTargets;
    private final TextLimit text;

    public PlatformChoiceRules(PlanRules rules) {
        this.maxEarlyLateMinutes = rules.maxEarlyLateMinutes();
        this.maxTargets = rules.lists().targetsPerChoice();
        this.text = rules.text();
    }

    public List<FieldError> toChoose(PlanState plan, ChoosePlatform command) {
        boolean known = !blank(command.platformName()) && command.programStartsAt() != null
                && command.programEndsAt() != null && command.programStartsAt().isBefore(command.programEndsAt());
        Violations violations = new Violations()
                .require("platformId", command.platformId())
                .require("now", command.now())
                .check(plan.platform(command.platformId()) == null, "platformId", "is already chosen for this plan")
                .check(known, "platformId",
                        "is not a platform of your org's catalog (or the catalog gives it no valid programme times)");
        if (known && command.now() != null) {
            checkProgramme(violations, plan, command);
        }
        checkTargets(violations, plan, command);
        violations
                .check(inRange(command.arriveEarlyMinutes()), "arriveEarlyMinutes",
                        "must be between 0 and " + maxEarlyLateMinutes)
                .check(inRange(command.stayLateMinutes()), "stayLateMinutes",
                        "must be between 0 and " + maxEarlyLateMinutes);
        if (!violations.isEmpty()) {
            return violations.errors();
        }
        return new Violations().addAll(noOverlap(plan, command)).addAll(withinBudget(plan, command))
                .addAll(noRefusedTeamOverlap(plan, command)).errors();
    }

    /** An overlap with a teammate's choice is refused where the org asks for it (else it is only a warning). */
    private static List<FieldError> noRefusedTeamOverlap(PlanState plan, ChoosePlatform command) {
        if (!command.refuseTeamOverlap()) {
            return List.of();
        }
        return TeamOverlapRule.overlap(plan, command)
                .map(overlap -> List.of(new FieldError("platformId", TeamOverlapRule.refusal(overlap))))
                .orElse(List.of());
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

    private static void checkProgramme(Violations violations, PlanState plan, ChoosePlatform command) {
        Instant starts = command.programStartsAt();
        Instant ends = command.programEndsAt();
        violations
                .check(ends.isAfter(command.now()), "platformId", "its programme ended at " + ends
                        + ": only a platform whose programme has not ended can be chosen; pick an upcoming one")
                .check(!starts.isBefore(plan.periodStartsAt()) && !ends.isAfter(plan.periodEndsAt()), "platformId",
                        "its programme (" + starts + " to " + ends + ") lies outside the plan's period "
                                + plan.periodStart() + " to " + plan.periodEnd() + ": choose it in a plan for then");
    }

    private void checkTargets(Violations violations, PlanState plan, ChoosePlatform command) {
        List<String> targetIds = command.targetIds();
        violations
                .check(!targetIds.isEmpty(), "targetIds",
                        "a platform is chosen for the people it serves: name at least one target")
                .check(targetIds.size() <= maxTargets, "targetIds", ListLimits.tooMany(maxTargets, "targets"));
        if (targetIds.size() > maxTargets) {
            return;
        }
        PlatformAudience audience = command.audience() == null ? null : new PlatformAudience(command.audience());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < targetIds.size(); i++) {
            String field = "targetIds[" + i + "]";
            String targetId = targetIds.get(i);
            violations.check(targetId == null || seen.add(targetId), field,
                    "target " + targetId + " is named twice: name each target once");
            violations.checkTarget(field, targetId, plan)
                    .check(!plan.isRetired(targetId), field,
                            "target " + targetId + " is retired: no new work is planned for it");
            TargetIdentified target = plan.target(targetId);
            if (target != null) {
                violations.addAll(Violations.openObjective(field, plan.objective(target.objectiveId()),
                        "a platform is chosen for the targets of active objectives"));
                checkServed(violations, field, target, audience);
            }
        }
    }

    private static void checkServed(Violations violations, String field, TargetIdentified target,
                                    PlatformAudience audience) {
        if (target.profile() == null) {
            violations.check(false, field, "target " + target.targetId() + " names a known contact: approach them "
                    + "directly (POST .../outreach); a platform is chosen for kinds of people its audience holds");
        } else if (audience != null) {
            violations.check(audience.serves(target.profile()), field, "the platform's audience ("
                    + audience.describe() + ") holds nobody of target " + target.targetId() + "'s profile: a platform "
                    + "is chosen for the people who attend it; see the recommendations for platforms that serve it");
        }
    }

    /** Refuses a stay (arrive early .. stay late) that shares time with one already chosen; touching ends do not. */
    private static List<FieldError> noOverlap(PlanState plan, ChoosePlatform command) {
        Instant arrival = command.programStartsAt().minus(Duration.ofMinutes(command.arriveEarlyMinutes()));
        Instant departure = command.programEndsAt().plus(Duration.ofMinutes(command.stayLateMinutes()));
        Violations violations = new Violations();
        for (PlatformChosen chosen : plan.platforms()) {
            Instant otherArrival = chosen.programStartsAt().minus(Duration.ofMinutes(chosen.arriveEarlyMinutes()));
            Instant otherDeparture = chosen.programEndsAt().plus(Duration.ofMinutes(chosen.stayLateMinutes()));
            violations.check(!(arrival.isBefore(otherDeparture) && otherArrival.isBefore(departure)), "platformId",
                    "its stay (" + arrival + " to " + departure + ") overlaps " + chosen.platformName() + " ("
                            + chosen.platformId() + ", " + otherArrival + " to " + otherDeparture
                            + "), already chosen: one person attends one platform at a time; change the minutes "
                            + "early or late, or choose another");
        }
        return violations.errors();
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
