package com.netfocus.catalog.teams;

import com.netfocus.catalog.recommendation.ServedTarget;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/**
 * Which member goes where: each assignment with its reason, each member's hours (available: the budget of their open
 * plans less the hours of choices whose programme has begun; upcoming choices are planned afresh) and the upcoming
 * choices the proposal would change ({@code instead}), with the team measure's value of the proposal, the distinct
 * target people it meets (a profile counted once per platform) and the value the members' own portfolios would have
 * had together.
 */
public record TeamPortfolioView(
        String team,
        Instant asOf,
        int arriveEarlyMinutes,
        int stayLateMinutes,
        double value,
        double distinctTargetPeople,
        double membersOwnValue,
        @Schema(description = "Which selection gave the proposal: VALUE_PER_HOUR, VALUE or MEMBERS_OWN",
                example = "VALUE_PER_HOUR") String selection,
        List<Member> members,
        List<Assignment> assignments) {

    /** A member's hours and the upcoming choices of theirs the proposal does not keep. */
    public record Member(String memberId, double availableHours, double assignedHours, List<Change> instead) {
    }

    /** An upcoming choice the proposal would drop, and why. */
    public record Change(String planId, String platformId, String name, String reason) {
    }

    /**
     * A member sent to a platform: its programme and hours, the member's targets it serves and how many of each to
     * expect, the profiles nobody earlier in the proposal meets there and those a teammate already does, what it adds
     * (in total and per hour), whether the member already chose it, and why, in words.
     */
    public record Assignment(String memberId, String platformId, String name, Instant programStartsAt, double hours,
                             List<ServedTarget> servedTargets, List<ProfileView> newProfiles,
                             List<ProfileView> sharedProfiles, double marginalValue, double marginalValuePerHour,
                             boolean alreadyChosen, String reason) {
    }
}
