package com.netfocus.catalog.recommendation;

import static com.netfocus.catalog.recommendation.Fixtures.NOW;
import static com.netfocus.catalog.recommendation.Fixtures.platform;
import static com.netfocus.catalog.recommendation.Fixtures.segment;
import static com.netfocus.catalog.recommendation.Fixtures.target;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PortfolioPlannerTest {

    private static final double EXACT = 1e-9;
    private static final TimePlan HALF_HOUR_EACH_SIDE = new TimePlan(30, 30);
    private static final ScoringSettings DEFAULTS = ScoringSettings.defaults(NOW);
    private static final ScoringSettings NO_DIMINISHING_RETURNS = new ScoringSettings(
            Map.of(1, 1.0, 2, 0.8, 3, 0.6, 4, 0.4, 5, 0.2), 1.0, 0.6, 1.0, NOW);

    // Weights by default settings: priority 1 -> 1.0, 2 -> 0.8, 3 -> 0.6. All deadlines far away.
    private static final List<TargetNeed> TARGETS = List.of(
            target("t1", "CFO", null, null, 1, "2026-12-31"),
            target("t2", "CTO", null, null, 2, "2026-12-31"),
            target("t3", "COO", null, null, 3, "2026-12-31"));

    // Every 1 h programme takes 2 h with 30 min either side. Values are weighted people x networking factor.
    // cto-big:     100 x 0.3 = 30 CTOs x 0.8 = 24 over 2 h -> 12 per hour
    private static final PlatformOffer CTO_BIG = platform("cto-big", "2026-04-01T12:15:00Z",
            "2026-04-01T13:15:00Z", true, 100, segment("CTO", null, null, 0.3));
    // cfo-overlap: 100 x 0.3 = 30 CFOs x 1.0 = 30 over 3 h -> 10 per hour, but its time (09:30-12:30 with the
    //              extra half hours) overlaps cto-big's (11:45-13:45)
    private static final PlatformOffer CFO_OVERLAP = platform("cfo-overlap", "2026-04-01T10:00:00Z",
            "2026-04-01T12:00:00Z", true, 100, segment("CFO", null, null, 0.3));
    // cfo-a:       18 CFOs -> 18 over 2 h -> 9 per hour
    private static final PlatformOffer CFO_A = platform("cfo-a", "2026-04-02T10:00:00Z", "2026-04-02T11:00:00Z",
            true, 100, segment("CFO", null, null, 0.18));
    // cfo-b:       16 CFOs -> 16 over 2 h -> 8 per hour; 4 per hour once cfo-a serves t1 (x 0.5)
    private static final PlatformOffer CFO_B = platform("cfo-b", "2026-04-03T10:00:00Z", "2026-04-03T11:00:00Z",
            true, 100, segment("CFO", null, null, 0.16));
    // coo:         20 COOs x 0.6 = 12 over 2 h -> 6 per hour
    private static final PlatformOffer COO = platform("coo", "2026-04-05T10:00:00Z", "2026-04-05T11:00:00Z",
            true, 100, segment("COO", null, null, 0.2));
    // huge:        1000 CFOs over 8 h + 1 h = 9 h -> 111 per hour, but 9 h is more than the 7 h budget
    private static final PlatformOffer HUGE = platform("huge", "2026-04-06T09:00:00Z", "2026-04-06T17:00:00Z",
            true, 1000, segment("CFO", null, null, 1.0));

    private static final List<PlatformOffer> CATALOG = List.of(HUGE, COO, CFO_B, CFO_A, CFO_OVERLAP, CTO_BIG);

    @Test
    void picksByMarginalValuePerHourWithDiminishingReturnsWithinTheBudget() {
        // Budget 7 h.
        // 1st: cto-big 12/h (huge does not fit)                            -> used 2 h, t2 now counts x 0.5
        // 2nd: cfo-overlap overlaps cto-big; cfo-a 9/h > cfo-b 8/h > coo 6/h -> used 4 h, t1 now counts x 0.5
        // 3rd: cfo-b 16 x 0.5 = 8 over 2 h = 4/h < coo 6/h                   -> coo, used 6 h
        // 4th: 1 h left, cfo-b needs 2 h -> stop.
        Portfolio portfolio = PortfolioPlanner.propose(CATALOG, TARGETS, HALF_HOUR_EACH_SIDE, 7.0, DEFAULTS);

        assertThat(portfolio.chosen()).extracting(pick -> pick.recommendation().platformId())
                .containsExactly("cto-big", "cfo-a", "coo");
        assertThat(portfolio.chosen()).extracting(PortfolioPick::marginalValue)
                .satisfiesExactly(
                        value -> assertThat(value).isCloseTo(24.0, within(EXACT)),
                        value -> assertThat(value).isCloseTo(18.0, within(EXACT)),
                        value -> assertThat(value).isCloseTo(12.0, within(EXACT)));
        assertThat(portfolio.chosen()).extracting(PortfolioPick::marginalValuePerHour)
                .satisfiesExactly(
                        value -> assertThat(value).isCloseTo(12.0, within(EXACT)),
                        value -> assertThat(value).isCloseTo(9.0, within(EXACT)),
                        value -> assertThat(value).isCloseTo(6.0, within(EXACT)));
        assertThat(portfolio.totalHours()).isEqualTo(6.0);
        // 30 CTOs + 18 CFOs + 20 COOs
        assertThat(portfolio.totalExpectedTargetPeople()).isCloseTo(68.0, within(EXACT));
        assertThat(portfolio.coverage()).extracting(TargetCoverage::targetId).containsExactly("t1", "t2", "t3");
        assertThat(portfolio.coverage()).extracting(TargetCoverage::expectedPeople)
                .satisfiesExactly(
                        people -> assertThat(people).isCloseTo(18.0, within(EXACT)),
                        people -> assertThat(people).isCloseTo(30.0, within(EXACT)),
                        people -> assertThat(people).isCloseTo(20.0, within(EXACT)));
        assertThat(portfolio.coverage()).extracting(TargetCoverage::platforms).containsExactly(1, 1, 1);
    }

    @Test
    void withoutDiminishingReturnsTheSameTargetIsServedAgain() {
        // Repeat factor 1.0: 3rd step compares cfo-b 8/h with coo 6/h -> cfo-b; t3 stays uncovered.
        Portfolio portfolio = PortfolioPlanner.propose(CATALOG, TARGETS, HALF_HOUR_EACH_SIDE, 7.0,
                NO_DIMINISHING_RETURNS);

        assertThat(portfolio.chosen()).extracting(pick -> pick.recommendation().platformId())
                .containsExactly("cto-big", "cfo-a", "cfo-b");
        // 30 + 18 + 16
        assertThat(portfolio.totalExpectedTargetPeople()).isCloseTo(64.0, within(EXACT));
        assertThat(portfolio.coverage()).extracting(TargetCoverage::platforms).containsExactly(2, 1, 0);
        assertThat(portfolio.coverage().get(2).expectedPeople()).isZero();
    }

    @Test
    void aBudgetThatFitsExactlyIsUsedToTheLastMinute() {
        // 6 h: the same three 2 h platforms as with 7 h, now using the whole budget.
        Portfolio portfolio = PortfolioPlanner.propose(CATALOG, TARGETS, HALF_HOUR_EACH_SIDE, 6.0, DEFAULTS);

        assertThat(portfolio.chosen()).hasSize(3);
        assertThat(portfolio.totalHours()).isEqualTo(6.0);
    }

    @Test
    void thePlatformWorthMostPerHourIsLeftOutWhenItDoesNotFit() {
        // With 9 h, huge (1000 CFOs / 9 h = 111/h) fits and comes first; then nothing else fits.
        Portfolio roomy = PortfolioPlanner.propose(CATALOG, TARGETS, HALF_HOUR_EACH_SIDE, 9.0, DEFAULTS);
        Portfolio tight = PortfolioPlanner.propose(CATALOG, TARGETS, HALF_HOUR_EACH_SIDE, 8.99, DEFAULTS);

        assertThat(roomy.chosen()).extracting(pick -> pick.recommendation().platformId()).containsExactly("huge");
        assertThat(tight.chosen()).extracting(pick -> pick.recommendation().platformId()).doesNotContain("huge");
    }

    @Test
    void aPlatformAddingNothingIsNotProposed() {
        // Repeat factor 0: a second platform for t1 adds nothing, so it is not worth the time.
        ScoringSettings nothingForRepeats = new ScoringSettings(
                Map.of(1, 1.0, 2, 0.8, 3, 0.6, 4, 0.4, 5, 0.2), 1.0, 0.6, 0.0, NOW);

        Portfolio portfolio = PortfolioPlanner.propose(List.of(CFO_A, CFO_B), TARGETS, HALF_HOUR_EACH_SIDE, 10.0,
                nothingForRepeats);

        assertThat(portfolio.chosen()).extracting(pick -> pick.recommendation().platformId())
                .containsExactly("cfo-a");
    }

    @Test
    void noBudgetLeftProposesNothingButStillListsTheTargets() {
        Portfolio spent = PortfolioPlanner.propose(CATALOG, TARGETS, HALF_HOUR_EACH_SIDE, 0.0, DEFAULTS);
        Portfolio overspent = PortfolioPlanner.propose(CATALOG, TARGETS, HALF_HOUR_EACH_SIDE, -3.0, DEFAULTS);

        assertThat(spent.chosen()).isEmpty();
        assertThat(overspent.chosen()).isEmpty();
        assertThat(spent.totalHours()).isZero();
        assertThat(spent.coverage()).extracting(TargetCoverage::expectedPeople).containsExactly(0.0, 0.0, 0.0);
    }

    @Test
    void aBudgetThatIsNotANumberIsRefused() {
        assertThatThrownBy(() -> PortfolioPlanner.propose(CATALOG, TARGETS, HALF_HOUR_EACH_SIDE, Double.NaN,
                DEFAULTS)).isInstanceOf(IllegalArgumentException.class);
    }
}
