package com.netfocus.catalog.recommendation;

import static com.netfocus.catalog.recommendation.Fixtures.NOW;
import static com.netfocus.catalog.recommendation.Fixtures.platform;
import static com.netfocus.catalog.recommendation.Fixtures.segment;
import static com.netfocus.catalog.recommendation.Fixtures.target;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlatformRankingTest {

    private static final double EXACT = 1e-9;
    private static final ScoringSettings SETTINGS = ScoringSettings.defaults(NOW);
    private static final TimePlan HALF_HOUR_EACH_SIDE = new TimePlan(30, 30);

    // CFOs in manufacturing (priority 1 -> weight 1.0), due end of June;
    // IT directors of any seniority and industry (priority 3 -> weight 0.6), due end of April.
    private static final TargetNeed CFO = target("t-cfo", "CFO", null, "Manufacturing", 1, "2026-06-30");
    private static final TargetNeed IT = target("t-it", "IT Director", " ", null, 3, "2026-04-30");
    private static final List<TargetNeed> TARGETS = List.of(CFO, IT);

    // 2 h programme + 30 + 30 min = 3 h; networking supported -> x1.0; 200 expected.
    // t-cfo: segments 1 and 2 match (case and spaces do not matter, position is "any") -> 0.25 + 0.05 = 0.30
    //        -> 200 x 0.30 = 60 people x 1.0 = 60
    // t-it:  segment 3 -> 200 x 0.10 = 20 people x 0.6 = 12
    // score = (60 + 12) x 1.0 / 3 = 24.0
    private static final PlatformOffer FORUM = platform("p-a", "2026-04-10T16:00:00Z", "2026-04-10T18:00:00Z",
            true, 200,
            segment("CFO", "Senior", "Manufacturing", 0.25),
            segment(" cfo ", "Executive", "MANUFACTURING", 0.05),
            segment("IT Director", "Senior", "Manufacturing", 0.10),
            segment("Marketing", "Senior", "Retail", 0.60));

    // 1 h + 1 h = 2 h; networking not supported -> x0.6; 50 expected.
    // t-it: 50 x 0.4 = 20 people x 0.6 = 12; the CFOs here are in retail, not manufacturing -> t-cfo not served.
    // score = 12 x 0.6 / 2 = 3.6
    private static final PlatformOffer BREAKFAST = platform("p-b", "2026-04-15T07:00:00Z", "2026-04-15T08:00:00Z",
            false, 50,
            segment("IT Director", "Manager", "Retail", 0.4),
            segment("CFO", null, "Retail", 0.2));
    // Same numbers, same start, higher id -> ranked right after p-b.
    private static final PlatformOffer BREAKFAST_TWIN = platform("p-b2", "2026-04-15T07:00:00Z",
            "2026-04-15T08:00:00Z", false, 50,
            segment("IT Director", "Manager", "Retail", 0.4));
    // Same score 3.6 as p-b but three days earlier -> ranked before p-b.
    private static final PlatformOffer EARLIER_BREAKFAST = platform("p-g", "2026-04-12T07:00:00Z",
            "2026-04-12T08:00:00Z", false, 50,
            segment("IT Director", null, null, 0.4));

    // After t-it's deadline (April 30), before t-cfo's (June 30): only t-cfo counts.
    // 3 h + 1 h = 4 h; t-cfo: 100 x 0.1 = 10 people x 1.0 = 10; t-it would be 30 people but is too late.
    // score = 10 x 1.0 / 4 = 2.5
    private static final PlatformOffer LATE_SEMINAR = platform("p-c", "2026-05-20T09:00:00Z",
            "2026-05-20T12:00:00Z", true, 100,
            segment("CFO", null, "Manufacturing", 0.1),
            segment("IT Director", null, null, 0.3));

    // Not recommended: already started (before now), after every deadline, or nobody matching.
    private static final PlatformOffer PAST = platform("p-d", "2026-02-20T09:00:00Z", "2026-02-20T12:00:00Z",
            true, 500, segment("CFO", null, "Manufacturing", 1.0));
    private static final PlatformOffer NOBODY_MATCHING = platform("p-e", "2026-04-01T09:00:00Z",
            "2026-04-01T12:00:00Z", true, 500, segment("Marketing", "Senior", "Manufacturing", 1.0));
    private static final PlatformOffer AFTER_ALL_DEADLINES = platform("p-f", "2026-07-05T09:00:00Z",
            "2026-07-05T12:00:00Z", true, 500, segment("CFO", null, "Manufacturing", 1.0));

    @Test
    void ranksByWeightedTargetPeoplePerHourWithDeterministicTies() {
        List<Recommendation> ranked = PlatformRanking.rank(
                List.of(NOBODY_MATCHING, BREAKFAST_TWIN, LATE_SEMINAR, BREAKFAST, PAST, FORUM, AFTER_ALL_DEADLINES,
                        EARLIER_BREAKFAST),
                TARGETS, HALF_HOUR_EACH_SIDE, SETTINGS);

        assertThat(ranked).extracting(Recommendation::platformId)
                .containsExactly("p-a", "p-g", "p-b", "p-b2", "p-c");
        assertThat(ranked).extracting(Recommendation::score)
                .satisfiesExactly(
                        score -> assertThat(score).isCloseTo(24.0, within(EXACT)),
                        score -> assertThat(score).isCloseTo(3.6, within(EXACT)),
                        score -> assertThat(score).isCloseTo(3.6, within(EXACT)),
                        score -> assertThat(score).isCloseTo(3.6, within(EXACT)),
                        score -> assertThat(score).isCloseTo(2.5, within(EXACT)));
        assertThat(ranked).extracting(Recommendation::hours).containsExactly(3.0, 2.0, 2.0, 2.0, 4.0);
    }

    @Test
    void saysWhichTargetsArePresentAndHowManyPeopleOfEach() {
        Recommendation forum = only(PlatformRanking.rank(List.of(FORUM), TARGETS, HALF_HOUR_EACH_SIDE, SETTINGS));

        assertThat(forum.name()).isEqualTo("Platform p-a");
        assertThat(forum.servedTargets()).extracting(ServedTarget::targetId).containsExactly("t-cfo", "t-it");
        assertThat(forum.servedTargets().get(0).expectedPeople()).isCloseTo(60.0, within(EXACT));
        assertThat(forum.servedTargets().get(1).expectedPeople()).isCloseTo(20.0, within(EXACT));
        assertThat(forum.explanation())
                .contains("Serves 2 targets", "t-cfo ~60.0 people (priority 1, weight 1.00)",
                        "t-it ~20.0 people (priority 3, weight 0.60)", "Weighted people 72.0",
                        "networking factor 1.00 (networking supported)", "/ 3.00 h",
                        "programme 120 min + 30 min early + 30 min late", "= 24.00 weighted target people per hour",
                        "Topic is not considered")
                .doesNotContain("topic of p-a");
    }

    @Test
    void aTargetPastItsDeadlineIsNotListedAsServed() {
        Recommendation late = only(PlatformRanking.rank(List.of(LATE_SEMINAR), TARGETS, HALF_HOUR_EACH_SIDE,
                SETTINGS));

        assertThat(late.servedTargets()).extracting(ServedTarget::targetId).containsExactly("t-cfo");
    }

    @Test
    void deadlinesAndNowAreExclusive() {
        // t-it is due 2026-04-30, i.e. before 2026-05-01T00:00Z; a programme starting exactly then is too late,
        // one starting a minute earlier still counts. A programme starting exactly "now" has already begun.
        PlatformOffer atDeadline = platform("p-at", "2026-05-01T00:00:00Z", "2026-05-01T01:00:00Z", true, 10,
                segment("IT Director", null, null, 1.0));
        PlatformOffer justBefore = platform("p-before", "2026-04-30T23:59:00Z", "2026-05-01T00:59:00Z", true, 10,
                segment("IT Director", null, null, 1.0));
        PlatformOffer atNow = platform("p-now", NOW.toString(), "2026-03-01T01:00:00Z", true, 10,
                segment("IT Director", null, null, 1.0));

        List<Recommendation> ranked = PlatformRanking.rank(List.of(atDeadline, justBefore, atNow), List.of(IT),
                HALF_HOUR_EACH_SIDE, SETTINGS);

        assertThat(ranked).extracting(Recommendation::platformId).containsExactly("p-before");
    }

    @Test
    void aSegmentNeedsEveryFieldTheTargetAsksFor() {
        TargetNeed seniorBankers = target("t-sb", "  ", "Senior", "Banking", 2, "2026-12-31");
        // Only the first segment has both Senior and Banking: 100 x 0.2 = 20 people x 0.8 = 16; programme 1 h,
        // no early or late time -> score 16 per hour. A segment with no position does not match "Senior".
        PlatformOffer meeting = platform("p-m", "2026-04-01T18:00:00Z", "2026-04-01T19:00:00Z", true, 100,
                segment("CFO", "senior", "banking", 0.2),
                segment("CFO", null, "Banking", 0.3),
                segment("CFO", "Senior", "Insurance", 0.5));

        Recommendation recommendation = only(PlatformRanking.rank(List.of(meeting), List.of(seniorBankers),
                new TimePlan(0, 0), SETTINGS));

        assertThat(recommendation.servedTargets().get(0).expectedPeople()).isCloseTo(20.0, within(EXACT));
        assertThat(recommendation.score()).isCloseTo(16.0, within(EXACT));
    }

    @Test
    void earlyArrivalAndLateStayCountAsInvestedHours() {
        // 60 people x 1.0 + 20 x 0.6 = 72 weighted people.
        // Programme only: 72 / 2 h = 36; with 60 min early and 90 min late: 72 / 4.5 h = 16.
        double programmeOnly = only(PlatformRanking.rank(List.of(FORUM), TARGETS, new TimePlan(0, 0), SETTINGS))
                .score();
        double withExtraTime = only(PlatformRanking.rank(List.of(FORUM), TARGETS, new TimePlan(60, 90), SETTINGS))
                .score();

        assertThat(programmeOnly).isCloseTo(36.0, within(EXACT));
        assertThat(withExtraTime).isCloseTo(16.0, within(EXACT));
    }

    @Test
    void weightsAndFactorsComeFromTheSettings() {
        // Priority 3 weighs 0.3 instead of 0.6; a platform without networking keeps 0.9 instead of 0.6.
        ScoringSettings custom = new ScoringSettings(
                java.util.Map.of(1, 1.0, 2, 0.5, 3, 0.3, 4, 0.2, 5, 0.1), 1.0, 0.9, 0.5, NOW);
        // BREAKFAST: 20 IT directors x 0.3 = 6 x 0.9 = 5.4 / 2 h = 2.7
        Recommendation breakfast = only(PlatformRanking.rank(List.of(BREAKFAST), TARGETS, HALF_HOUR_EACH_SIDE,
                custom));

        assertThat(breakfast.score()).isCloseTo(2.7, within(EXACT));
    }

    @Test
    void aTargetCountsEachSegmentOnceAndTargetsWithTheSameProfileAreEachServed() {
        // Two targets with the same profile (one per objective) are both served by the same segments:
        // 40 x (0.5 + 0.25) = 30 people each; weights 1.0 and 0.2 -> (30 + 6) / 1 h = 36.
        TargetNeed first = target("t-1", "Founder", null, null, 1, "2026-12-31");
        TargetNeed second = target("t-2", "founder", null, null, 5, "2026-12-31");
        PlatformOffer meetup = platform("p-meetup", "2026-03-10T18:00:00Z", "2026-03-10T19:00:00Z", true, 40,
                segment("Founder", "Junior", "Software", 0.5),
                segment("Founder", "Senior", "Software", 0.25));

        Recommendation recommendation = only(PlatformRanking.rank(List.of(meetup), List.of(first, second),
                new TimePlan(0, 0), SETTINGS));

        assertThat(recommendation.servedTargets()).extracting(ServedTarget::expectedPeople)
                .containsExactly(30.0, 30.0);
        assertThat(recommendation.score()).isCloseTo(36.0, within(EXACT));
    }

    @Test
    void noTargetsOrNoAttendanceMeansNoRecommendation() {
        PlatformOffer empty = platform("p-empty", "2026-04-01T09:00:00Z", "2026-04-01T10:00:00Z", true, 0,
                segment("CFO", null, "Manufacturing", 1.0));

        assertThat(PlatformRanking.rank(List.of(FORUM), List.of(), HALF_HOUR_EACH_SIDE, SETTINGS)).isEmpty();
        assertThat(PlatformRanking.rank(List.of(empty), TARGETS, HALF_HOUR_EACH_SIDE, SETTINGS)).isEmpty();
    }

    @Test
    void aLimitKeepsTheBestInRankingOrder() {
        List<PlatformOffer> catalog = List.of(LATE_SEMINAR, BREAKFAST, FORUM, EARLIER_BREAKFAST, BREAKFAST_TWIN);

        assertThat(PlatformRanking.rank(catalog, TARGETS, HALF_HOUR_EACH_SIDE, SETTINGS, 3))
                .extracting(Recommendation::platformId).containsExactly("p-a", "p-g", "p-b");
        assertThat(PlatformRanking.rank(catalog, TARGETS, HALF_HOUR_EACH_SIDE, SETTINGS, 0)).isEmpty();
        assertThatThrownBy(() -> PlatformRanking.rank(catalog, TARGETS, HALF_HOUR_EACH_SIDE, SETTINGS, -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Recommendation only(List<Recommendation> ranked) {
        assertThat(ranked).hasSize(1);
        return ranked.get(0);
    }
}
