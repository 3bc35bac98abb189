package com.netfocus.catalog.recommendation;

import static com.netfocus.catalog.recommendation.Fixtures.NOW;
import static com.netfocus.catalog.recommendation.Fixtures.platform;
import static com.netfocus.catalog.recommendation.Fixtures.segment;
import static com.netfocus.catalog.recommendation.Fixtures.target;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The worked example of docs/teams.md, counted by hand in the comments. */
class TeamPortfolioPlannerTest {

    private static final double EXACT = 1e-9;
    private static final TimePlan HALF_HOUR_EACH_SIDE = new TimePlan(30, 30);
    private static final ScoringSettings DEFAULTS = ScoringSettings.defaults(NOW);
    private static final PersonProfile CFO = new PersonProfile("CFO", null, null);
    private static final PersonProfile CTO = new PersonProfile("CTO", null, null);

    // Every 1 h programme takes 2 h with 30 min either side.
    // breakfast: 100 x 0.2 = 20 CFOs; value 20 x weight 1.0 x networking 1.0 = 20
    private static final PlatformOffer BREAKFAST = platform("breakfast", "2026-04-01T07:00:00Z",
            "2026-04-01T08:00:00Z", true, 100, segment("CFO", null, null, 0.2));
    // forum: 10 CFOs (value 10) and 10 CTOs (value 10 x 0.8 = 8), another day
    private static final PlatformOffer FORUM = platform("forum", "2026-04-02T17:00:00Z", "2026-04-02T18:00:00Z",
            true, 100, segment("CFO", null, null, 0.1), segment("CTO", null, null, 0.1));

    // ana looks for CFOs; ben for CFOs and CTOs; each has 2.5 h: one platform each
    private static final TeamMember ANA = new TeamMember("ana",
            List.of(target("ana-cfo", "CFO", null, null, 1, "2026-12-31")), 2.5);
    private static final TeamMember BEN = new TeamMember("ben",
            List.of(target("ben-cfo", "cfo ", null, null, 1, "2026-12-31"),
                    target("ben-cto", "CTO", null, null, 2, "2026-12-31")), 2.5);

    @Test
    void sendsTheSecondMemberWhereTheTeamMeetsNewPeople() {
        // Per hour at first: ana@breakfast 20/2 = 10, ben@breakfast 10, ben@forum (10 + 8)/2 = 9, ana@forum 5.
        // 1st: ana@breakfast (ties with ben@breakfast; the earlier platform, then the first member).
        // 2nd: ana has no hours left. ben@breakfast adds 0 (the team meets those CFOs already);
        //      ben@forum: its CFOs rank second among the team's CFO platforms, 0.5 x 10 = 5, plus 8 CTO -> 13.
        // Value: CFO 20 + 0.5 x 10 = 25, CTO 8 -> 33. Distinct people 20 + 10 + 10 = 40.
        TeamPortfolio portfolio = TeamPortfolioPlanner.propose(List.of(FORUM, BREAKFAST), List.of(ANA, BEN),
                HALF_HOUR_EACH_SIDE, DEFAULTS);

        assertThat(portfolio.assignments()).extracting(TeamAssignment::memberId, a -> a.platform().platformId())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ana", "breakfast"),
                        org.assertj.core.groups.Tuple.tuple("ben", "forum"));
        assertThat(portfolio.assignments().get(0).marginalValue()).isCloseTo(20, within(EXACT));
        assertThat(portfolio.assignments().get(1).marginalValue()).isCloseTo(13, within(EXACT));
        assertThat(portfolio.assignments().get(1).marginalValuePerHour()).isCloseTo(6.5, within(EXACT));
        assertThat(portfolio.assignments().get(1).newProfiles()).containsExactly(CFO, CTO);
        assertThat(portfolio.value()).isCloseTo(33, within(EXACT));
        assertThat(portfolio.distinctTargetPeople()).isCloseTo(40, within(EXACT));
        assertThat(portfolio.selection()).isEqualTo(TeamPortfolio.Selection.VALUE_PER_HOUR);
        // Alone, each picks the breakfast (ana 10/h; ben 10/h over 9/h): together only its 20 CFOs count.
        assertThat(portfolio.membersOwnValue()).isCloseTo(20, within(EXACT));
        assertThat(portfolio.members()).extracting(TeamPortfolio.MemberHours::memberId,
                        TeamPortfolio.MemberHours::assignedHours)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ana", 2.0),
                        org.assertj.core.groups.Tuple.tuple("ben", 2.0));
    }

    @Test
    void aSecondMemberAtTheSamePlatformForTheSameProfileAddsNothing() {
        TeamMember anaWithTime = new TeamMember("ana", ANA.targets(), 10);
        TeamMember cara = new TeamMember("cara", List.of(target("cara-cfo", "CFO", null, null, 1, "2026-12-31")),
                10);

        TeamPortfolio portfolio = TeamPortfolioPlanner.propose(List.of(BREAKFAST), List.of(anaWithTime, cara),
                HALF_HOUR_EACH_SIDE, DEFAULTS);

        assertThat(portfolio.assignments()).extracting(TeamAssignment::memberId).containsExactly("ana");
        assertThat(portfolio.value()).isCloseTo(20, within(EXACT));
    }

    @Test
    void oneLongRichPlatformBeatsTheBestPerHourWhenTheHoursAllowOnlyOne() {
        // short: 10 CFOs in 2 h -> 5/h; long: 36 CFOs in 8 h -> 4.5/h. With 8 h, per hour takes short first, then
        // long no longer fits (10 h); by value alone long (36) is taken, and it is worth more.
        PlatformOffer shortOne = platform("short", "2026-04-03T10:00:00Z", "2026-04-03T11:00:00Z", true, 100,
                segment("CFO", null, null, 0.1));
        PlatformOffer longOne = platform("long", "2026-04-04T09:00:00Z", "2026-04-04T16:00:00Z", true, 100,
                segment("CFO", null, null, 0.36));
        TeamMember ana = new TeamMember("ana", ANA.targets(), 8);

        TeamPortfolio portfolio = TeamPortfolioPlanner.propose(List.of(shortOne, longOne), List.of(ana),
                HALF_HOUR_EACH_SIDE, DEFAULTS);

        assertThat(portfolio.selection()).isEqualTo(TeamPortfolio.Selection.VALUE);
        assertThat(portfolio.assignments()).extracting(a -> a.platform().platformId()).containsExactly("long");
        assertThat(portfolio.value()).isCloseTo(36, within(EXACT));
    }

    @Test
    void aMemberWithoutHoursOrTargetsIsSentNowhere() {
        TeamMember idle = new TeamMember("idle", List.of(), 10);
        TeamMember busy = new TeamMember("busy", ANA.targets(), 0);

        TeamPortfolio portfolio = TeamPortfolioPlanner.propose(List.of(BREAKFAST, FORUM), List.of(idle, busy),
                HALF_HOUR_EACH_SIDE, DEFAULTS);

        assertThat(portfolio.assignments()).isEmpty();
        assertThat(portfolio.value()).isZero();
        assertThat(portfolio.members()).extracting(TeamPortfolio.MemberHours::assignedHours).containsOnly(0.0);
    }
}
