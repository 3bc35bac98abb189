package com.netfocus.planning.platform;

import java.util.List;

/** The answer to an accepted platform choice: the hours it plans, the plan's new version and any warnings. */
public record PlatformAccepted(double plannedHours, long version, List<TeamOverlap> warnings) {

    public PlatformAccepted {
        warnings = List.copyOf(warnings);
    }
}
