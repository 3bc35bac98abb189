package com.netfocus.planning.plan;

import com.netfocus.contracts.caller.Caller;
import com.netfocus.contracts.caller.Roles;
import com.netfocus.support.access.ForbiddenException;
import com.netfocus.support.problem.NotFoundException;

import java.util.Objects;
import java.util.Set;

/**
 * Who may read and who may change a plan. A plan of another org does not exist for the caller (404, the same answer
 * as for an unknown id, so that plan ids cannot be probed across orgs); within the org a call that is not allowed
 * is forbidden (403), since the caller may know the plan exists anyway (a teammate's link).
 * <ul>
 *   <li>the owner reads and changes the plan, whatever their roles;</li>
 *   <li>a MANAGER reads the plans of their own team (the team the plan was created in);</li>
 *   <li>an ADMIN reads every plan of the org;</li>
 *   <li>nobody but the owner changes a plan: managers and admins oversee, they do not plan for a rep.</li>
 * </ul>
 * Opening a plan needs one of the org's roles (REP, MANAGER or ADMIN); the caller becomes its owner.
 */
public final class PlanAccess {

    private static final Set<String> ORG_ROLES = Set.of(Roles.REP, Roles.MANAGER, Roles.ADMIN);

    private PlanAccess() {
    }

    public static void ensureReadableBy(PlanOwnership plan, Caller caller) {
        ensureSameOrg(plan, caller);
        if (!mayRead(plan, caller)) {
            throw new ForbiddenException("only the owner, a manager of the plan's team or an admin of the org may "
                    + "read plan " + plan.planId());
        }
    }

    public static void ensureChangeableBy(PlanOwnership plan, Caller caller) {
        ensureSameOrg(plan, caller);
        if (!isOwner(plan, caller)) {
            throw new ForbiddenException("only the owner of plan " + plan.planId() + " may change it");
        }
    }

    public static void ensureMayCreate(Caller caller) {
        if (caller.roles().stream().noneMatch(ORG_ROLES::contains)) {
            throw new ForbiddenException("opening a plan needs one of the roles " + String.join(", ",
                    Roles.REP, Roles.MANAGER, Roles.ADMIN));
        }
    }

    /** Whether a caller of the plan's org may read it. */
    public static boolean mayRead(PlanOwnership plan, Caller caller) {
        return isOwner(plan, caller)
                || caller.hasRole(Roles.ADMIN)
                || caller.hasRole(Roles.MANAGER) && sameTeam(plan, caller);
    }

    private static void ensureSameOrg(PlanOwnership plan, Caller caller) {
        if (plan.org() == null || !plan.org().equals(caller.org())) {
            throw new NotFoundException("plan", plan.planId());
        }
    }

    private static boolean isOwner(PlanOwnership plan, Caller caller) {
        return plan.ownerId() != null && plan.ownerId().equals(caller.userId());
    }

    /** A caller without a team manages no team. */
    private static boolean sameTeam(PlanOwnership plan, Caller caller) {
        return caller.team() != null && !caller.team().isBlank() && Objects.equals(plan.team(), caller.team());
    }
}
