package com.netfocus.planning.limits;

/**
 * What an org tunes about its plans: how many objectives a plan may pursue at once, the people met per hour of
 * networking the SMART Achievable check assumes, how long before a platform's programme an arrival and how long after
 * it a departure may be logged, the longest period a plan may span, and whether a choice that sends a second rep of a
 * team to the same people at the same platform is refused ({@code refuseTeamOverlap}) rather than accepted with a
 * warning. Read by the REST layer and passed inside the commands, so that the aggregate stays deterministic.
 */
public record OrgSettings(int maxActiveObjectives, double peopleMetPerHour, int minutesBeforeProgram,
                          int minutesAfterProgram, int maxPlanMonths, boolean refuseTeamOverlap) {

    /** Settings that leave a team overlap a warning. */
    public OrgSettings(int maxActiveObjectives, double peopleMetPerHour, int minutesBeforeProgram,
                       int minutesAfterProgram, int maxPlanMonths) {
        this(maxActiveObjectives, peopleMetPerHour, minutesBeforeProgram, minutesAfterProgram, maxPlanMonths, false);
    }
}
