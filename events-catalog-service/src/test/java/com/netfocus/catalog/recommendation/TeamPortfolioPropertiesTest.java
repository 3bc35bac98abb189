package com.netfocus.catalog.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of the team portfolio over small random teams and catalogs. Platforms start on a few days at whole hours,
 * so that a member's visits often overlap; profile texts come from a small vocabulary in mixed case, so that members
 * often share a profile. The measure is counted here again from scratch ({@link NaiveTeamMeasure}), not with the
 * planner's own incremental code, and the optimum is found by trying every feasible set of visits.
 */
class TeamPortfolioPropertiesTest {

    private static final Instant NOW = Instant.parse("2026-03-01T00:00:00Z");
    private static final ScoringSettings SETTINGS = ScoringSettings.defaults(NOW);
    private static final double TOLERANCE = 1e-9;
    /** Half of (1 - 1/e): what the better of the two greedy selections guarantees (docs/teams.md). */
    private static final double GUARANTEE = (1 - 1 / Math.E) / 2;

    @Property(tries = 400)
    void neverAssignsAMemberMoreHoursThanTheyHave(@ForAll("teams") Team team) {
        TeamPortfolio portfolio = team.propose();

        Map<String, Double> assigned = new HashMap<>();
        portfolio.assignments().forEach(assignment -> assigned.merge(assignment.memberId(),
                assignment.platform().hours(), Double::sum));
        for (TeamMember member : team.members()) {
            assertThat(assigned.getOrDefault(member.memberId(), 0.0))
                    .isLessThanOrEqualTo(member.availableHours() + TOLERANCE);
        }
        assertThat(portfolio.members()).allSatisfy(hours ->
                assertThat(hours.assignedHours()).isLessThanOrEqualTo(hours.availableHours()));
    }

    @Property(tries = 400)
    void neverSendsOneMemberToTwoPlatformsWhoseStaysOverlap(@ForAll("teams") Team team) {
        TeamPortfolio portfolio = team.propose();

        List<TeamAssignment> assignments = portfolio.assignments();
        for (int i = 0; i < assignments.size(); i++) {
            for (int j = i + 1; j < assignments.size(); j++) {
                TeamAssignment a = assignments.get(i);
                TeamAssignment b = assignments.get(j);
                if (a.memberId().equals(b.memberId())) {
                    assertThat(a.platform().platformId()).isNotEqualTo(b.platform().platformId());
                    assertThat(team.overlap(a.platform().platformId(), b.platform().platformId()))
                            .as("%s and %s for %s", a.platform().platformId(), b.platform().platformId(),
                                    a.memberId())
                            .isFalse();
                }
            }
        }
    }

    @Property(tries = 400)
    void isNeverWorseThanTheMembersOwnPortfoliosTakenTogether(@ForAll("teams") Team team) {
        TeamPortfolio portfolio = team.propose();

        List<Visit> own = new ArrayList<>();
        for (TeamMember member : team.members()) {
            PortfolioPlanner.propose(team.platforms(), member.targets(), team.timePlan(), member.availableHours(),
                    SETTINGS).chosen().forEach(pick -> own.add(new Visit(member, pick.recommendation().platformId())));
        }
        double ownValue = team.measure().value(own);

        assertThat(portfolio.membersOwnValue()).isCloseTo(ownValue, within(1e-6));
        assertThat(team.measure().value(team.visitsOf(portfolio))).isGreaterThanOrEqualTo(ownValue - 1e-6);
    }

    @Property(tries = 400)
    void reportsTheValueOfItsAssignmentsUnderTheSameMeasure(@ForAll("teams") Team team) {
        TeamPortfolio portfolio = team.propose();

        double value = team.measure().value(team.visitsOf(portfolio));
        assertThat(portfolio.value()).isCloseTo(value, within(1e-6));
        assertThat(portfolio.assignments().stream().mapToDouble(TeamAssignment::marginalValue).sum())
                .isCloseTo(value, within(1e-6));
    }

