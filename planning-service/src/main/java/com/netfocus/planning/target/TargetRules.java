package com.netfocus.planning.target;

import com.netfocus.contracts.plan.PlatformChosen;
import com.netfocus.contracts.plan.TargetProfile;
import com.netfocus.planning.checks.Violations;
import com.netfocus.planning.limits.PlanRules;
import com.netfocus.planning.limits.TextLimit;
import com.netfocus.planning.state.PlanState;
import com.netfocus.support.problem.FieldError;
import com.netfocus.support.problem.NotFoundException;

import java.util.List;

import static com.netfocus.planning.checks.Violations.blank;

/**
 * What a target needs: an active objective of the plan it serves (the what determines the who; a closed objective
 * takes no new work), and either a known contact of the org or a profile saying at least something about the kind of
 * person, and a priority. A target is retired once; the choices it leaves without any other active target are named,
 * not withdrawn (the owner decides).
 */
public final class TargetRules {

    /** The priority scale of the plan events' contract. */
    private static final int HIGHEST_PRIORITY = 1;
    private static final int LOWEST_PRIORITY = 5;

    private final TextLimit text;

    public TargetRules(PlanRules rules) {
        this.text = rules.text();
    }

    public List<FieldError> toIdentify(PlanState plan, IdentifyTarget command) {
        TargetProfile profile = command.profile();
        boolean hasContact = command.namesContact();
        boolean hasProfile = command.namesProfile();
        Integer priority = command.priority();
        return new Violations()
                .require("targetId", command.targetId())
                .check(!plan.hasTarget(command.targetId()), "targetId", "already exists in this plan")
                .check(plan.hasObjective(command.objectiveId()), "objectiveId",
                        "no objective " + command.objectiveId() + " in this plan: the what determines the who")
                .addAll(Violations.openObjective("objectiveId", plan.objective(command.objectiveId()),
                        "a target serves an active objective"))
                .check(!(hasContact && hasProfile), "contactId", "give either a contactId or a profile, not both")
                .checkKnownContact("contactId", command.contactId(), command.contactKnown())
                .check(hasContact || hasProfile, "profile", "give a contactId (a known person) or a profile")
                .check(!hasProfile || !blank(profile.function()) || !blank(profile.position())
                        || !blank(profile.industry()), "profile", "needs at least one of function, position, industry")
                .check(priority != null && priority >= HIGHEST_PRIORITY && priority <= LOWEST_PRIORITY, "priority",
                        "must be between " + HIGHEST_PRIORITY + " (highest) and " + LOWEST_PRIORITY)
                .checkLength("rationale", command.rationale(), text)
                .errors();
    }

    /** An unknown target is a 404 ({@link NotFoundException}); a retired one is not retired again. */
    public List<FieldError> toRetire(PlanState plan, RetireTarget command) {
        if (!plan.hasTarget(command.targetId())) {
            throw new NotFoundException("target", command.targetId());
        }
        return new Violations()
                .check(!plan.isRetired(command.targetId()), "targetId", "is already retired")
                .checkLength("reason", command.reason(), text)
                .errors();
    }

    /** The chosen platforms every active target of which is this one. */
    public static List<String> choicesServingOnly(PlanState plan, String targetId) {
        return plan.platforms().stream()
                .filter(chosen -> chosen.targetIds().contains(targetId) && chosen.targetIds().stream()
                        .allMatch(id -> id.equals(targetId) || plan.isRetired(id)))
                .map(PlatformChosen::platformId)
                .toList();
    }
}
