package com.netfocus.planning.team;

import com.netfocus.contracts.plan.PlanEvent;
import com.netfocus.contracts.plan.PlanEventEnvelope;
import com.netfocus.support.planevents.PollAwareProjection;
import com.netfocus.support.planevents.PolledEvent;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;

/**
 * Planning's own projection of its plan events for teams: per org and team, each plan's owner, profile targets and
 * choices ({@link TeamChoices}), so that a choice learns which teammates already go to the platform for whom with one
 * read by key. A plan without a team has no teammates and is left out. Per poll ({@link PollAwareProjection}) a team
 * is read once and written once, a compare-and-set on its version ({@link TeamChoicesStore#write}).
 */
@Component
class TeamChoicesProjection extends PollAwareProjection<TeamChoices> {

    private final TeamChoicesStore store;

    TeamChoicesProjection(TeamChoicesStore store) {
        this.store = store;
    }

    @Override
    protected Collection<String> keysOf(PlanEventEnvelope envelope, PlanEvent event) {
        if (blank(envelope.org()) || blank(envelope.team())) {
            return List.of();
        }
        return List.of(TeamChoices.keyOf(envelope.org(), envelope.team()));
    }

    @Override
    protected TeamChoices read(String key, List<PolledEvent> events) {
        PlanEventEnvelope first = events.get(0).envelope();
        return store.read(first.org(), first.team());
    }

    @Override
    protected TeamChoices apply(TeamChoices team, PlanEventEnvelope envelope, PlanEvent event) {
        return team.applied(envelope, event);
    }

    @Override
    protected void write(TeamChoices stored, TeamChoices applied) {
        store.write(stored, applied);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
