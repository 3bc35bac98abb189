package com.netfocus.planning.limits;

/**
 * What an org tunes about its plans: how many objectives a plan may pursue at once, the people met per hour of
 * networking the SMART Achievable check assumes, and whether a choice that sends a second rep of a team to the same
 * people at the same platform is refused ({@code refuseTeamOverlap}) rather than accepted with a warning. Read by the
 * REST layer and passed inside the commands, so that the aggregate stays deterministic.
 */
public record OrgSettings(int maxActiveObjectives, double peopleMetPerHour, boolean refuseTeamOverlap) {

    /** Settings that leave a team overlap a warning. */
    public OrgSettings(int maxActiveObjectives, double peopleMetPerHour) {
        this(maxActiveObjectives, peopleMetPerHour, false);
    }
}
