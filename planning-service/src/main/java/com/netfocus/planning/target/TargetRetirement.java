package com.netfocus.planning.target;

import java.util.List;

/**
 * The answer to a retired target: the chosen platforms that served only that target (each other target they name is
 * retired too), for the owner to withdraw or keep, and the plan's new version.
 */
public record TargetRetirement(List<String> choicesServingOnlyIt, long version) {

    public TargetRetirement {
        choicesServingOnlyIt = List.copyOf(choicesServingOnlyIt);
    }
}
