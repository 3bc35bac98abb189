package com.netfocus.planning.team;

import com.netfocus.contracts.plan.PlanEvent;
import com.netfocus.contracts.plan.PlanEventEnvelope;
import com.netfocus.support.planevents.HeldBackChanges;
import com.netfocus.support.planevents.PollAwareProjection;
import org.springframework.stereotype.Component;

/**
 * Planning's own projection of its plan events for teams: per org and team, each plan's owner, profile targets and
 * choices ({@link TeamChoices}), so that a choice learns which teammates already go to the platform for whom without
 * reading their plans. A plan without a team has no teammates and is left out. Within a poll a team is read once and
 * written once, guarded by its version.
 */
@Component
class TeamChoicesProjection implements PollAwareProjection {

    private final TeamChoicesStore store;
    private final HeldBackChanges<TeamChange> teams;

    TeamChoicesProjection(TeamChoicesStore store) {
        this.store = store;
        this.teams = new HeldBackChanges<>(TeamChange::changed, change -> store.write(change.stored(), change.applied()));
    }

    @Override
    public void apply(PlanEventEnvelope envelope, PlanEvent event) {
        String org = envelope.org();
        String team = envelope.team();
        if (org == null || org.isBlank() || team == null || team.isBlank()) {
            return;
        }
        teams.apply(TeamChoices.keyOf(org, team), () -> TeamChange.from(store.read(org, team)),
                change -> change.applied(envelope, event));
    }

    @Override
    public void pollStarted() {
        teams.pollStarted();
    }

    @Override
    public void pollApplied() {
        teams.pollApplied();
    }

    @Override
    public void pollAbandoned() {
        teams.pollAbandoned();
    }

    @Override
    public boolean holdsBackWrites() {
        return teams.holdsBackWrites();
    }
}
