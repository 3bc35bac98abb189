package com.netfocus.catalog.recommendation;

import java.util.List;

/**
 * Which member goes where: the assignments in the order proposed, the team measure's value of all of them
 * ({@link TeamMeasure}), the target people the team is expected to meet counting each profile once per platform
 * ({@code distinctTargetPeople}), the value the members' own portfolios would have had together under the same
 * measure ({@code membersOwnValue}, never above {@code value}), which selection gave the proposal, and each
 * member's hours.
 */
public record TeamPortfolio(
        List<TeamAssignment> assignments,
        double value,
        double distinctTargetPeople,
        double membersOwnValue,
        Selection selection,
        List<MemberHours> members) {

    public TeamPortfolio {
        assignments = List.copyOf(assignments);
        members = List.copyOf(members);
    }

    /** How the proposal was found; the best of the three is kept. */
    public enum Selection {
        /** Lazy greedy on the value a visit adds per hour it takes. */
        VALUE_PER_HOUR,
        /** Greedy on the value a visit adds, whatever its hours (catches one long, rich platform). */
        VALUE,
        /** Every member's own portfolio, put together. */
        MEMBERS_OWN
    }

    /** A member's hours available to the proposal and the hours it assigns them. */
    public record MemberHours(String memberId, double availableHours, double assignedHours) {
    }
}
