package com.netfocus.planning.plan;

import com.netfocus.contracts.plan.AttendanceIds;
import com.netfocus.contracts.plan.EventAttended;
import com.netfocus.contracts.plan.FollowUp;
import com.netfocus.contracts.plan.ObjectiveAbandoned;
import com.netfocus.contracts.plan.ObjectiveAchieved;
import com.netfocus.contracts.plan.ObjectiveDefined;
import com.netfocus.contracts.plan.PersonMet;
import com.netfocus.contracts.plan.PlanCreated;
import com.netfocus.contracts.plan.PlatformChosen;
import com.netfocus.contracts.plan.TargetIdentified;
import com.netfocus.contracts.plan.TargetProfile;
import com.netfocus.planning.limits.OrgSettings;
import com.netfocus.planning.attendance.RecordAttendance;
import com.netfocus.planning.objective.DefineObjective;
import com.netfocus.planning.objective.ObjectiveAccepted;
import com.netfocus.planning.platform.ChoosePlatform;
import com.netfocus.planning.platform.PlatformAccepted;
import com.netfocus.planning.platform.TeamOverlap;
import com.netfocus.planning.team.TeammateChoice;
import com.netfocus.planning.team.Teammates;
import com.netfocus.planning.sending.CallerMetaData;
import com.netfocus.planning.target.IdentifyTarget;
import com.netfocus.planning.view.PlanStatus;
import com.netfocus.support.problem.ConflictingInputException;
import com.netfocus.support.problem.NotFoundException;
import com.netfocus.support.problem.RejectedInputException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.netfocus.planning.plan.PlanGivens.AFTERWARDS;
import static com.netfocus.planning.plan.PlanGivens.ATTENDANCE;
import static com.netfocus.planning.plan.PlanGivens.AUDIENCE;
import static com.netfocus.planning.plan.PlanGivens.CALLER;
import static com.netfocus.planning.plan.PlanGivens.CHOSEN;
import static com.netfocus.planning.plan.PlanGivens.CREATED;
import static com.netfocus.planning.plan.PlanGivens.END;
import static com.netfocus.planning.plan.PlanGivens.NOW;
import static com.netfocus.planning.plan.PlanGivens.OBJECTIVE;
import static com.netfocus.planning.plan.PlanGivens.ORG;
import static com.netfocus.planning.plan.PlanGivens.PLAN;
import static com.netfocus.planning.plan.PlanGivens.PROGRAM_END;
import static com.netfocus.planning.plan.PlanGivens.PROGRAM_START;
import static com.netfocus.planning.plan.PlanGivens.START;
import static com.netfocus.planning.plan.PlanGivens.TARGET;
import static com.netfocus.planning.plan.PlanGivens.TODAY;
import static com.netfocus.planning.plan.PlanGivens.attendance;
import static com.netfocus.planning.plan.PlanGivens.choice;
import static com.netfocus.planning.plan.PlanGivens.createPlan;
import static com.netfocus.planning.plan.PlanGivens.mentions;
import static org.assertj.core.api.Assertions.assertThat;

/** Every rule of the plan, given events, when a command, then the events or the refusal (and nothing stored). */
class NetworkingPlanTest {

    private AggregateTestFixture<NetworkingPlan> fixture;

    @BeforeEach
    void setUp() {
        fixture = PlanGivens.fixture();
    }

    @Nested
    class CreatePlanRules {

        @Test
        void aValidPlanIsCreated() {
            fixture.givenNoPriorActivity()
                    .when(createPlan("Hospitals 2030", START, END, 10), CALLER)
                    .expectEvents(CREATED);
        }

        @Test
        void theTitleMustNotBeBlank() {
            fixture.givenNoPriorActivity()
                    .when(createPlan(" ", START, END, 10), CALLER)
                    .expectException(RejectedInputException.class)
                    .expectExceptionMessage(mentions("title"))
                    .expectNoEvents();
        }

        @Test
        void thePeriodMustStartBeforeItEnds() {
            fixture.givenNoPriorActivity()
                    .when(createPlan("x", END, START, 10), CALLER)
                    .expectException(RejectedInputException.class)
                    .expectExceptionMessage(mentions("periodEnd", "after periodStart"))
                    .expectNoEvents();
            fixture.givenNoPriorActivity()
                    .when(createPlan("x", START, START, 10), CALLER)
                    .expectException(RejectedInputException.class);
        }

        @Test
        void theBudgetMustBePositive() {
            fixture.givenNoPriorActivity()
                    .when(createPlan("x", START, END, 0), CALLER)
                    .expectException(RejectedInputException.class)
                    .expectExceptionMessage(mentions("hoursBudget", "positive"))
                    .expectNoEvents();
        }

        @Test
        void theBudgetMustNotExceedTheMaximum() {
            fixture.givenNoPriorActivity()
                    .when(createPlan("x", START, END, 2000.5), CALLER)
                    .expectException(RejectedInputException.class)
                    .expectExceptionMessage(mentions("hoursBudget", "at most 2000"))
                    .expectNoEvents();
        }

        @Test
        void aPeriodThatEndedYearsAgoIsRefused() {
            fixture.givenNoPriorActivity()
                    .when(createPlan("Hospitals 2019", LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31), 10),
                            CALLER)
                    .expectException(RejectedInputException.class)
                    .expectExceptionMessage(mentions("periodEnd", "ended on 2019-12-31", "must end after today"))
                    .expectNoEvents();
        }

