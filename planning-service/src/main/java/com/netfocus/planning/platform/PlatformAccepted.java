package com.netfocus.planning.platform;

/** The answer to an accepted platform choice: the hours it plans and the plan's new version. */
public record PlatformAccepted(double plannedHours, long version) {
}
