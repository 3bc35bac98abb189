package com.netfocus.support.access;

import com.netfocus.contracts.caller.Caller;
import com.netfocus.contracts.caller.Roles;
import com.netfocus.support.problem.NotFoundException;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReadAccessTest {

    private static final Ownership PLAN = new Ownership("org-1", "team-a", "ann");

    private static Caller caller(String user, String org, String team, String... roles) {
        return new Caller(user, org, team, Set.of(roles));
    }

    @Test
    void theOwnerReadsWhateverTheirRoles() {
        assertThat(ReadAccess.decide(PLAN, caller("ann", "org-1", "team-a", Roles.REP))).isEqualTo(AccessDecision.ALLOWED);
        assertThat(ReadAccess.decide(PLAN, caller("ann", "org-1", "team-b"))).isEqualTo(AccessDecision.ALLOWED);
    }

    @Test
    void anotherRepOfTheSameTeamIsForbidden() {
        assertThat(ReadAccess.decide(PLAN, caller("bob", "org-1", "team-a", Roles.REP))).isEqualTo(AccessDecision.FORBIDDEN);
    }

    @Test
    void aManagerReadsTheirTeamsOnly() {
        assertThat(ReadAccess.decide(PLAN, caller("meg", "org-1", "team-a", Roles.MANAGER))).isEqualTo(AccessDecision.ALLOWED);
        assertThat(ReadAccess.decide(PLAN, caller("max", "org-1", "team-b", Roles.MANAGER))).isEqualTo(AccessDecision.FORBIDDEN);
        assertThat(ReadAccess.decide(PLAN, caller("nat", "org-1", "", Roles.MANAGER))).isEqualTo(AccessDecision.FORBIDDEN);
        assertThat(ReadAccess.decide(new Ownership("org-1", null, "ann"), caller("nat", "org-1", "", Roles.MANAGER)))
                .as("no team on either side is no shared team").isEqualTo(AccessDecision.FORBIDDEN);
    }

    @Test
    void anAdminReadsTheWholeOrg() {
        assertThat(ReadAccess.decide(PLAN, caller("ada", "org-1", "team-z", Roles.ADMIN))).isEqualTo(AccessDecision.ALLOWED);
    }

    @Test
    void anotherOrgOrNoOrgIsNotFoundEvenForAnAdmin() {
        assertThat(ReadAccess.decide(PLAN, caller("ann", "org-2", "team-a", Roles.ADMIN, Roles.MANAGER)))
                .isEqualTo(AccessDecision.NOT_FOUND);
        assertThat(ReadAccess.decide(new Ownership(null, "team-a", "ann"), caller("ann", "org-1", "team-a", Roles.ADMIN)))
                .isEqualTo(AccessDecision.NOT_FOUND);
        assertThat(ReadAccess.decide(null, caller("ann", "org-1", "team-a", Roles.ADMIN))).isEqualTo(AccessDecision.NOT_FOUND);
    }

    @Test
    void ensureReadableThrowsTheMatchingProblem() {
        assertThatCode(() -> ReadAccess.ensureReadable("plan", "p-1", PLAN, caller("ann", "org-1", "team-a", Roles.REP)))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> ReadAccess.ensureReadable("plan", "p-1", PLAN, caller("bob", "org-1", "team-a", Roles.REP)))
                .isInstanceOf(ForbiddenException.class).hasMessageContaining("plan p-1");
        assertThatThrownBy(() -> ReadAccess.ensureReadable("contact", "c-1", PLAN, caller("bob", "org-2", "team-a", Roles.ADMIN)))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("contact c-1");
    }

    @Test
    void theListingScopeAgreesWithTheDecision() {
        var owned = java.util.List.of(PLAN, new Ownership("org-1", "team-b", "bob"), new Ownership("org-1", "team-a", "cy"),
                new Ownership("org-2", "team-a", "ann"), new Ownership("org-1", null, "ann"));
        var callers = java.util.List.of(caller("ann", "org-1", "team-a", Roles.REP),
                caller("meg", "org-1", "team-a", Roles.MANAGER), caller("max", "org-1", "team-b", Roles.MANAGER),
                caller("ada", "org-1", "team-z", Roles.ADMIN), caller("ann", "org-2", "team-a", Roles.ADMIN));
        for (Caller c : callers) {
            ReadScope scope = ReadAccess.scopeOf(c);
            for (Ownership o : owned) {
                assertThat(scope.includes(o)).as(c + " lists " + o)
                        .isEqualTo(ReadAccess.decide(o, c) == AccessDecision.ALLOWED);
            }
        }
        assertThat(ReadAccess.scopeOf(caller("ann", "org-1", "team-a", Roles.REP)).team())
                .as("a rep's scope names no team").isNull();
    }
}
