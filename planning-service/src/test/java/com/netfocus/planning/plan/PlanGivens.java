package com.netfocus.planning.plan;

import com.netfocus.contracts.catalog.AudienceShare;
import com.netfocus.contracts.plan.FollowUp;
import com.netfocus.contracts.plan.ObjectiveDefined;
import com.netfocus.contracts.plan.PersonMet;
import com.netfocus.contracts.plan.PlanCreated;
import com.netfocus.contracts.plan.PlanEvent;
import com.netfocus.contracts.plan.PlatformChosen;
import com.netfocus.contracts.plan.TargetIdentified;
import com.netfocus.contracts.plan.TargetProfile;
import com.netfocus.planning.TestRules;
import com.netfocus.planning.attendance.CorrectAttendance;
import com.netfocus.planning.attendance.RecordAttendance;
import com.netfocus.planning.platform.ChoosePlatform;
import com.netfocus.planning.sending.CallerMetaData;
import com.netfocus.planning.state.PlanState;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.hamcrest.Matcher;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;

/**
 * A plan's past for the fixture tests and the rule classes' tests: a 10-hour plan of 2030 with an objective, a target
 * and a chosen platform.
 */
public final class PlanGivens {

    public static final String PLAN = "plan-1";
    public static final String ORG = "acme";
    public static final Map<String, String> CALLER = Map.of(CallerMetaData.ORG, ORG, CallerMetaData.ACTOR, "rep-1",
            CallerMetaData.TEAM, "north", CallerMetaData.ROLES, "REP");
    public static final LocalDate START = LocalDate.of(2030, 1, 1);
    public static final LocalDate END = LocalDate.of(2030, 12, 31);
    public static final LocalDate TODAY = LocalDate.of(2030, 2, 1);
    public static final Instant NOW = Instant.parse("2030-02-01T12:00:00Z");
    public static final Instant PROGRAM_START = Instant.parse("2030-04-10T18:00:00Z");
    public static final Instant PROGRAM_END = Instant.parse("2030-04-10T20:00:00Z");
    public static final LocalDate DEADLINE = LocalDate.of(2030, 6, 30);
    /** When the attendance at the chosen platform is logged: the morning after its programme. */
    public static final Instant AFTERWARDS = Instant.parse("2030-04-11T08:00:00Z");
    public static final String ATTENDANCE = "a1";
    /** Whom the chosen platform gathers: the CFOs of {@link #TARGET}, and CIOs. */
    public static final List<AudienceShare> AUDIENCE = List.of(
            new AudienceShare("Finance", "CFO", "Healthcare", 0.4),
            new AudienceShare("IT", "CIO", "Healthcare", 0.2));

    public static final PlanCreated CREATED = new PlanCreated(PLAN, "Hospitals 2030", START, END, 10, "rep-1", ORG,
            "north");
    public static final ObjectiveDefined OBJECTIVE = objective("o1");
    public static final TargetIdentified TARGET = new TargetIdentified(PLAN, "t1", "o1", null,
            new TargetProfile("finance", "CFO", "healthcare"), 1, "they sign");
    public static final PlatformChosen CHOSEN = new PlatformChosen(PLAN, "p1", "Hospital finance forum", List.of("t1"),
            PROGRAM_START, PROGRAM_END, 30, 60, 3.5);

    private PlanGivens() {
    }

    /** A plan of this org opened by rep-1 on {@link #TODAY}, on the service's default settings. */
    public static CreatePlan createPlan(String title, LocalDate start, LocalDate end, double hoursBudget) {
        return new CreatePlan(PLAN, title, start, end, hoursBudget, "rep-1", ORG, "north", TODAY, null);
    }

    /** A choice made {@link #NOW} of a platform of {@link #AUDIENCE} whose programme is {@link #CHOSEN}'s. */
    public static ChoosePlatform choice(String platformId, List<String> targetIds, int early, int late) {
        return choice(platformId, targetIds, PROGRAM_START, PROGRAM_END, early, late);
    }

    public static ChoosePlatform choice(String platformId, List<String> targetIds, Instant programStartsAt,
                                        Instant programEndsAt, int early, int late) {
        return new ChoosePlatform(PLAN, platformId, "Hospital finance forum", targetIds, programStartsAt,
                programEndsAt, early, late, AUDIENCE, NOW);
    }

    /** The attendance {@link #ATTENDANCE} at the chosen platform p1, logged {@link #AFTERWARDS}. */
    public static RecordAttendance attendance(Instant arrivedAt, Instant leftAt, List<PersonMet> people,
                                              List<FollowUp> followUps, String notes, Set<String> knownContactIds) {
        return new RecordAttendance(PLAN, ATTENDANCE, "p1", arrivedAt, leftAt, people, followUps, notes,
                knownContactIds, AFTERWARDS, null);
    }

    /** The same without follow-ups and without contacts named. */
    public static RecordAttendance attendance(Instant arrivedAt, Instant leftAt, List<PersonMet> people, String notes) {
        return attendance(arrivedAt, leftAt, people, List.of(), notes, Set.of());
    }

    /** The attendance {@link #ATTENDANCE} corrected to this visit {@link #AFTERWARDS}, naming contacts of the org. */
    public static CorrectAttendance correction(Instant arrivedAt, Instant leftAt, List<PersonMet> people, String notes,
                                               String reason, Set<String> knownContactIds) {
        return new CorrectAttendance(PLAN, ATTENDANCE, arrivedAt, leftAt, people, notes, reason, knownContactIds,
                AFTERWARDS, null);
    }

    /** The same naming no contacts. */
    public static CorrectAttendance correction(Instant arrivedAt, Instant leftAt, List<PersonMet> people, String notes,
                                               String reason) {
        return correction(arrivedAt, leftAt, people, notes, reason, Set.of());
    }

    public static ObjectiveDefined objective(String objectiveId) {
        return new ObjectiveDefined(PLAN, objectiveId, "Learn how hospital CFOs buy billing software", "two pilots",
                "CFOs met", 10, DEADLINE, null);
    }

    public static AggregateTestFixture<NetworkingPlan> fixture() {
        AggregateTestFixture<NetworkingPlan> fixture = new AggregateTestFixture<>(NetworkingPlan.class);
        fixture.registerInjectableResource(TestRules.plan());
        fixture.registerInjectableResource(TestRules.unsealed());
        return fixture;
    }

    /** A text one character longer than the test rules allow. */
    public static String tooLong() {
        return "x".repeat(TestRules.plan().maxTextLength() + 1);
    }

    /** The state these events leave, applied in order as the aggregate applies them. */
    public static PlanState state(PlanEvent... events) {
        PlanState state = new PlanState();
        for (int sequence = 0; sequence < events.length; sequence++) {
            state.apply(events[sequence], sequence);
        }
        return state;
    }

    public static Matcher<String> mentions(String... parts) {
        List<Matcher<? super String>> matchers = new ArrayList<>();
        Arrays.stream(parts).forEach(part -> matchers.add(containsString(part)));
        return allOf(matchers);
    }
}
