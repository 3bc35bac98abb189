package com.netfocus.planning.view;

import com.netfocus.contracts.plan.EventAttended;
import com.netfocus.contracts.plan.OutreachLogged;
import com.netfocus.contracts.plan.PlatformChosen;
import com.netfocus.contracts.plan.TargetIdentified;
import com.netfocus.planning.state.FollowUpEntry;
import com.netfocus.support.access.Ownership;

import java.time.LocalDate;
import java.util.List;

/**
 * A plan as the API shows it, rendered from the event-sourced state. {@code version} is its last event's sequence.
 * {@code targets} are the targets still worked on, {@code retiredTargets} the ones retired (what was done for them
 * still counts). {@code previousPlanId} and {@code nextPlanId} name the plans this one was carried forward from and
 * to, when it was.
 */
public record PlanView(
        String planId,
        String title,
        LocalDate periodStart,
        LocalDate periodEnd,
        PlanStatus status,
        String ownerId,
        String org,
        String team,
        long version,
        Hours hours,
        List<ObjectiveView> objectives,
        List<TargetIdentified> targets,
        List<OutreachLogged> outreach,
        List<PlatformChosen> platforms,
        List<EventAttended> attendance,
        List<FollowUpEntry> followUps,
        List<TargetIdentified> retiredTargets,
        String previousPlanId,
        String nextPlanId) {

    /** Whose the plan is: what every read of it is allowed by. */
    public Ownership ownership() {
        return new Ownership(org, team, ownerId);
    }

    public record Hours(double budgeted, double planned, double spent) {
    }
}
