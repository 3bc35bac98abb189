package com.netfocus.planning.plan;

import com.netfocus.contracts.plan.ObjectiveAchieved;
import com.netfocus.contracts.plan.PlanClosed;
import com.netfocus.contracts.plan.TargetProfile;
import com.netfocus.planning.attendance.CorrectAttendance;
import com.netfocus.planning.attendance.RecordAttendance;
import com.netfocus.planning.attendance.RetractAttendance;
import com.netfocus.planning.checks.PlanClosedException;
import com.netfocus.planning.followup.CancelFollowUp;
import com.netfocus.planning.followup.CompleteFollowUp;
import com.netfocus.planning.followup.CompleteReachedFollowUp;
import com.netfocus.planning.followup.ReviseFollowUp;
import com.netfocus.planning.followup.ScheduleFollowUp;
import com.netfocus.planning.objective.AbandonObjective;
import com.netfocus.planning.objective.AchieveObjective;
import com.netfocus.planning.objective.DefineObjective;
import com.netfocus.planning.objective.RecordObjectiveProgress;
import com.netfocus.planning.objective.ReviseObjective;
import com.netfocus.planning.outreach.LogOutreach;
import com.netfocus.planning.platform.ChoosePlatform;
import com.netfocus.planning.platform.WithdrawPlatform;
import com.netfocus.planning.sending.CallerMetaData;
import com.netfocus.planning.target.IdentifyTarget;
import com.netfocus.planning.target.RetireTarget;
import com.netfocus.support.access.ForbiddenException;
import com.netfocus.support.problem.NotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.netfocus.planning.plan.PlanGivens.CALLER;
import static com.netfocus.planning.plan.PlanGivens.CHOSEN;
import static com.netfocus.planning.plan.PlanGivens.CREATED;
import static com.netfocus.planning.plan.PlanGivens.END;
import static com.netfocus.planning.plan.PlanGivens.OBJECTIVE;
import static com.netfocus.planning.plan.PlanGivens.ORG;
import static com.netfocus.planning.plan.PlanGivens.PLAN;
import static com.netfocus.planning.plan.PlanGivens.START;
import static com.netfocus.planning.plan.PlanGivens.TODAY;
import static com.netfocus.planning.plan.PlanGivens.TARGET;

/**
 * The aggregate's access rule for commands: only the plan's owner changes it; anyone else of the org is forbidden,
 * anyone of another org does not find it; a closed plan refuses every change, even its owner's; refused commands
 * record nothing, and are refused before any business rule looks at them (so a refusal tells nothing about the plan's
 * content).
 */
class PlanChangeAccessTest {

    private static final Map<String, String> TEAMMATE = caller("rep-2", ORG, "north", "REP");
    private static final Map<String, String> MANAGER = caller("mgr-1", ORG, "north", "MANAGER");
    private static final Map<String, String> OTHER_MANAGER = caller("mgr-2", ORG, "south", "MANAGER");
    private static final Map<String, String> TEAMLESS_MANAGER = caller("mgr-3", ORG, "", "MANAGER");
    private static final Map<String, String> ADMIN = caller("adm-1", ORG, "hq", "ADMIN,MANAGER,REP");
    private static final Map<String, String> STRANGER = caller("rep-1", "globex", "north", "ADMIN,MANAGER,REP");

    private AggregateTestFixture<NetworkingPlan> fixture;

    @BeforeEach
    void setUp() {
        fixture = PlanGivens.fixture();
    }

    private static Map<String, String> caller(String user, String org, String team, String roles) {
        return Map.of(CallerMetaData.ACTOR, user, CallerMetaData.ORG, org, CallerMetaData.TEAM, team,
                CallerMetaData.ROLES, roles);
    }

