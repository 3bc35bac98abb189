package com.netfocus.planning.objective;

import java.util.List;

/** The answer to an objective closed: the plan's new version and what the rep should know about it. */
public record ObjectiveClosed(long version, List<ObjectiveWarning> warnings) {

    public ObjectiveClosed {
        warnings = List.copyOf(warnings);
    }
}
