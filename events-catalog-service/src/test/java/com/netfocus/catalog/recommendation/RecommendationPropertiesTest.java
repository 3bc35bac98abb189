package com.netfocus.catalog.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties of the scoring over random catalogs and target lists. Profile texts come from a small
 * vocabulary in mixed case and padding, so matches are frequent and normalisation is exercised; "outsider"
 * texts are never asked for by any target.
 */
class RecommendationPropertiesTest {

    private static final Instant NOW = Instant.parse("2026-03-01T00:00:00Z");
    private static final ScoringSettings SETTINGS = ScoringSettings.defaults(NOW);
    private static final List<String> FUNCTIONS = List.of("CFO", "CTO", "Founder");
    private static final List<String> POSITIONS = List.of("Senior", "Junior");
    private static final List<String> INDUSTRIES = List.of("Retail", "Banking");
    private static final List<String> OUTSIDERS = List.of("Astronaut", "Chef", "Pilot");
    private static final double TOLERANCE = 1e-9;

    // a target asking for nothing in particular matches every outsider, so some tries are discarded
    @Property(tries = 300, maxDiscardRatio = 20)
    void addingAPlatformMatchingNoTargetNeverChangesTheOthersOrder(
            @ForAll("catalogs") List<PlatformOffer> catalog, @ForAll("targetLists") List<TargetNeed> targets,
            @ForAll("outsiderPlatforms") PlatformOffer outsider, @ForAll("timePlans") TimePlan timePlan,
            @ForAll @IntRange(min = 0, max = 40) int insertAt) {
        Assume.that(NaiveScoring.servedPeople(outsider, targets, SETTINGS).isEmpty());
        List<PlatformOffer> withOutsider = new ArrayList<>(catalog);
        withOutsider.add(Math.min(insertAt, catalog.size()), outsider);

        List<Recommendation> before = PlatformRanking.rank(catalog, targets, timePlan, SETTINGS);
        List<Recommendation> after = PlatformRanking.rank(withOutsider, targets, timePlan, SETTINGS);

        assertThat(after).isEqualTo(before);
    }

    @Property(tries = 300)
    void changingOnlyThePlatformsTopicNeverChangesItsScore(
            @ForAll("catalogs") List<PlatformOffer> catalog, @ForAll("targetLists") List<TargetNeed> targets,
            @ForAll("timePlans") TimePlan timePlan, @ForAll("texts") String newTopic) {
        List<PlatformOffer> retitled = catalog.stream().map(platform -> platform.withTopic(newTopic)).toList();

        assertThat(PlatformRanking.rank(retitled, targets, timePlan, SETTINGS))
                .isEqualTo(PlatformRanking.rank(catalog, targets, timePlan, SETTINGS));
    }

    @Property(tries = 300)
    void thePortfolioNeverExceedsTheBudgetNorHoldsAPlatformLongerThanIt(
            @ForAll("catalogs") List<PlatformOffer> catalog, @ForAll("targetLists") List<TargetNeed> targets,
            @ForAll("timePlans") TimePlan timePlan,
            @ForAll @DoubleRange(min = 0, max = 30) double remainingHours) {
        Portfolio portfolio = PortfolioPlanner.propose(catalog, targets, timePlan, remainingHours, SETTINGS);

        assertThat(portfolio.totalHours()).isLessThanOrEqualTo(remainingHours);
        Set<String> tooLong = catalog.stream()
                .filter(platform -> NaiveScoring.hours(platform, timePlan) > remainingHours)
                .map(PlatformOffer::platformId).collect(Collectors.toSet());
        List<String> chosen = portfolio.chosen().stream().map(pick -> pick.recommendation().platformId()).toList();
        assertThat(chosen).noneMatch(tooLong::contains).doesNotHaveDuplicates();
        assertThat(portfolio.chosen().stream().mapToDouble(pick -> pick.recommendation().hours()).sum())
                .isCloseTo(portfolio.totalHours(), within(TOLERANCE));
        assertNoTwoChosenOverlap(catalog, chosen, timePlan);
        assertThat(portfolio.chosen()).allSatisfy(pick -> assertThat(pick.marginalValue()).isPositive());
    }

    @Property(tries = 300)
    void scoresAreNeverNegativeAndOnlyPlatformsServingATargetAreRecommended(
            @ForAll("catalogs") List<PlatformOffer> catalog, @ForAll("targetLists") List<TargetNeed> targets,
            @ForAll("timePlans") TimePlan timePlan) {
        List<Recommendation> ranked = PlatformRanking.rank(catalog, targets, timePlan, SETTINGS);

        assertThat(ranked).allSatisfy(recommendation -> {
            assertThat(recommendation.score()).isNotNegative().isFinite();
            assertThat(recommendation.servedTargets()).isNotEmpty()
                    .allSatisfy(served -> assertThat(served.expectedPeople()).isPositive());
        });
        Set<String> serving = catalog.stream()
                .filter(platform -> !NaiveScoring.servedPeople(platform, targets, SETTINGS).isEmpty())
                .map(PlatformOffer::platformId).collect(Collectors.toSet());
        assertThat(ranked).extracting(Recommendation::platformId).containsExactlyInAnyOrderElementsOf(serving);
    }

