package com.netfocus.contracts.plan;

import java.util.List;

/**
 * What a plan opened by carrying another forward starts with: copies of the earlier plan's still-open objectives and
 * their active targets, as the events that define them in the new plan (new ids, this plan's id). They are part of
 * the new plan's first event, so that the new plan and its copied content are stored as one event (all or nothing).
 */
public record CarriedForward(
        String fromPlanId,
        List<ObjectiveDefined> objectives,
        List<TargetIdentified> targets) {

    public CarriedForward {
        objectives = objectives == null ? List.of() : List.copyOf(objectives);
        targets = targets == null ? List.of() : List.copyOf(targets);
    }
}
