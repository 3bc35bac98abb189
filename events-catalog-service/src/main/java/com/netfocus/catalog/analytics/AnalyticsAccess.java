package com.netfocus.catalog.analytics;

import com.netfocus.contracts.caller.Caller;
import com.netfocus.contracts.caller.Roles;
import com.netfocus.support.access.ForbiddenException;
import com.netfocus.support.problem.NotFoundException;

import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Who may read which dashboard (pure). Everything is read within the caller's own org, so another org's figures
 * cannot be reached at all:
 * <ul>
 *   <li>scope rep (default: the caller): the rep himself; a MANAGER for the members of his team; an ADMIN for anyone;</li>
 *   <li>scope team (default: the caller's team): its MANAGER, or an ADMIN; a REP never (403);</li>
 *   <li>scope org: an ADMIN only (403); naming another org is answered 404.</li>
 * </ul>
 */
final class AnalyticsAccess {

    /** A scope and subject the caller may read, as stored ({@link AnalyticsStore#REP} ...). */
    record Subject(String scope, String subject) {
    }

    private AnalyticsAccess() {
    }

    /**
     * @param scope       "rep", "team" or "org" (checked by the query), null for rep
     * @param teamMembers the members of a team of the caller's org
     */
    static Subject resolve(Caller caller, String scope, String subject, Function<String, Set<String>> teamMembers) {
        String wanted = scope == null ? AnalyticsStore.REP : scope.toLowerCase(Locale.ROOT);
        boolean admin = caller.hasRole(Roles.ADMIN);
        switch (wanted) {
            case AnalyticsStore.TEAM -> {
                String team = blank(subject) ? caller.team() : subject;
                ensureTeamReadable(caller, team);
                return new Subject(AnalyticsStore.TEAM, team);
            }
            case AnalyticsStore.ORG -> {
                if (!blank(subject) && !subject.equals(caller.org())) {
                    throw new NotFoundException("org", subject);
                }
                if (!admin) {
                    throw new ForbiddenException("only an ADMIN reads the whole org's analytics");
                }
                return new Subject(AnalyticsStore.ORG, caller.org());
            }
            default -> {
                String rep = blank(subject) ? caller.userId() : subject;
                boolean managesRep = caller.hasRole(Roles.MANAGER) && !blank(caller.team())
                        && teamMembers.apply(caller.team()).contains(rep);
                if (!rep.equals(caller.userId()) && !admin && !managesRep) {
                    throw new ForbiddenException("a rep's analytics are read by the rep, a MANAGER of the rep's team "
                            + "or an ADMIN");
                }
                return new Subject(AnalyticsStore.REP, rep);
            }
        }
    }

    /** A team's figures: its MANAGER or an ADMIN of the org. */
    static void ensureTeamReadable(Caller caller, String team) {
        boolean manager = caller.hasRole(Roles.MANAGER) && !blank(team) && team.equals(caller.team());
        if (!manager && !caller.hasRole(Roles.ADMIN)) {
            throw new ForbiddenException("a team's analytics are read by its MANAGER or an ADMIN");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
