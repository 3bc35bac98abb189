package com.netfocus.planning.plan;

import com.netfocus.contracts.caller.Caller;
import com.netfocus.planning.view.PlanViewRenderer;
import com.netfocus.support.access.ForbiddenException;
import com.netfocus.support.access.Ownership;
import com.netfocus.support.access.ReadAccess;
import com.netfocus.support.problem.NotFoundException;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static com.netfocus.planning.plan.PlanGivens.CREATED;
import static com.netfocus.planning.plan.PlanGivens.OBJECTIVE;
import static com.netfocus.planning.plan.PlanGivens.PLAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Who reads a plan, by the shared rule and the ownership the plan's own events give it: the owner, the team's
 * manager and the org's admins; others of the org are forbidden, another org does not find it. (Who changes it:
 * {@link PlanChangeAccessTest}.)
 */
class PlanReadAccessTest {

    private static final Ownership OWNED = PlanGivens.state(CREATED, OBJECTIVE).ownership();

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

    private static void ensureReadableBy(Caller caller) {
        ReadAccess.ensureReadable("plan", PLAN, OWNED, caller);
    }

    @Test
    void thePlanIsOwnedAsItsCreationRecorded() {
        assertThat(OWNED).isEqualTo(new Ownership("acme", "north", "rep-1"));
        assertThat(PlanViewRenderer.render(PlanGivens.state(CREATED, OBJECTIVE)).ownership()).isEqualTo(OWNED);
    }

    @Test
    void theOwnerTheTeamsManagerAndTheOrgsAdminRead() {
        for (Caller reader : new Caller[] {OWNER, MANAGER, ADMIN}) {
            assertThatCode(() -> ensureReadableBy(reader)).doesNotThrowAnyException();
        }
    }

    @Test
    void anotherRepAndAManagerOfAnotherOrNoTeamAreForbidden() {
        for (Caller outsider : new Caller[] {TEAMMATE, OTHER_MANAGER, TEAMLESS_MANAGER}) {
            assertThatThrownBy(() -> ensureReadableBy(outsider))
                    .isInstanceOf(ForbiddenException.class).hasMessageContaining("plan " + PLAN);
        }
    }

    @Test
    void anotherOrgDoesNotFindThePlanWhateverItsRolesOrUserId() {
        assertThatThrownBy(() -> ensureReadableBy(STRANGER)).isInstanceOf(NotFoundException.class);
    }
}
