package com.netfocus.planning.team;

import com.netfocus.contracts.plan.PlanEvent;
import com.netfocus.contracts.plan.PlanEventEnvelope;

/** A team's choices as read ({@code stored}) and with a poll's events applied since ({@code applied}). */
record TeamChange(TeamChoices stored, TeamChoices applied) {

    static TeamChange from(TeamChoices stored) {
        return new TeamChange(stored, stored);
    }

    TeamChange applied(PlanEventEnvelope envelope, PlanEvent event) {
        return new TeamChange(stored, applied.applied(envelope, event));
    }

    boolean changed() {
        return !applied.changedSince(stored).isEmpty();
    }
}