    @Property(tries = 300)
    void reachesAtLeastHalfOfOneMinusOneOverEOfTheOptimum(@ForAll("teams") Team team) {
        TeamPortfolio portfolio = team.propose();

        double optimum = team.optimum();
        double value = team.measure().value(team.visitsOf(portfolio));
        assertThat(value).isLessThanOrEqualTo(optimum + 1e-6);
        assertThat(value).as("optimum %s", optimum).isGreaterThanOrEqualTo(GUARANTEE * optimum - 1e-6);
    }

    @Property(tries = 300)
    void theMeasureIsMonotoneAndSubmodular(@ForAll("teams") Team team, @ForAll("seeds") long seed) {
        List<Visit> all = team.feasibleAlone();
        if (all.isEmpty()) {
            return;
        }
        java.util.Random random = new java.util.Random(seed);
        List<Visit> small = new ArrayList<>();
        List<Visit> large = new ArrayList<>();
        for (Visit visit : all) {
            int draw = random.nextInt(3);
            if (draw == 0) {
                small.add(visit);
                large.add(visit);
            } else if (draw == 1) {
                large.add(visit);
            }
        }
        Visit extra = all.get(random.nextInt(all.size()));
        NaiveTeamMeasure measure = team.measure();
        double gainToSmall = measure.value(plus(small, extra)) - measure.value(small);
        double gainToLarge = measure.value(plus(large, extra)) - measure.value(large);

        assertThat(gainToSmall).isGreaterThanOrEqualTo(-TOLERANCE);
        assertThat(gainToSmall).isGreaterThanOrEqualTo(gainToLarge - 1e-6);
    }

    private static List<Visit> plus(List<Visit> visits, Visit extra) {
        List<Visit> more = new ArrayList<>(visits);
        more.add(extra);
        return more;
    }

    // ---- generators ----

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    @Provide
    Arbitrary<Team> teams() {
        Arbitrary<List<PlatformOffer>> platforms = platform().list().ofMinSize(1).ofMaxSize(5).map(shapes -> {
            List<PlatformOffer> named = new ArrayList<>();
            for (int i = 0; i < shapes.size(); i++) {
                PlatformOffer p = shapes.get(i);
                named.add(new PlatformOffer("p-" + i, "Platform " + i, null, "CONFERENCE", p.programStartsAt(),
                        p.programEndsAt(), p.networkingSupported(), p.expectedAttendance(), p.audience()));
            }
            return named;
        });
        Arbitrary<List<TeamMember>> members = member().list().ofMinSize(1).ofMaxSize(3).map(drafts -> {
            List<TeamMember> named = new ArrayList<>();
            for (int m = 0; m < drafts.size(); m++) {
                List<TargetNeed> targets = new ArrayList<>();
                for (int t = 0; t < drafts.get(m).targets().size(); t++) {
                    TargetNeed target = drafts.get(m).targets().get(t);
                    targets.add(new TargetNeed("m" + m + "-t" + t, "o", target.function(), target.position(),
                            target.industry(), target.priority(), target.deadline()));
                }
                named.add(new TeamMember("member-" + m, targets, drafts.get(m).availableHours()));
            }
            return named;
        });
        Arbitrary<TimePlan> timePlans = Combinators.combine(Arbitraries.of(0, 30, 60), Arbitraries.of(0, 30, 60))
                .as(TimePlan::new);
        return Combinators.combine(platforms, members, timePlans).as(Team::new);
    }

    private static Arbitrary<PlatformOffer> platform() {
        Arbitrary<AudienceSegment> segment = Combinators.combine(text(List.of("CFO", "CTO")).injectNull(0.1),
                        text(List.of("Senior")).injectNull(0.6), text(List.of("Banking")).injectNull(0.6),
                        Arbitraries.doubles().between(0.01, 0.5).ofScale(2))
                .as(AudienceSegment::new);
        return Combinators.combine(Arbitraries.integers().between(1, 3), Arbitraries.integers().between(7, 20),
                        Arbitraries.integers().between(1, 4), Arbitraries.of(true, false),
                        Arbitraries.integers().between(10, 400), segment.list().ofMinSize(1).ofMaxSize(3))
                .as((day, hour, hours, networking, attendance, audience) -> {
                    Instant starts = NOW.plus(Duration.ofDays(day)).plus(Duration.ofHours(hour));
                    return new PlatformOffer("draft", "draft", null, "CONFERENCE", starts,
                            starts.plus(Duration.ofHours(hours)), networking, attendance, audience);
                });
    }