        @Test
        void aPeriodSpanningThousandsOfYearsIsRefused() {
            fixture.givenNoPriorActivity()
                    .when(createPlan("Forever", START, START.plusYears(5000), 10), CALLER)
                    .expectException(RejectedInputException.class)
                    .expectExceptionMessage(mentions("periodEnd", "more than 36 months", "end it by 2033-01-01"))
                    .expectNoEvents();
            fixture.givenNoPriorActivity()
                    .when(createPlan("Far past", LocalDate.of(1, 1, 1), END, 10), CALLER)
                    .expectException(RejectedInputException.class)
                    .expectExceptionMessage(mentions("periodEnd", "more than 36 months"))
                    .expectNoEvents();
        }

        @Test
        void theOrgsLongestPeriodTravelsInTheCommand() {
            LocalDate fourYearsOn = START.plusYears(4);
            fixture.givenNoPriorActivity()
                    .when(createPlan("Four years", START, fourYearsOn, 10), CALLER)
                    .expectException(RejectedInputException.class)
                    .expectExceptionMessage(mentions("periodEnd", "36 months"));
            fixture.givenNoPriorActivity()
                    .when(new CreatePlan(PLAN, "Four years", START, fourYearsOn, 10, "rep-1", ORG, "north", TODAY,
                            new OrgSettings(3, 2.0, 360, 360, 60)), CALLER)
                    .expectSuccessfulHandlerExecution();
        }
    }

    @Nested
    class DefineObjectiveRules {

        private DefineObjective objective(String statement, String metric, Integer target, LocalDate deadline) {
            return new DefineObjective(PLAN, "o9", statement, "two pilots", metric, target, deadline, TODAY, null);
        }

        @Test
        void aSmartObjectiveIsDefinedWithItsAssessment() {
            fixture.given(CREATED)
                    .when(objective("Learn how hospital CFOs buy billing software", "CFOs met", 10,
                            LocalDate.of(2030, 6, 30)), CALLER)
                    .expectEventsMatching(onlyObjective(defined -> defined.objectiveId().equals("o9")
                            && defined.statement().equals("Learn how hospital CFOs buy billing software")
                            && defined.target() == 10 && defined.deadline().equals(LocalDate.of(2030, 6, 30))
                            && defined.smart().specific().ok() && defined.smart().warnings().isEmpty()))
                    .expectResultMessagePayloadMatching(org.hamcrest.Matchers.instanceOf(ObjectiveAccepted.class))
                    .expectState(plan -> {
                        assertThat(plan.view().objectives()).singleElement()
                                .satisfies(o -> assertThat(o.smart().specific().ok()).isTrue())
                                .satisfies(o -> assertThat(o.warnings()).isEmpty());
                        assertThat(plan.view().version()).isEqualTo(1);
                    });
        }

        @Test
        void anUnfocusedReasonIsRefused() {
            fixture.given(CREATED)
                    .when(objective("I don't know, I'm just networking", "people met", 5, LocalDate.of(2030, 6, 30)),
                            CALLER)
                    .expectException(RejectedInputException.class)
                    .expectExceptionMessage(mentions("statement", "not specific", "unfocused"))
                    .expectNoEvents();
        }

        @Test
        void aStatementNamingNoPeopleIsRefused() {
            fixture.given(CREATED)
                    .when(objective("grow revenue", "deals", 5, LocalDate.of(2030, 6, 30)), CALLER)
                    .expectException(RejectedInputException.class)
                    .expectExceptionMessage(mentions("statement", "kind of people"))
                    .expectNoEvents();
        }

        @Test
        void aMissingMetricOrNonPositiveTargetIsNotMeasurable() {
            fixture.given(CREATED)
                    .when(objective("meet hospital CFOs", " ", 5, LocalDate.of(2030, 6, 30)), CALLER)
                    .expectException(RejectedInputException.class)
                    .expectExceptionMessage(mentions("metric", "not measurable"))
                    .expectNoEvents();
            fixture.given(CREATED)
                    .when(objective("meet hospital CFOs", "CFOs met", 0, LocalDate.of(2030, 6, 30)), CALLER)
                    .expectException(RejectedInputException.class)
                    .expectExceptionMessage(mentions("target", "positive"));
        }

        @Test
        void anAbsurdTargetIsRefused() {
            fixture.given(CREATED)
                    .when(objective("meet hospital CFOs", "CFOs met", 50_000, LocalDate.of(2030, 6, 30)), CALLER)
                    .expectException(RejectedInputException.class)
                    .expectExceptionMessage(mentions("target", "not credible"))
                    .expectNoEvents();
        }

        @Test
        void aDeadlineInThePastIsNotTimely() {
            fixture.given(CREATED)
                    .when(objective("meet hospital CFOs", "CFOs met", 5, TODAY.minusDays(1)), CALLER)
                    .expectException(RejectedInputException.class)
                    .expectExceptionMessage(mentions("deadline", "not in the future"))
                    .expectNoEvents();
        }

        @Test
        void aDeadlineOutsideThePlanPeriodIsNotTimely() {
            fixture.given(CREATED)
                    .when(objective("meet hospital CFOs", "CFOs met", 5, END.plusDays(1)), CALLER)
                    .expectException(RejectedInputException.class)
                    .expectExceptionMessage(mentions("deadline", "outside the plan period"))
                    .expectNoEvents();
        }

        @Test
        void everyFailedHardCriterionIsListed() {
            fixture.given(CREATED)
                    .when(objective("to meet new people", "", 5, END.plusDays(1)), CALLER)
                    .expectException(RejectedInputException.class)
                    .expectExceptionMessage(mentions("statement", "metric", "deadline"))
                    .expectNoEvents();
        }

        @Test
        void unachievableAndUnrealisticObjectivesAreStoredWithWarnings() {
            // budget 10 h x 2 people/h = 20 reachable; deadline 5 days away
            fixture.given(CREATED)
                    .when(objective("meet hospital CFOs", "CFOs met", 25, TODAY.plusDays(5)), CALLER)
                    .expectEventsMatching(onlyObjective(defined -> defined.target() == 25
                            && !defined.smart().achievable().ok() && !defined.smart().realistic().ok()
                            && defined.smart().specific().ok()))
                    .expectState(plan -> assertThat(plan.view().objectives().get(0).warnings())
                            .anySatisfy(w -> assertThat(w).startsWith("achievable:"))
                            .anySatisfy(w -> assertThat(w).startsWith("realistic:")));
        }

        @Test
        void aFourthObjectiveIsRefusedForFocus() {
            fixture.given(CREATED, OBJECTIVE,
                            new ObjectiveDefined(PLAN, "o2", "meet CIOs", "x", "CIOs met", 3, LocalDate.of(2030, 6, 1), null),
                            new ObjectiveDefined(PLAN, "o3", "meet buyers", "x", "buyers met", 3, LocalDate.of(2030, 6, 1), null))
                    .when(objective("meet hospital CFOs", "CFOs met", 5, LocalDate.of(2030, 6, 30)), CALLER)
                    .expectException(RejectedInputException.class)
                    .expectExceptionMessage(mentions("objectives", "at most 3", "focused"))
                    .expectNoEvents();
        }

        @Test
        void anObjectiveNeedsAnOutcome() {
            fixture.given(CREATED)
                    .when(new DefineObjective(PLAN, "o9", "meet hospital CFOs", " ", "CFOs met", 5,
                            LocalDate.of(2030, 6, 30), TODAY, null), CALLER)
                    .expectException(RejectedInputException.class)
                    .expectExceptionMessage(mentions("outcome"))
                    .expectNoEvents();
        }

        @Test
        void aPlanOfAnotherOrgIsNotFound() {
            fixture.given(CREATED)
                    .when(objective("meet hospital CFOs", "CFOs met", 5, LocalDate.of(2030, 6, 30)),
                            Map.of(CallerMetaData.ORG, "other-org"))
                    .expectException(NotFoundException.class)
                    .expectNoEvents();
        }
    }

    @Nested
    class IdentifyTargetRules {

        @Test
        void aProfileTargetIsIdentified() {
            fixture.given(CREATED, OBJECTIVE)
                    .when(new IdentifyTarget(PLAN, "t1", "o1", null, new TargetProfile("finance", "CFO", "healthcare"),
                            1, "they sign", true), CALLER)
                    .expectEvents(TARGET)
                    .expectResultMessagePayload(2L);
        }

        @Test
        void aKnownContactIsIdentified() {
            fixture.given(CREATED, OBJECTIVE)
                    .when(new IdentifyTarget(PLAN, "t2", "o1", "c-7", null, 5, null, true), CALLER)
                    .expectEvents(new TargetIdentified(PLAN, "t2", "o1", "c-7", null, 5, null));
        }

        @Test
        void aContactUnknownToTheOrgIsRefused() {
            fixture.given(CREATED, OBJECTIVE)
                    .when(new IdentifyTarget(PLAN, "t2", "o1", "c-9", null, 2, null, false), CALLER)
                    .expectException(RejectedInputException.class)
                    .expectExceptionMessage(mentions("contactId", "no contact c-9"))
                    .expectNoEvents();
        }

        @Test
        void theObjectiveMustExist() {
            fixture.given(CREATED, OBJECTIVE)
                    .when(new IdentifyTarget(PLAN, "t2", "nope", "c-7", null, 1, null, true), CALLER)
                    .expectException(RejectedInputException.class)
                    .expectExceptionMessage(mentions("objectiveId", "no objective nope"))
                    .expectNoEvents();
        }

        @Test
        void notBothContactAndProfile() {
            fixture.given(CREATED, OBJECTIVE)
                    .when(new IdentifyTarget(PLAN, "t2", "o1", "c-7", new TargetProfile("finance", null, null), 1, null, true),
                            CALLER)
                    .expectException(RejectedInputException.class)
                    .expectExceptionMessage(mentions("contactId", "not both"))
                    .expectNoEvents();
        }

        @Test
        void eitherContactOrProfile() {
            fixture.given(CREATED, OBJECTIVE)
                    .when(new IdentifyTarget(PLAN, "t2", "o1", null, null, 1, null, true), CALLER)
                    .expectException(RejectedInputException.class)
                    .expectExceptionMessage(mentions("profile"))
                    .expectNoEvents();
        }

        @Test
        void aProfileNeedsFunctionPositionOrIndustry() {
            fixture.given(CREATED, OBJECTIVE)
                    .when(new IdentifyTarget(PLAN, "t2", "o1", null, new TargetProfile(" ", null, ""), 1, null, true), CALLER)
                    .expectException(RejectedInputException.class)
                    .expectExceptionMessage(mentions("profile", "at least one of function, position, industry"))
                    .expectNoEvents();
        }

        @Test
        void priorityRunsFromOneToFive() {
            fixture.given(CREATED, OBJECTIVE)
                    .when(new IdentifyTarget(PLAN, "t2", "o1", "c-7", null, 0, null, true), CALLER)
                    .expectException(RejectedInputException.class)
                    .expectExceptionMessage(mentions("priority"))
                    .expectNoEvents();
            fixture.given(CREATED, OBJECTIVE)
                    .when(new IdentifyTarget(PLAN, "t2", "o1", "c-7", null, 6, null, true), CALLER)
                    .expectException(RejectedInputException.class);
        }

        @Test
        void aTargetForAClosedObjectiveIsRefused() {
            fixture.given(CREATED, OBJECTIVE, new ObjectiveAchieved(PLAN, "o1", "signed"))
                    .when(new IdentifyTarget(PLAN, "t2", "o1", null, new TargetProfile("IT", "CIO", null), 2, null,
                            false), CALLER)
                    .expectException(RejectedInputException.class)
                    .expectExceptionMessage(mentions("objectiveId", "objective o1 is achieved", "no new work"))
                    .expectNoEvents();
            fixture.given(CREATED, OBJECTIVE, new ObjectiveAbandoned(PLAN, "o1", "no budget"))
                    .when(new IdentifyTarget(PLAN, "t2", "o1", null, new TargetProfile("IT", "CIO", null), 2, null,
                            false), CALLER)
                    .expectException(RejectedInputException.class)
                    .expectExceptionMessage(mentions("objectiveId", "objective o1 is abandoned"))
                    .expectNoEvents();
        }
    }

    @Nested
    class ChoosePlatformRules {

        private ChoosePlatform choose(String platformId, List<String> targets, int early, int late) {
            return choice(platformId, targets, early, late);
        }

        @Test
        void aPlatformIsChosenWithItsPlannedHours() {
            fixture.given(CREATED, OBJECTIVE, TARGET)
                    .when(choose("p1", List.of("t1"), 30, 60), CALLER)
                    .expectEvents(CHOSEN)
                    .expectResultMessagePayload(new PlatformAccepted(3.5, 3, List.of()));
        }

        private ChoosePlatform withTeammates(String team, boolean refuse, TeammateChoice... teammates) {
            return new ChoosePlatform(PLAN, "p1", "Hospital finance forum", List.of("t1"), PROGRAM_START, PROGRAM_END,
                    30, 60, AUDIENCE, NOW, new Teammates(team, List.of(teammates)), refuse);
        }

        @Test
        void aTeammateAtThePlatformForTheSameProfileIsAWarning() {
            TargetProfile sameWrittenOtherwise = new TargetProfile(" " + TARGET.profile().function().toUpperCase(),
                    TARGET.profile().position(), TARGET.profile().industry());
            fixture.given(CREATED, OBJECTIVE, TARGET)
                    .when(withTeammates("north", false,
                            new TeammateChoice("rep-2", "plan-2", List.of(sameWrittenOtherwise)),
                            new TeammateChoice("rep-3", "plan-3", List.of(new TargetProfile("CTO", null, null)))),
                            CALLER)
                    .expectEvents(CHOSEN)
                    .expectResultMessagePayload(new PlatformAccepted(3.5, 3,
                            List.of(new TeamOverlap(List.of("rep-2"), List.of(TARGET.profile())))));
        }

        @Test
        void whereTheOrgSaysSoATeamOverlapIsRefusedNamingTheTeammates() {
            fixture.given(CREATED, OBJECTIVE, TARGET)
                    .when(withTeammates("north", true,
                            new TeammateChoice("rep-2", "plan-2", List.of(TARGET.profile()))), CALLER)
                    .expectException(RejectedInputException.class)
                    .expectExceptionMessage(mentions("platformId", "rep-2 already goes there"))
                    .expectNoEvents();
        }

        @Test
        void anotherTeamsChoicesAreNoOverlap() {
            fixture.given(CREATED, OBJECTIVE, TARGET)
                    .when(withTeammates("south", true,
                            new TeammateChoice("rep-2", "plan-2", List.of(TARGET.profile()))), CALLER)
                    .expectEvents(CHOSEN)
                    .expectResultMessagePayload(new PlatformAccepted(3.5, 3, List.of()));
        }

        @Test
        void anUnknownPlatformIsRefused() {
            fixture.given(CREATED, OBJECTIVE, TARGET)
                    .when(new ChoosePlatform(PLAN, "p-x", null, List.of("t1"), null, null, 0, 0, null, NOW), CALLER)
                    .expectException(RejectedInputException.class)
                    .expectExceptionMessage(mentions("platformId", "catalog"))
                    .expectNoEvents();
        }

        @Test
        void aPlatformIsChosenOnce() {
            fixture.given(CREATED, OBJECTIVE, TARGET, CHOSEN)
                    .when(choose("p1", List.of("t1"), 0, 0), CALLER)
                    .expectException(RejectedInputException.class)
                    .expectExceptionMessage(mentions("platformId", "already chosen"))
                    .expectNoEvents();
        }

        @Test
        void aPlatformMustServeATarget() {
            fixture.given(CREATED, OBJECTIVE, TARGET)
                    .when(choose("p2", List.of(), 0, 0), CALLER)
                    .expectException(RejectedInputException.class)
                    .expectExceptionMessage(mentions("targetIds", "at least one target"))
                    .expectNoEvents();
        }

        @Test
        void everyTargetMustExist() {
            fixture.given(CREATED, OBJECTIVE, TARGET)
                    .when(choose("p2", List.of("t1", "ghost"), 0, 0), CALLER)
                    .expectException(RejectedInputException.class)
                    .expectExceptionMessage(mentions("targetIds[1]", "no target ghost"))
                    .expectNoEvents();
        }

        @Test
        void earlyAndLateMinutesStayInRange() {
            fixture.given(CREATED, OBJECTIVE, TARGET)
                    .when(choose("p2", List.of("t1"), -1, 241), CALLER)
                    .expectException(RejectedInputException.class)
                    .expectExceptionMessage(mentions("arriveEarlyMinutes", "stayLateMinutes", "between 0 and 240"))
                    .expectNoEvents();
        }

        @Test
        void theHoursMustFitTheBudget() {
            // 3.5 h already planned; 2 h programme + 4 h + 1 h = 7 h more -> 10.5 h > 10 h
            fixture.given(CREATED, OBJECTIVE, TARGET, CHOSEN)
                    .when(choose("p2", List.of("t1"), 240, 60), CALLER)
                    .expectException(RejectedInputException.class)
                    .expectExceptionMessage(mentions("hoursBudget", "7.00 h", "3.50 h", "10.00 h"))
                    .expectNoEvents();
        }

        @Test
        void aPlatformWhoseProgrammeHasEndedIsRefused() {
            fixture.given(CREATED, OBJECTIVE, TARGET)
                    .when(new ChoosePlatform(PLAN, "p1", "Hospital finance forum", List.of("t1"), PROGRAM_START,
                            PROGRAM_END, 30, 60, AUDIENCE, AFTERWARDS), CALLER)
                    .expectException(RejectedInputException.class)
                    .expectExceptionMessage(mentions("platformId", "programme ended at " + PROGRAM_END,
                            "has not ended"))
                    .expectNoEvents();
        }

        @Test
        void aPlatformUnderWayCanStillBeChosen() {
            fixture.given(CREATED, OBJECTIVE, TARGET)
                    .when(new ChoosePlatform(PLAN, "p1", "Hospital finance forum", List.of("t1"), PROGRAM_START,
                            PROGRAM_END, 30, 60, AUDIENCE, PROGRAM_END.minusSeconds(60)), CALLER)
                    .expectEvents(CHOSEN);
        }

        @Test
        void aProgrammeOutsideThePlansPeriodIsRefused() {
            fixture.given(CREATED, OBJECTIVE, TARGET)
                    .when(choice("p2", List.of("t1"), PROGRAM_START.plus(Duration.ofDays(365)),
                            PROGRAM_END.plus(Duration.ofDays(365)), 0, 0), CALLER)
                    .expectException(RejectedInputException.class)
                    .expectExceptionMessage(mentions("platformId", "outside the plan's period"))
                    .expectNoEvents();
        }

        @Test
        void aTargetTheAudienceDoesNotServeIsRefused() {
            TargetIdentified marketers = new TargetIdentified(PLAN, "t2", "o1", null,
                    new TargetProfile("Marketing", "Director", "Retail"), 2, null);
            fixture.given(CREATED, OBJECTIVE, TARGET, marketers)
                    .when(choose("p1", List.of("t1", "t2"), 30, 60), CALLER)
                    .expectException(RejectedInputException.class)
                    .expectExceptionMessage(mentions("targetIds[1]", "Finance CFO Healthcare (40 %)",
                            "nobody of target t2's profile"))
                    .expectNoEvents();
        }

        @Test
        void aTargetIsServedWhenEveryFieldItNamesMatchesASegment() {
            // "cfo" and " healthcare " match "CFO" and "Healthcare"; the function left blank matches any
            TargetIdentified anyCfo = new TargetIdentified(PLAN, "t2", "o1", null,
                    new TargetProfile(null, "cfo", " healthcare "), 2, null);
            fixture.given(CREATED, OBJECTIVE, anyCfo)
                    .when(choose("p1", List.of("t2"), 30, 60), CALLER)
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void aTargetNamingAKnownContactIsApproachedDirectlyNotThroughAPlatform() {
            TargetIdentified known = new TargetIdentified(PLAN, "t2", "o1", "c-7", null, 1, null);
            fixture.given(CREATED, OBJECTIVE, TARGET, known)
                    .when(choose("p1", List.of("t2"), 30, 60), CALLER)
                    .expectException(RejectedInputException.class)
                    .expectExceptionMessage(mentions("targetIds[0]", "names a known contact", "outreach"))
                    .expectNoEvents();
        }

        @Test
        void aPlatformWhoseAudienceIsUnknownIsNotCheckedAgainstIt() {
            fixture.given(CREATED, OBJECTIVE, TARGET)
                    .when(new ChoosePlatform(PLAN, "p1", "Hospital finance forum", List.of("t1"), PROGRAM_START,
                            PROGRAM_END, 30, 60, null, NOW), CALLER)
                    .expectEvents(CHOSEN);
        }

        @Test
        void aStayOverlappingOneAlreadyChosenIsRefusedNamingIt() {
            // p1 is chosen 17:30 to 21:00 (programme 18:00-20:00, 30 early, 60 late)
            fixture.given(CREATED, OBJECTIVE, TARGET, CHOSEN)
                    .when(choice("p2", List.of("t1"), PROGRAM_END.plusSeconds(1800), PROGRAM_END.plusSeconds(5400),
                            0, 0), CALLER)
                    .expectException(RejectedInputException.class)
                    .expectExceptionMessage(mentions("platformId", "overlaps Hospital finance forum (p1"))
                    .expectNoEvents();
        }

        @Test
        void staysThatOnlyTouchDoNotOverlap() {
            fixture.given(CREATED, OBJECTIVE, TARGET, CHOSEN)
                    .when(choice("p2", List.of("t1"), PROGRAM_END.plusSeconds(3600), PROGRAM_END.plusSeconds(7200),
                            0, 0), CALLER)
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void aTargetNamedTwiceIsRefused() {
            fixture.given(CREATED, OBJECTIVE, TARGET)
                    .when(choose("p1", List.of("t1", "t1"), 30, 60), CALLER)
                    .expectException(RejectedInputException.class)
                    .expectExceptionMessage(mentions("targetIds[1]", "named twice"))
                    .expectNoEvents();
        }

        @Test
        void moreTargetsThanTheListAllowsAreRefused() {
            List<String> many = java.util.Collections.nCopies(21, "t1");
            fixture.given(CREATED, OBJECTIVE, TARGET)
                    .when(choose("p1", many, 30, 60), CALLER)
                    .expectException(RejectedInputException.class)
                    .expectExceptionMessage(mentions("targetIds", "more than 20 targets"))
                    .expectNoEvents();
        }

        @Test
        void aTargetOfAClosedObjectiveIsRefused() {
            fixture.given(CREATED, OBJECTIVE, TARGET, new ObjectiveAchieved(PLAN, "o1", null))
                    .when(choose("p1", List.of("t1"), 30, 60), CALLER)
                    .expectException(RejectedInputException.class)
                    .expectExceptionMessage(mentions("targetIds[0]", "objective o1 is achieved", "no new work"))
                    .expectNoEvents();
        }
    }

    @Nested
    class RecordAttendanceRules {

        private final PersonMet cfo = new PersonMet(null, "Ann Lee", "St. Mary", "finance", "CFO", "healthcare",
                "ann@example.org", "t1");

        @Test
        void attendanceIsRecordedWithMinutesBeforeAndAfterTheProgramme() {
            Instant arrived = PROGRAM_START.minusSeconds(45 * 60);
            Instant left = PROGRAM_END.plusSeconds(30 * 60);
            fixture.given(CREATED, OBJECTIVE, TARGET, CHOSEN)
                    .when(attendance(arrived, left, List.of(cfo), "great"), CALLER)
                    .expectEvents(new EventAttended(PLAN, ATTENDANCE, "p1", arrived, left, 45, 30, 3.25, List.of(cfo), List.of(), "great"))
                    .expectState(plan -> {
                        assertThat(plan.view().hours().spent()).isEqualTo(3.25);
                        assertThat(plan.view().status()).isEqualTo(PlanStatus.ACTIVE);
                    });
        }

        @Test
        void arrivingLateAndLeavingEarlyCountsZeroMinutes() {
            Instant arrived = PROGRAM_START.plusSeconds(600);
            Instant left = PROGRAM_END.minusSeconds(600);
            fixture.given(CREATED, OBJECTIVE, TARGET, CHOSEN)
                    .when(attendance(arrived, left, List.of(), null), CALLER)
                    .expectEvents(new EventAttended(PLAN, ATTENDANCE, "p1", arrived, left, 0, 0, 100 / 60.0, List.of(), List.of(), null));
        }

        @Test
        void onlyAtAChosenPlatform() {
            fixture.given(CREATED, OBJECTIVE, TARGET)
                    .when(attendance(PROGRAM_START, PROGRAM_END, List.of(), null), CALLER)
                    .expectException(RejectedInputException.class)
                    .expectExceptionMessage(mentions("platformId", "chosen"))
                    .expectNoEvents();
        }

        @Test
        void leavingMustComeAfterArriving() {
            fixture.given(CREATED, OBJECTIVE, TARGET, CHOSEN)
                    .when(attendance(PROGRAM_END, PROGRAM_START, List.of(), null), CALLER)
                    .expectException(RejectedInputException.class)
                    .expectExceptionMessage(mentions("leftAt", "after arrivedAt"))
                    .expectNoEvents();
        }

        @Test
        void aStayLongerThanTheMaximumIsRefused() {
            fixture.given(CREATED, OBJECTIVE, TARGET, CHOSEN)
                    .when(attendance(PROGRAM_START, PROGRAM_START.plusSeconds(25 * 3600),
                            List.of(), null), CALLER)
                    .expectException(RejectedInputException.class)
                    .expectExceptionMessage(mentions("leftAt", "24"))
                    .expectNoEvents();
        }

        @Test
        void aPersonMetMustMatchAnExistingTarget() {
            PersonMet stranger = new PersonMet(null, "Bob", null, null, null, null, null, "ghost");
            fixture.given(CREATED, OBJECTIVE, TARGET, CHOSEN)
                    .when(attendance(PROGRAM_START, PROGRAM_END, List.of(cfo, stranger), null),
                            CALLER)
                    .expectException(RejectedInputException.class)
                    .expectExceptionMessage(mentions("contactsMet[1].targetId", "no target ghost"))
                    .expectNoEvents();
        }

        @Test
        void aPersonMetNeedsAContactIdOrAName() {
            PersonMet nobody = new PersonMet(null, " ", "ACME", null, null, null, null, null);
            fixture.given(CREATED, OBJECTIVE, TARGET, CHOSEN)
                    .when(attendance(PROGRAM_START, PROGRAM_END, List.of(nobody), null), CALLER)
                    .expectException(RejectedInputException.class)
                    .expectExceptionMessage(mentions("contactsMet[0].name", "contactId or the name"))
                    .expectNoEvents();
        }

        @Test
        void attendanceLoggedBeforeItHappenedIsRefused() {
            // logged three weeks before the programme: arrival and departure lie ahead
            fixture.given(CREATED, OBJECTIVE, TARGET, CHOSEN)
                    .when(new RecordAttendance(PLAN, ATTENDANCE, "p1", PROGRAM_START, PROGRAM_END, List.of(),
                            List.of(), null, Set.of(), PROGRAM_START.minus(Duration.ofDays(21)), null), CALLER)
                    .expectException(RejectedInputException.class)
                    .expectExceptionMessage(mentions("arrivedAt", "lies in the future", "once it has happened"))
                    .expectNoEvents();
            fixture.given(CREATED, OBJECTIVE, TARGET, CHOSEN)
                    .when(new RecordAttendance(PLAN, ATTENDANCE, "p1", PROGRAM_START, PROGRAM_END, List.of(),
                            List.of(), null, Set.of(), PROGRAM_START.plus(Duration.ofMinutes(30)), null), CALLER)
                    .expectException(RejectedInputException.class)
                    .expectExceptionMessage(mentions("leftAt", "lies in the future"))
                    .expectNoEvents();
        }

        @Test
        void aClockAFewMinutesAheadIsTolerated() {
            // the client's clock runs 4 minutes ahead of the service's: within the tolerance of 5
            fixture.given(CREATED, OBJECTIVE, TARGET, CHOSEN)
                    .when(new RecordAttendance(PLAN, ATTENDANCE, "p1", PROGRAM_START, PROGRAM_END, List.of(),
                            List.of(), null, Set.of(), PROGRAM_END.minus(Duration.ofMinutes(4)), null), CALLER)
                    .expectSuccessfulHandlerExecution();
            fixture.given(CREATED, OBJECTIVE, TARGET, CHOSEN)
                    .when(new RecordAttendance(PLAN, ATTENDANCE, "p1", PROGRAM_START, PROGRAM_END, List.of(),
                            List.of(), null, Set.of(), PROGRAM_END.minus(Duration.ofMinutes(6)), null), CALLER)
                    .expectException(RejectedInputException.class)
                    .expectExceptionMessage(mentions("leftAt", "lies in the future"));
        }

        @Test
        void aSecondAttendanceAtTheSamePlatformIsAConflictNamingTheFirst() {
            EventAttended first = new EventAttended(PLAN, "a0", "p1", PROGRAM_START, PROGRAM_END, 0, 0, 2.0,
                    List.of(), List.of(), null);
            fixture.given(CREATED, OBJECTIVE, TARGET, CHOSEN, first)
                    .when(attendance(PROGRAM_START, PROGRAM_END, List.of(), null), CALLER)
                    .expectException(ConflictingInputException.class)
                    .expectExceptionMessage(mentions("platformId", "already logged", "attendanceId a0",
                            "one attendance per chosen platform"))
                    .expectNoEvents();
        }

        @Test
        void anAttendanceLoggedBeforeAttendancesHadIdsStillCountsAsTheFirst() {
            EventAttended first = new EventAttended(PLAN, "p1", PROGRAM_START, PROGRAM_END, 0, 0, 2.0, List.of(),
                    List.of(), null);
            fixture.given(CREATED, OBJECTIVE, TARGET, CHOSEN, first)
                    .when(attendance(PROGRAM_START, PROGRAM_END, List.of(), null), CALLER)
                    .expectException(ConflictingInputException.class)
                    .expectExceptionMessage(mentions("platformId", "attendanceId " + AttendanceIds.of(first, 4)))
                    .expectNoEvents();
        }

        @Test
        void anArrivalFarBeforeTheProgrammeIsRefused() {
            Instant monthsBefore = PROGRAM_START.minus(Duration.ofMinutes(538_860));
            fixture.given(CREATED, OBJECTIVE, TARGET, CHOSEN)
                    .when(attendance(monthsBefore, PROGRAM_END, List.of(), null), CALLER)
                    .expectException(RejectedInputException.class)
                    .expectExceptionMessage(mentions("arrivedAt", "more than 360 minutes before the programme",
                            "before the plan's period"))
                    .expectNoEvents();
        }

        @Test
        void arrivalsInAbsurdYearsAreRefused() {
            for (Instant absurd : List.of(Instant.parse("0001-01-01T00:00:00Z"),
                    Instant.parse("-999999999-01-01T00:00:00Z"))) {
                fixture.given(CREATED, OBJECTIVE, TARGET, CHOSEN)
                        .when(attendance(absurd, PROGRAM_END, List.of(), null), CALLER)
                        .expectException(RejectedInputException.class)
                        .expectExceptionMessage(mentions("arrivedAt", "before the programme",
                                "before the plan's period"))
                        .expectNoEvents();
            }
        }

        @Test
        void aDepartureFarAfterTheProgrammeIsRefused() {
            fixture.given(CREATED, OBJECTIVE, TARGET, CHOSEN)
                    .when(attendance(PROGRAM_END, PROGRAM_END.plus(Duration.ofHours(7)), List.of(), null), CALLER)
                    .expectException(RejectedInputException.class)
                    .expectExceptionMessage(mentions("leftAt", "more than 360 minutes after the programme"))
                    .expectNoEvents();
        }

        @Test
        void theOrgsSettingsSayHowFarAroundTheProgrammeAStayMayReach() {
            Instant tenHoursBefore = PROGRAM_START.minus(Duration.ofHours(10));
            fixture.given(CREATED, OBJECTIVE, TARGET, CHOSEN)
                    .when(attendance(tenHoursBefore, PROGRAM_END, List.of(), null), CALLER)
                    .expectException(RejectedInputException.class)
                    .expectExceptionMessage(mentions("arrivedAt", "360 minutes before"));
            fixture.given(CREATED, OBJECTIVE, TARGET, CHOSEN)
                    .when(new RecordAttendance(PLAN, ATTENDANCE, "p1", tenHoursBefore, PROGRAM_END, List.of(),
                            List.of(), null, Set.of(), AFTERWARDS, new OrgSettings(3, 2.0, 600, 60, 36)), CALLER)
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void aContactMetMustBeOneTheRepMaySee() {
            PersonMet otherOrgs = new PersonMet("c-other-org", null, null, null, null, null, null, null);
            PersonMet random = new PersonMet(java.util.UUID.randomUUID().toString(), null, null, null, null, null,
                    null, null);
            fixture.given(CREATED, OBJECTIVE, TARGET, CHOSEN)
                    .when(attendance(PROGRAM_START, PROGRAM_END, List.of(otherOrgs, random), List.of(), null,
                            Set.of()), CALLER)
                    .expectException(RejectedInputException.class)
                    .expectExceptionMessage(mentions("contactsMet[0].contactId", "no contact c-other-org",
                            "contactsMet[1].contactId"))
                    .expectNoEvents();
        }

        @Test
        void aKnownContactOrANewPersonByNameIsRecorded() {
            PersonMet known = new PersonMet("c-7", null, null, null, null, null, null, "t1");
            fixture.given(CREATED, OBJECTIVE, TARGET, CHOSEN)
                    .when(attendance(PROGRAM_START, PROGRAM_END, List.of(known, cfo), List.of(), null,
                            Set.of("c-7")), CALLER)
                    .expectSuccessfulHandlerExecution();
        }

        @Test
        void moreThanTheListsAllowAreRefused() {
            List<PersonMet> crowd = java.util.Collections.nCopies(201, cfo);
            fixture.given(CREATED, OBJECTIVE, TARGET, CHOSEN)
                    .when(attendance(PROGRAM_START, PROGRAM_END, crowd, null), CALLER)
                    .expectException(RejectedInputException.class)
                    .expectExceptionMessage(mentions("contactsMet", "more than 200 people met"))
                    .expectNoEvents();
            List<FollowUp> promises = java.util.Collections.nCopies(51,
                    new FollowUp("f1", null, "Ann Lee", null, LocalDate.of(2030, 4, 20), "call"));
            fixture.given(CREATED, OBJECTIVE, TARGET, CHOSEN)
                    .when(attendance(PROGRAM_START, PROGRAM_END, List.of(), promises, null, Set.of()), CALLER)
                    .expectException(RejectedInputException.class)
                    .expectExceptionMessage(mentions("followUps", "more than 50 follow-ups"))
                    .expectNoEvents();
        }
    }

    /** Exactly one event, an ObjectiveDefined that satisfies the check (its SMART reasons are SmartAssessmentTest's business). */
    private static org.hamcrest.Matcher<java.util.List<org.axonframework.messaging.Message<?>>> onlyObjective(
            java.util.function.Predicate<ObjectiveDefined> check) {
        return org.axonframework.test.matchers.Matchers.payloadsMatching(org.axonframework.test.matchers.Matchers.exactSequenceOf(
                org.axonframework.test.matchers.Matchers.predicate(payload -> payload instanceof ObjectiveDefined defined
                        && check.test(defined)),
                org.axonframework.test.matchers.Matchers.andNoMore()));
    }
}
