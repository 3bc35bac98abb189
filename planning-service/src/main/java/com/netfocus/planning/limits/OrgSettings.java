package com.netfocus.planning.limits;

/**
 * What an org tunes about its plans: how many objectives a plan may pursue at once, the people met per hour of
 * networking the SMART Achievable check assumes, how long before a platform's programme an arrival and how long after
 * it a departure may be logged, and the longest period a plan may span. Read by the REST layer and passed inside the
 * commands, so that the aggregate stays deterministic.
 */
public record OrgSettings(int maxActiveObjectives, double peopleMetPerHour, int minutesBeforeProgram,
                          int minutesAfterProgram, int maxPlanMonths) {
}