    private static Arbitrary<TeamMember> member() {
        Arbitrary<TargetNeed> target = Combinators.combine(text(List.of("CFO", "CTO")).injectNull(0.15),
                        text(List.of("Senior")).injectNull(0.7), text(List.of("Banking")).injectNull(0.7),
                        Arbitraries.integers().between(1, 5), Arbitraries.integers().between(1, 40))
                .as((function, position, industry, priority, deadlineDays) -> new TargetNeed("draft", "o", function,
                        position, industry, priority, NOW.plus(Duration.ofDays(deadlineDays))));
        return Combinators.combine(target.list().ofMaxSize(3), Arbitraries.integers().between(0, 12))
                .as((targets, hours) -> new TeamMember("draft", targets, hours));
    }

    private static Arbitrary<String> text(List<String> vocabulary) {
        return Combinators.combine(Arbitraries.of(vocabulary), Arbitraries.of(0, 1, 2), Arbitraries.of("", " "))
                .as((word, casing, padding) -> padding + switch (casing) {
                    case 0 -> word;
                    case 1 -> word.toUpperCase(Locale.ROOT);
                    default -> word.toLowerCase(Locale.ROOT);
                } + padding);
    }

    // ---- the team, the measure counted from scratch, and the optimum by brute force ----

    record Visit(TeamMember member, String platformId) {
    }

    record Team(List<PlatformOffer> platforms, List<TeamMember> members, TimePlan timePlan) {

        TeamPortfolio propose() {
            return TeamPortfolioPlanner.propose(platforms, members, timePlan, SETTINGS);
        }

        NaiveTeamMeasure measure() {
            return new NaiveTeamMeasure(this);
        }

        PlatformOffer platform(String platformId) {
            return platforms.stream().filter(p -> p.platformId().equals(platformId)).findFirst().orElseThrow();
        }

        TeamMember member(String memberId) {
            return members.stream().filter(m -> m.memberId().equals(memberId)).findFirst().orElseThrow();
        }

        List<Visit> visitsOf(TeamPortfolio portfolio) {
            return portfolio.assignments().stream()
                    .map(a -> new Visit(member(a.memberId()), a.platform().platformId())).toList();
        }

        double hours(String platformId) {
            PlatformOffer p = platform(platformId);
            return (p.programDuration().toMinutes() + timePlan.arriveEarlyMinutes() + timePlan.stayLateMinutes())
                    / 60.0;
        }

        boolean overlap(String a, String b) {
            PlatformOffer first = platform(a);
            PlatformOffer second = platform(b);
            Instant firstArrives = first.programStartsAt().minus(Duration.ofMinutes(timePlan.arriveEarlyMinutes()));
            Instant firstLeaves = first.programEndsAt().plus(Duration.ofMinutes(timePlan.stayLateMinutes()));
            Instant secondArrives = second.programStartsAt().minus(Duration.ofMinutes(timePlan.arriveEarlyMinutes()));
            Instant secondLeaves = second.programEndsAt().plus(Duration.ofMinutes(timePlan.stayLateMinutes()));
            return firstArrives.isBefore(secondLeaves) && secondArrives.isBefore(firstLeaves);
        }

        /** Every visit that serves the member somebody and fits their hours on its own. */
        List<Visit> feasibleAlone() {
            List<Visit> visits = new ArrayList<>();
            for (TeamMember member : members) {
                for (PlatformOffer platform : platforms) {
                    if (hours(platform.platformId()) <= member.availableHours()
                            && !NaiveTeamMeasure.served(platform, member).isEmpty()) {
                        visits.add(new Visit(member, platform.platformId()));
                    }
                }
            }
            return visits;
        }

