package com.netfocus.catalog.teams;

import com.netfocus.contracts.caller.Caller;
import com.netfocus.contracts.caller.Roles;
import com.netfocus.support.access.ForbiddenException;
import com.netfocus.support.problem.NotFoundException;

/**
 * Who may read a team's coverage and portfolio: a MANAGER of that team and an ADMIN of the org; anybody else of the
 * org is refused (403). A team the caller's org has no plan of is answered as absent (404) to everybody, so that
 * another org's teams cannot be probed (a team is known by its members' plans). Pure.
 */
final class TeamAccess {

    private TeamAccess() {
    }

    /**
     * @param known whether the caller's org has a plan of the team
     * @throws NotFoundException  the team is unknown in the caller's org
     * @throws ForbiddenException the caller neither manages the team nor administers the org
     */
    static void ensureReadable(Caller caller, String team, boolean known) {
        boolean manager = caller.hasRole(Roles.MANAGER) && team.equals(caller.team());
        boolean admin = caller.hasRole(Roles.ADMIN);
        if (!known) {
            throw new NotFoundException("team", team);
        }
        if (!manager && !admin) {
            throw new ForbiddenException("only a manager of team " + team + " or an admin of the org may read its "
                    + "coverage and portfolio");
        }
    }
}
