package com.netfocus.catalog.recommendation;

import java.util.List;

/**
 * A member sent to a platform by the team portfolio, in the order of the proposal: the platform as recommended for
 * that member's own targets, what the visit adds to the team measure after the visits before it
 * ({@code marginalValue}, and per hour), the profiles whose people nobody earlier in the proposal meets there
 * ({@code newProfiles}) and those a teammate already meets there ({@code sharedProfiles}).
 */
public record TeamAssignment(
        String memberId,
        Recommendation platform,
        double marginalValue,
        double marginalValuePerHour,
        List<PersonProfile> newProfiles,
        List<PersonProfile> sharedProfiles) {

    public TeamAssignment {
        newProfiles = List.copyOf(newProfiles);
        sharedProfiles = List.copyOf(sharedProfiles);
    }
}