    /** One command of every kind the plan handles; their content does not matter, access is decided first. */
    private static List<Object> everyCommand() {
        return List.of(
                new DefineObjective(PLAN, "o9", null, null, null, null, null, null, null),
                new ReviseObjective(PLAN, "o1", null, null, null, null, null, null, null),
                new RecordObjectiveProgress(PLAN, "o1", null, null),
                new AchieveObjective(PLAN, "o1", null),
                new AbandonObjective(PLAN, "o1", null),
                new IdentifyTarget(PLAN, "t9", "o1", null, null, null, null, false),
                new LogOutreach(PLAN, "r1", "t1", null, null, null, null),
                new ChoosePlatform(PLAN, "p9", null, null, null, null, null, null, null, null),
                new RecordAttendance(PLAN, "a1", "p1", null, null, null, null, null, null, null, null),
                new ScheduleFollowUp(PLAN, null, null, null),
                new CompleteFollowUp(PLAN, "f1", null, null),
                new RevisePlan(PLAN, "Renamed", null, null, null, null),
                new ClosePlan(PLAN, null, null),
                new WithdrawPlatform(PLAN, "p1", null),
                new RetireTarget(PLAN, "t1", null),
                new CorrectAttendance(PLAN, "a1", null, null, null, null, null, null, null, null),
                new RetractAttendance(PLAN, "a1", null),
                new ReviseFollowUp(PLAN, "f1", null, null, null, null),
                new CancelFollowUp(PLAN, "f1", null),
                new CompleteReachedFollowUp(PLAN, "r1"));
    }

    @Test
    void theOwnerChangesTheirPlan() {
        fixture.given(CREATED, OBJECTIVE)
                .when(new IdentifyTarget(PLAN, "t1", "o1", null, new TargetProfile("finance", "CFO", "healthcare"), 1,
                        "they sign", false), CALLER)
                .expectSuccessfulHandlerExecution()
                .expectEvents(TARGET);
        fixture.given(CREATED, OBJECTIVE)
                .when(new AchieveObjective(PLAN, "o1", null), CALLER)
                .expectEvents(new ObjectiveAchieved(PLAN, "o1", null));
    }

    @Test
    void nobodyElseOfTheOrgChangesItWhateverTheirRole() {
        for (Map<String, String> other : List.of(TEAMMATE, MANAGER, OTHER_MANAGER, TEAMLESS_MANAGER, ADMIN)) {
            for (Object command : everyCommand()) {
                fixture.given(CREATED, OBJECTIVE, TARGET, CHOSEN)
                        .when(command, other)
                        .expectException(ForbiddenException.class)
                        .expectExceptionMessage(PlanGivens.mentions("only the owner"))
                        .expectNoEvents();
            }
        }
    }

    @Test
    void anotherOrgDoesNotFindThePlanEvenWithTheOwnersUserIdAndEveryRole() {
        for (Object command : everyCommand()) {
            fixture.given(CREATED, OBJECTIVE, TARGET, CHOSEN)
                    .when(command, STRANGER)
                    .expectException(NotFoundException.class)
                    .expectNoEvents();
        }
    }

    @Test
    void aClosedPlanRefusesEveryChangeOfItsOwnerAndStillHidesFromAnotherOrg() {
        for (Object command : everyCommand()) {
            fixture.given(CREATED, OBJECTIVE, TARGET, CHOSEN, new PlanClosed(PLAN, "plan-2", null))
                    .when(command, CALLER)
                    .expectException(PlanClosedException.class)
                    .expectExceptionMessage(PlanGivens.mentions("is closed", "plan-2"))
                    .expectNoEvents();
            fixture.given(CREATED, OBJECTIVE, TARGET, CHOSEN, new PlanClosed(PLAN, "plan-2", null))
                    .when(command, STRANGER)
                    .expectException(NotFoundException.class)
                    .expectNoEvents();
        }
    }

    @Test
    void aCommandWithoutCallerIsRefused() {
        fixture.given(CREATED)
                .when(new AchieveObjective(PLAN, "o1", null))
                .expectException(NotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void openingAPlanNeedsARoleOfTheOrg() {
        for (Map<String, String> member : List.of(CALLER, MANAGER, ADMIN)) {
            fixture.givenNoPriorActivity()
                    .when(new CreatePlan(PLAN, "Hospitals 2030", START, END, 10, member.get(CallerMetaData.ACTOR), ORG,
                            member.get(CallerMetaData.TEAM), TODAY, null), member)
                    .expectSuccessfulHandlerExecution();
        }
        for (String roles : List.of("", "AUDITOR")) {
            fixture.givenNoPriorActivity()
                    .when(new CreatePlan(PLAN, "Hospitals 2030", START, END, 10, "guest", ORG, "north", TODAY, null),
                            caller("guest", ORG, "north", roles))
                    .expectException(ForbiddenException.class)
                    .expectNoEvents();
        }
    }
}
