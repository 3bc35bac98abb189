package com.netfocus.planning.planlist;

import com.netfocus.contracts.caller.Caller;
import com.netfocus.contracts.caller.Roles;
import com.netfocus.support.access.ForbiddenException;

import java.util.Objects;

/**
 * Whose plans a caller may list, the same rule as for reading one plan: their own; a MANAGER, their team's (all of
 * it, or one member's); an ADMIN, any team's or member's of the org, or the whole org ({@code scope=org}). Anything
 * else is forbidden (403). Pure.
 */
final class PlanListScopes {

    private PlanListScopes() {
    }

    static ListScope of(Caller caller, PlanListQuery query) {
        String org = caller.org();
        boolean admin = caller.hasRole(Roles.ADMIN);
        if (query.wholeOrg()) {
            if (!admin || query.owner() != null || query.team() != null) {
                throw new ForbiddenException("only an admin lists the whole org's plans (scope=org, without owner "
                        + "or team)");
            }
            return ListScope.org(org);
        }
        String owner = query.owner();
        String team = query.team();
        if (team != null) {
            ensureMaySee(caller, team, admin);
            return owner == null ? ListScope.team(org, team) : ListScope.member(org, team, owner);
        }
        if (owner == null || owner.equals(caller.userId())) {
            return ListScope.owner(org, owner == null ? caller.userId() : owner);
        }
        if (admin) {
            return ListScope.owner(org, owner);
        }
        if (managesATeam(caller)) {
            // a manager sees a member's plans within their own team only
            return ListScope.member(org, caller.team(), owner);
        }
        throw new ForbiddenException("a rep lists their own plans; a manager their team's, an admin the org's");
    }

    private static void ensureMaySee(Caller caller, String team, boolean admin) {
        if (!admin && !(managesATeam(caller) && Objects.equals(caller.team(), team))) {
            throw new ForbiddenException("only the manager of team " + team + " or an admin lists its plans");
        }
    }

    private static boolean managesATeam(Caller caller) {
        return caller.hasRole(Roles.MANAGER) && caller.team() != null && !caller.team().isBlank();
    }
}
