package com.netfocus.support.access;

import com.netfocus.contracts.caller.Caller;
import com.netfocus.contracts.caller.Roles;
import com.netfocus.support.problem.NotFoundException;

/**
 * Who may read a plan, or anything else a user owns (a contact), in every service alike:
 * <ul>
 *   <li>its owner, whatever their roles;</li>
 *   <li>a MANAGER of the team it belongs to (a caller without a team manages no team);</li>
 *   <li>an ADMIN of its org;</li>
 *   <li>anybody else of the org is refused (403); a caller of another org, or a thing of no known org, is
 *       answered as if it did not exist (404).</li>
 * </ul>
 * Pure: the services ask it with what their projections know of the owner, team and org.
 */
public final class ReadAccess {

    private ReadAccess() {
    }

    public static AccessDecision decide(Ownership owned, Caller caller) {
        if (owned == null || owned.org() == null || !owned.org().equals(caller.org())) {
            return AccessDecision.NOT_FOUND;
        }
        return scopeOf(caller).includes(owned) ? AccessDecision.ALLOWED : AccessDecision.FORBIDDEN;
    }

    /**
     * @param kind what the thing is, for the answer ("plan", "contact")
     * @throws NotFoundException  when the caller may not know it exists
     * @throws ForbiddenException when the caller is of its org but may not read it
     */
    public static void ensureReadable(String kind, String id, Ownership owned, Caller caller) {
        switch (decide(owned, caller)) {
            case NOT_FOUND -> throw new NotFoundException(kind, id);
            case FORBIDDEN -> throw new ForbiddenException("only the owner, a manager of its team or an admin of "
                    + "the org may read " + kind + " " + id);
            case ALLOWED -> {
                // readable
            }
        }
    }

    /** Everything the caller may read, as one filter for listings. */
    public static ReadScope scopeOf(Caller caller) {
        boolean managesTeam = caller.hasRole(Roles.MANAGER) && caller.team() != null && !caller.team().isBlank();
        return new ReadScope(caller.org(), caller.userId(), managesTeam ? caller.team() : null,
                caller.hasRole(Roles.ADMIN));
    }
}