    @Property(tries = 300)
    void theIndexedScoringAgreesWithTheFormulaAppliedNaively(
            @ForAll("catalogs") List<PlatformOffer> catalog, @ForAll("targetLists") List<TargetNeed> targets,
            @ForAll("timePlans") TimePlan timePlan) {
        List<Recommendation> ranked = PlatformRanking.rank(catalog, targets, timePlan, SETTINGS);

        for (Recommendation recommendation : ranked) {
            PlatformOffer platform = catalog.stream()
                    .filter(p -> p.platformId().equals(recommendation.platformId())).findFirst().orElseThrow();
            assertThat(recommendation.score())
                    .isCloseTo(NaiveScoring.score(platform, targets, timePlan, SETTINGS), within(TOLERANCE));
            assertThat(recommendation.servedTargets().stream().map(ServedTarget::targetId).toList())
                    .isEqualTo(List.copyOf(NaiveScoring.servedPeople(platform, targets, SETTINGS).keySet()));
        }
        for (int i = 1; i < ranked.size(); i++) {
            assertThat(ranked.get(i).score()).isLessThanOrEqualTo(ranked.get(i - 1).score());
        }
    }

    @Property(tries = 200)
    void aLimitedRankingIsTheBeginningOfTheFullRanking(
            @ForAll("catalogs") List<PlatformOffer> catalog, @ForAll("targetLists") List<TargetNeed> targets,
            @ForAll("timePlans") TimePlan timePlan, @ForAll @IntRange(min = 0, max = 30) int limit) {
        List<Recommendation> full = PlatformRanking.rank(catalog, targets, timePlan, SETTINGS);

        assertThat(PlatformRanking.rank(catalog, targets, timePlan, SETTINGS, limit))
                .isEqualTo(full.subList(0, Math.min(limit, full.size())));
    }

    private static void assertNoTwoChosenOverlap(List<PlatformOffer> catalog, List<String> chosenIds,
                                                 TimePlan timePlan) {
        List<PlatformOffer> chosen = catalog.stream().filter(p -> chosenIds.contains(p.platformId())).toList();
        for (PlatformOffer a : chosen) {
            for (PlatformOffer b : chosen) {
                if (a != b) {
                    Instant aFrom = a.programStartsAt().minus(Duration.ofMinutes(timePlan.arriveEarlyMinutes()));
                    Instant aTo = a.programEndsAt().plus(Duration.ofMinutes(timePlan.stayLateMinutes()));
                    Instant bFrom = b.programStartsAt().minus(Duration.ofMinutes(timePlan.arriveEarlyMinutes()));
                    Instant bTo = b.programEndsAt().plus(Duration.ofMinutes(timePlan.stayLateMinutes()));
                    assertThat(aFrom.isBefore(bTo) && bFrom.isBefore(aTo))
                            .as("%s and %s overlap", a.platformId(), b.platformId()).isFalse();
                }
            }
        }
    }

    // ---- generators ----

    @Provide
    Arbitrary<List<PlatformOffer>> catalogs() {
        return platformShapes(profileText(FUNCTIONS), profileText(POSITIONS), profileText(INDUSTRIES))
                .list().ofMaxSize(25)
                .map(shapes -> {
                    List<PlatformOffer> platforms = new ArrayList<>();
                    for (int i = 0; i < shapes.size(); i++) {
                        platforms.add(shapes.get(i).withId("p-" + i));
                    }
                    return platforms;
                });
    }

    @Provide
    Arbitrary<PlatformOffer> outsiderPlatforms() {
        Arbitrary<String> outsider = Arbitraries.of(OUTSIDERS);
        return platformShapes(outsider, outsider, outsider).map(shape -> shape.withId("p-outsider"));
    }

    @Provide
    Arbitrary<List<TargetNeed>> targetLists() {
        Arbitrary<TargetNeed> target = Combinators.combine(
                profileText(FUNCTIONS).injectNull(0.3), profileText(POSITIONS).injectNull(0.5),
                profileText(INDUSTRIES).injectNull(0.5), Arbitraries.integers().between(1, 5),
                Arbitraries.integers().between(-5, 200))
                .as((function, position, industry, priority, deadlineDays) -> new TargetNeed("unnamed", "o-1",
                        function, position, industry, priority, NOW.plus(Duration.ofDays(deadlineDays))));
        return target.list().ofMaxSize(8).map(targets -> {
            List<TargetNeed> named = new ArrayList<>();
            for (int i = 0; i < targets.size(); i++) {
                TargetNeed t = targets.get(i);
                named.add(new TargetNeed("t-" + i, t.objectiveId(), t.function(), t.position(), t.industry(),
                        t.priority(), t.deadline()));
            }
            return named;
        });
    }

