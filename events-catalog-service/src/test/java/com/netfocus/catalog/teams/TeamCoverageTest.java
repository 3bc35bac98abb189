package com.netfocus.catalog.teams;

import com.netfocus.catalog.planneeds.PlanNeeds;
import com.netfocus.catalog.recommendation.TargetNeed;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class TeamCoverageTest {

    private static final LocalDate FROM = LocalDate.parse("2031-04-01");
    private static final LocalDate TO = LocalDate.parse("2031-04-30");
    private static final Instant BREAKFAST = Instant.parse("2031-04-10T07:00:00Z");
    private static final Instant FORUM = Instant.parse("2031-04-20T17:00:00Z");
    private static final Instant LATER = Instant.parse("2031-05-20T17:00:00Z");
    private static final CoverageView.GapPlatform SUGGESTED = new CoverageView.GapPlatform("forum", "Forum", FORUM,
            12, 6, "why");

    private final List<List<TargetNeed>> gapQueries = new ArrayList<>();
    private final TeamCoverage.GapPlatforms gapPlatforms = (targets, until) -> {
        gapQueries.add(targets);
        assertThat(until).isEqualTo(Instant.parse("2031-05-01T00:00:00Z"));
        return List.of(SUGGESTED);
    };

    @Test
    void twoMembersAtOnePlatformForOneProfileOverlapAndAnUnservedProfileIsAGap() {
        PlanNeeds ana = plan("plan-ana", "ana", List.of(target("a1", "CFO", 1)),
                List.of(chosen("breakfast", "Breakfast", BREAKFAST, 2, "a1")), 1.5);
        PlanNeeds ben = plan("plan-ben", "ben", List.of(target("b1", " cfo", 2), target("b2", "CTO", 1)),
                List.of(chosen("breakfast", "Breakfast", BREAKFAST, 2, "b1"),
                        chosen("later", "Later", LATER, 3, "b2")), 0);

        CoverageView coverage = TeamCoverage.of("north", List.of(ben, ana), FROM, TO, ZoneOffset.UTC, gapPlatforms);

        assertThat(coverage.members()).extracting(CoverageView.Member::memberId, CoverageView.Member::hoursBudgeted,
                        CoverageView.Member::hoursPlanned, CoverageView.Member::hoursSpent)
                .containsExactly(tuple("ana", 20.0, 2.0, 1.5), tuple("ben", 20.0, 5.0, 0.0));
        assertThat(coverage.platforms()).extracting(CoverageView.ChosenPlatform::platformId).containsExactly("breakfast");
        assertThat(coverage.platforms().get(0).goers()).extracting(CoverageView.Goer::memberId,
                        CoverageView.Goer::profiles)
                .containsExactly(tuple("ana", List.of(new ProfileView("CFO", null, null))),
                        tuple("ben", List.of(new ProfileView("CFO", null, null))));
        assertThat(coverage.overlaps()).containsExactly(new CoverageView.Overlap("breakfast", "Breakfast",
                new ProfileView("CFO", null, null), List.of("ana", "ben"), List.of("plan-ana", "plan-ben")));
        // the CTOs are sought at a platform after the window: within it nobody goes for them
        assertThat(coverage.gaps()).containsExactly(new CoverageView.Gap(new ProfileView("CTO", null, null),
                List.of("ben"), List.of(SUGGESTED)));
        assertThat(gapQueries).singleElement().satisfies(targets ->
                assertThat(targets).extracting(TargetNeed::targetId).containsExactly("b2"));
    }

    @Test
    void aRetiredTargetAClosedPlanAndAPlanOutsideTheWindowCountForNothing() {
        PlanNeeds ana = plan("plan-ana", "ana", List.of(target("a1", "CFO", 1)),
                List.of(chosen("breakfast", "Breakfast", BREAKFAST, 2, "a1")), 0);
        // ben's CFO target b1 was retired: it left his needs, while the choice still names it
        PlanNeeds benRetired = plan("plan-ben", "ben", List.of(target("b2", "COO", 1)),
                List.of(chosen("breakfast", "Breakfast", BREAKFAST, 2, "b1", "b2")), 0);
        PlanNeeds caraClosed = closed(plan("plan-cara", "cara", List.of(target("c1", "CFO", 1)),
                List.of(chosen("breakfast", "Breakfast", BREAKFAST, 2, "c1")), 0));
        PlanNeeds danLater = new PlanNeeds("plan-dan", "org-1", "north", "dan", "2031-06-01", "2031-06-30", 10, 0, 4,
                List.of(new PlanNeeds.NeededObjective("o1", "2031-12-31", false)),
                List.of(target("d1", "CFO", 1)), List.of(), List.of());

        CoverageView coverage = TeamCoverage.of("north", List.of(ana, benRetired, caraClosed, danLater), FROM, TO,
                ZoneOffset.UTC, gapPlatforms);

        assertThat(coverage.members()).extracting(CoverageView.Member::memberId).containsExactly("ana", "ben");
        assertThat(coverage.platforms().get(0).goers()).extracting(CoverageView.Goer::memberId,
                        CoverageView.Goer::profiles, CoverageView.Goer::targetIds)
                .containsExactly(tuple("ana", List.of(new ProfileView("CFO", null, null)), List.of("a1")),
                        tuple("ben", List.of(new ProfileView("COO", null, null)), List.of("b2")));
        assertThat(coverage.overlaps()).isEmpty();
        assertThat(coverage.gaps()).isEmpty();
        assertThat(gapQueries).isEmpty();
    }

    private static PlanNeeds plan(String planId, String owner, List<PlanNeeds.NeededTarget> targets,
                                  List<PlanNeeds.ChosenPlatform> chosen, double hoursSpent) {
        List<PlanNeeds.AttendedHours> spent = hoursSpent == 0 ? List.of()
                : List.of(new PlanNeeds.AttendedHours("att-" + planId, hoursSpent));
        return new PlanNeeds(planId, "org-1", "north", owner, "2031-03-01", "2031-06-30", 20, hoursSpent, 9,
                List.of(new PlanNeeds.NeededObjective("o1", "2031-12-31", false)), targets, chosen, spent, false);
    }

    private static PlanNeeds closed(PlanNeeds plan) {
        return new PlanNeeds(plan.planId(), plan.org(), plan.team(), plan.ownerId(), plan.periodStart(),
                plan.periodEnd(), plan.hoursBudget(), plan.hoursSpent(), plan.appliedSequence(), plan.objectives(),
                plan.targets(), plan.chosenPlatforms(), plan.attendances(), true);
    }

    private static PlanNeeds.NeededTarget target(String targetId, String function, int priority) {
        return new PlanNeeds.NeededTarget(targetId, "o1", null, function, null, null, priority);
    }

    private static PlanNeeds.ChosenPlatform chosen(String platformId, String name, Instant starts, double hours,
                                                   String... targetIds) {
        return new PlanNeeds.ChosenPlatform(platformId, hours, name, List.of(targetIds), starts,
                starts.plusSeconds(3600));
    }
}
