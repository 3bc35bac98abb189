package com.netfocus.planning.planlist;

import com.netfocus.contracts.caller.Caller;
import com.netfocus.support.access.ForbiddenException;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Whose plans each caller may list: the same rule as reading a plan. */
class PlanListScopesTest {

    private static final Caller REP = new Caller("rep-1", "acme", "north", Set.of("REP"));
    private static final Caller MANAGER = new Caller("mgr-1", "acme", "north", Set.of("MANAGER"));
    private static final Caller ADMIN = new Caller("adm-1", "acme", "hq", Set.of("ADMIN"));

    private static PlanListQuery query(String owner, String team, String scope) {
        return new PlanListQuery(owner, team, scope, null, null, null, null, null);
    }

    @Test
    void everyoneListsTheirOwnPlans() {
        assertThat(PlanListScopes.of(REP, query(null, null, null))).isEqualTo(ListScope.owner("acme", "rep-1"));
        assertThat(PlanListScopes.of(REP, query("rep-1", null, "own"))).isEqualTo(ListScope.owner("acme", "rep-1"));
        assertThat(PlanListScopes.of(ADMIN, query(null, null, null))).isEqualTo(ListScope.owner("acme", "adm-1"));
    }

    @Test
    void aManagerListsTheirTeamAndItsMembersOnly() {
        assertThat(PlanListScopes.of(MANAGER, query(null, "north", null))).isEqualTo(ListScope.team("acme", "north"));
        assertThat(PlanListScopes.of(MANAGER, query("rep-1", null, null)))
                .isEqualTo(ListScope.member("acme", "north", "rep-1"));
        assertThat(PlanListScopes.of(MANAGER, query("rep-1", "north", null)))
                .isEqualTo(ListScope.member("acme", "north", "rep-1"));
        assertThatThrownBy(() -> PlanListScopes.of(MANAGER, query(null, "south", null)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> PlanListScopes.of(MANAGER, query(null, null, "org")))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void anAdminListsAnyTeamOrMemberOfTheOrgOrTheWholeOrg() {
        assertThat(PlanListScopes.of(ADMIN, query(null, "south", null))).isEqualTo(ListScope.team("acme", "south"));
        assertThat(PlanListScopes.of(ADMIN, query("rep-9", null, null))).isEqualTo(ListScope.owner("acme", "rep-9"));
        assertThat(PlanListScopes.of(ADMIN, query(null, null, "ORG"))).isEqualTo(ListScope.org("acme"));
    }

    @Test
    void aRepListsNobodyElses() {
        assertThatThrownBy(() -> PlanListScopes.of(REP, query("rep-2", null, null)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> PlanListScopes.of(REP, query(null, "north", null)))
                .isInstanceOf(ForbiddenException.class);
    }
}
