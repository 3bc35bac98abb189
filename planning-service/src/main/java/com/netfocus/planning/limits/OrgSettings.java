package com.netfocus.planning.limits;

/**
 * What an org tunes about its plans: how many objectives a plan may pursue at once, and the people met per hour of
 * networking the SMART Achievable check assumes. Read by the REST layer and passed inside the commands, so that
 * the aggregate stays deterministic.
 */
public record OrgSettings(int maxActiveObjectives, double peopleMetPerHour) {
}
