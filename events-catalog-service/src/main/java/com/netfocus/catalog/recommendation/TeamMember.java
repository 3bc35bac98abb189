package com.netfocus.catalog.recommendation;

import java.util.List;

/**
 * A member of a team as the team portfolio sees them: the profile targets their plans look for, and the hours they
 * still have to spend on platforms.
 */
public record TeamMember(String memberId, List<TargetNeed> targets, double availableHours) {

    public TeamMember {
        TargetNeed.requireText(memberId, "memberId");
        targets = List.copyOf(targets);
        if (!(availableHours >= 0) || Double.isInfinite(availableHours)) {
            throw new IllegalArgumentException("availableHours must be a finite number >= 0 for " + memberId);
        }
    }
}