    @Provide
    Arbitrary<TimePlan> timePlans() {
        return Combinators.combine(Arbitraries.integers().between(0, 120), Arbitraries.integers().between(0, 120))
                .as(TimePlan::new);
    }

    @Provide
    Arbitrary<String> texts() {
        return anyText();
    }

    private static Arbitrary<String> anyText() {
        return Arbitraries.strings().ofMaxLength(30).injectNull(0.1);
    }

    private static Arbitrary<String> profileText(List<String> vocabulary) {
        return Combinators.combine(Arbitraries.of(vocabulary), Arbitraries.of(0, 1, 2), Arbitraries.of("", " ", "  "))
                .as((word, casing, padding) -> padding + switch (casing) {
                    case 0 -> word;
                    case 1 -> word.toUpperCase(Locale.ROOT);
                    default -> word.toLowerCase(Locale.ROOT);
                } + padding);
    }

    private static Arbitrary<PlatformShape> platformShapes(Arbitrary<String> functions, Arbitrary<String> positions,
                                                           Arbitrary<String> industries) {
        Arbitrary<AudienceSegment> segment = Combinators.combine(functions.injectNull(0.1),
                        positions.injectNull(0.3), industries.injectNull(0.3),
                        Arbitraries.doubles().between(0, 1).ofScale(2))
                .as(AudienceSegment::new);
        return Combinators.combine(
                        Arbitraries.integers().between(-10 * 24 * 60, 210 * 24 * 60),
                        Arbitraries.integers().between(15, 12 * 60),
                        Arbitraries.of(true, false),
                        Arbitraries.integers().between(0, 3000),
                        segment.list().ofMaxSize(5),
                        anyText())
                .as((startMinute, durationMinutes, networking, attendance, audience, topic) -> new PlatformShape(
                        NOW.plus(Duration.ofMinutes(startMinute)), Duration.ofMinutes(durationMinutes), networking,
                        attendance, audience, topic));
    }

    private record PlatformShape(Instant start, Duration duration, boolean networking, int attendance,
                                 List<AudienceSegment> audience, String topic) {
        PlatformOffer withId(String id) {
            return new PlatformOffer(id, "Platform " + id, topic, "MEETUP", start, start.plus(duration), networking,
                    attendance, audience);
        }
    }

    /** The formula as the README states it, with none of the production code's indexing. */
    private static final class NaiveScoring {

        static java.util.LinkedHashMap<String, Double> servedPeople(PlatformOffer platform, List<TargetNeed> targets,
                                                                   ScoringSettings settings) {
            java.util.LinkedHashMap<String, Double> served = new java.util.LinkedHashMap<>();
            if (!platform.programStartsAt().isAfter(settings.now())) {
                return served;
            }
            for (TargetNeed target : targets) {
                if (!platform.programStartsAt().isBefore(target.deadline())) {
                    continue;
                }
                double share = 0;
                for (AudienceSegment segment : platform.audience()) {
                    if (fieldMatches(target.function(), segment.function())
                            && fieldMatches(target.position(), segment.position())
                            && fieldMatches(target.industry(), segment.industry())) {
                        share += segment.share();
                    }
                }
                double people = platform.expectedAttendance() * share;
                if (people > 0) {
                    served.put(target.targetId(), people);
                }
            }
            return served;
        }

        static double score(PlatformOffer platform, List<TargetNeed> targets, TimePlan timePlan,
                            ScoringSettings settings) {
            double weighted = 0;
            for (TargetNeed target : targets) {
                Double people = servedPeople(platform, targets, settings).get(target.targetId());
                if (people != null) {
                    weighted += people * settings.priorityWeight(target.priority());
                }
            }
            return weighted * settings.networkingFactor(platform.networkingSupported()) / hours(platform, timePlan);
        }

        static double hours(PlatformOffer platform, TimePlan timePlan) {
            return (platform.programDuration().toMinutes() + timePlan.arriveEarlyMinutes()
                    + timePlan.stayLateMinutes()) / 60.0;
        }

        private static boolean fieldMatches(String wanted, String offered) {
            if (wanted == null || wanted.isBlank()) {
                return true;
            }
            return offered != null && wanted.trim().equalsIgnoreCase(offered.trim());
        }
    }

}
