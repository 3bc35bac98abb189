package com.netfocus.planning.plan;

import com.netfocus.contracts.plan.PlanCreated;

/** Whose a plan is, as its PlanCreated recorded it: what every read and change of it is allowed by. */
public record PlanOwnership(String planId, String org, String team, String ownerId) {

    public static PlanOwnership of(PlanCreated created) {
        return new PlanOwnership(created.planId(), created.org(), created.team(), created.ownerId());
    }
}
