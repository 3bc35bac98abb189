package com.netfocus.planning.planlist;

/** A plan's objectives counted by status. */
public record ObjectiveCounts(int active, int achieved, int abandoned) {
}
