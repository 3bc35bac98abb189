package com.netfocus.catalog.teams;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A team's coverage in a window of days: its members with their plans and hours, the platforms they chose that take
 * place in the window (who goes, for whom), the overlaps (one platform, one profile, two or more members) and the
 * gaps (a profile the members look for that no chosen platform in the window is chosen for, with the best upcoming
 * platforms for it).
 */
public record CoverageView(
        String team,
        LocalDate from,
        LocalDate to,
        List<Member> members,
        List<ChosenPlatform> platforms,
        List<Overlap> overlaps,
        List<Gap> gaps) {

    /** A member: their plans active in the window, and the hours of those plans. */
    public record Member(String memberId, List<MemberPlan> plans, double hoursBudgeted, double hoursPlanned,
                         double hoursSpent) {
    }

    /** One of a member's plans. */
    public record MemberPlan(String planId, LocalDate periodStart, LocalDate periodEnd, double hoursBudgeted,
                             double hoursPlanned, double hoursSpent) {
    }

    /** A platform chosen in the window, and who goes for which profiles. */
    public record ChosenPlatform(String platformId, String name, Instant programStartsAt, Instant programEndsAt,
                                 List<Goer> goers) {
    }

    /** A member going to a platform, with the plan that chose it and the profiles and targets it was chosen for. */
    public record Goer(String memberId, String planId, List<ProfileView> profiles, List<String> targetIds) {
    }

    /** Two or more members chose the same platform for the same profile. */
    public record Overlap(String platformId, String name, ProfileView profile, List<String> members,
                          List<String> planIds) {
    }

    /** A profile members look for that no platform chosen in the window serves, and the best upcoming for it. */
    public record Gap(ProfileView profile, List<String> members, List<GapPlatform> platforms) {
    }

    /** An upcoming platform for a gap: when, how many of the profile to expect, its score, and why. */
    public record GapPlatform(String platformId, String name, Instant programStartsAt, double expectedPeople,
                              double score, String explanation) {
    }
}