        /** The best value of any set of visits within every member's hours, no member at two overlapping ones. */
        double optimum() {
            List<Visit> visits = feasibleAlone();
            NaiveTeamMeasure measure = measure();
            double best = 0;
            for (long subset = 0; subset < 1L << visits.size(); subset++) {
                List<Visit> chosen = new ArrayList<>();
                for (int i = 0; i < visits.size(); i++) {
                    if ((subset & 1L << i) != 0) {
                        chosen.add(visits.get(i));
                    }
                }
                if (feasible(chosen)) {
                    best = Math.max(best, measure.value(chosen));
                }
            }
            return best;
        }

        private boolean feasible(List<Visit> chosen) {
            Map<String, Double> hours = new HashMap<>();
            for (int i = 0; i < chosen.size(); i++) {
                Visit visit = chosen.get(i);
                double total = hours.merge(visit.member().memberId(), hours(visit.platformId()), Double::sum);
                if (total > visit.member().availableHours() + TOLERANCE) {
                    return false;
                }
                for (int j = 0; j < i; j++) {
                    Visit other = chosen.get(j);
                    if (other.member().equals(visit.member()) && overlap(other.platformId(), visit.platformId())) {
                        return false;
                    }
                }
            }
            return true;
        }
    }

    /**
     * The team measure as docs/teams.md states it: per (platform, profile) covered by some visit its people x the
     * team's weight of the profile x the networking factor; per profile the covered values best first, each further
     * one x the repeat-service factor.
     */
    static final class NaiveTeamMeasure {

        private final Team team;
        private final Map<String, Double> weightOfProfile = new HashMap<>();

        NaiveTeamMeasure(Team team) {
            this.team = team;
            for (TeamMember member : team.members()) {
                for (TargetNeed target : member.targets()) {
                    weightOfProfile.merge(key(target), SETTINGS.priorityWeight(target.priority()), Math::max);
                }
            }
        }

        double value(List<Visit> visits) {
            Map<String, Map<String, Double>> coveredByProfile = new HashMap<>();
            for (Visit visit : visits) {
                PlatformOffer platform = team.platform(visit.platformId());
                served(platform, visit.member()).forEach((profile, people) -> coveredByProfile
                        .computeIfAbsent(profile, k -> new HashMap<>())
                        .put(platform.platformId(), people * weightOfProfile.get(profile)
                                * SETTINGS.networkingFactor(platform.networkingSupported())));
            }
            double total = 0;
            for (Map<String, Double> byPlatform : coveredByProfile.values()) {
                List<Double> values = new ArrayList<>(byPlatform.values());
                values.sort(java.util.Comparator.reverseOrder());
                double weight = 1;
                for (double value : values) {
                    total += weight * value;
                    weight *= SETTINGS.repeatServiceFactor();
                }
            }
            return total;
        }

        /** The people of each profile the member looks for that the platform is expected to bring in time. */
        static Map<String, Double> served(PlatformOffer platform, TeamMember member) {
            Map<String, Double> served = new HashMap<>();
            if (!platform.programStartsAt().isAfter(SETTINGS.now())) {
                return served;
            }
            for (TargetNeed target : member.targets()) {
                if (!platform.programStartsAt().isBefore(target.deadline())) {
                    continue;
                }
                double share = 0;
                for (AudienceSegment segment : platform.audience()) {
                    if (matches(target.function(), segment.function())
                            && matches(target.position(), segment.position())
                            && matches(target.industry(), segment.industry())) {
                        share += segment.share();
                    }
                }
                if (share > 0) {
                    served.put(key(target), platform.expectedAttendance() * share);
                }
            }
            return served;
        }

        private static String key(TargetNeed target) {
            return norm(target.function()) + "|" + norm(target.position()) + "|" + norm(target.industry());
        }

        private static String norm(String text) {
            return text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        }

        private static boolean matches(String wanted, String offered) {
            return wanted == null || wanted.isBlank() || offered != null && norm(wanted).equals(norm(offered));
        }
    }
}
