package com.netfocus.planning.plan;

import com.netfocus.contracts.caller.Caller;
import com.netfocus.support.access.ForbiddenException;
import com.netfocus.support.problem.NotFoundException;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Who reads and who changes a plan: the owner both, the team's manager and the org's admins read, others nothing. */
class PlanAccessTest {

    private static final PlanOwnership PLAN = new PlanOwnership("plan-1", "acme", "north", "rep-1");

    private static Caller caller(String user, String org, String team, String... roles) {
        return new Caller(user, org, team, Set.of(roles));
    }

    private static final Caller OWNER = caller("rep-1", "acme", "north", "REP");
    private static final Caller TEAMMATE = caller("rep-2", "acme", "north", "REP");
    private static final Caller MANAGER = caller("mgr-1", "acme", "north", "MANAGER");
    private static final Caller OTHER_MANAGER = caller("mgr-2", "acme", "south", "MANAGER");
    private static final Caller TEAMLESS_MANAGER = caller("mgr-3", "acme", "", "MANAGER");
    private static final Caller ADMIN = caller("adm-1", "acme", "hq", "ADMIN");
    private static final Caller STRANGER = caller("rep-1", "globex", "north", "REP", "MANAGER", "ADMIN");

    @Test
    void theOwnerReadsAndChangesTheirPlan() {
        assertThatCode(() -> PlanAccess.ensureReadableBy(PLAN, OWNER)).doesNotThrowAnyException();
        assertThatCode(() -> PlanAccess.ensureChangeableBy(PLAN, OWNER)).doesNotThrowAnyException();
    }

    @Test
    void theTeamsManagerAndTheOrgsAdminReadButDoNotChange() {
        for (Caller overseer : new Caller[] {MANAGER, ADMIN}) {
            assertThatCode(() -> PlanAccess.ensureReadableBy(PLAN, overseer)).doesNotThrowAnyException();
            assertThatThrownBy(() -> PlanAccess.ensureChangeableBy(PLAN, overseer))
                    .isInstanceOf(ForbiddenException.class).hasMessageContaining("only the owner");
        }
    }

    @Test
    void anotherRepAndAManagerOfAnotherOrNoTeamAreForbiddenBoth() {
        for (Caller outsider : new Caller[] {TEAMMATE, OTHER_MANAGER, TEAMLESS_MANAGER}) {
            assertThatThrownBy(() -> PlanAccess.ensureReadableBy(PLAN, outsider))
                    .isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> PlanAccess.ensureChangeableBy(PLAN, outsider))
                    .isInstanceOf(ForbiddenException.class);
        }
    }

    @Test
    void anotherOrgDoesNotFindThePlanWhateverItsRolesOrUserId() {
        assertThatThrownBy(() -> PlanAccess.ensureReadableBy(PLAN, STRANGER)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> PlanAccess.ensureChangeableBy(PLAN, STRANGER)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void openingAPlanNeedsOneOfTheOrgsRoles() {
        for (Caller member : new Caller[] {OWNER, MANAGER, ADMIN}) {
            assertThatCode(() -> PlanAccess.ensureMayCreate(member)).doesNotThrowAnyException();
        }
        assertThatThrownBy(() -> PlanAccess.ensureMayCreate(caller("guest", "acme", "north")))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> PlanAccess.ensureMayCreate(caller("guest", "acme", "north", "AUDITOR")))
                .isInstanceOf(ForbiddenException.class);
    }
}
