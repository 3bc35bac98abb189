package com.netfocus.planning.audit;

import com.netfocus.contracts.plan.PlanCreated;
import com.netfocus.contracts.plan.PlanEvent;
import com.netfocus.contracts.plan.PlanEventEnvelope;
import com.netfocus.contracts.plan.UnreadableEventException;
import com.netfocus.support.planevents.PollAwareProjection;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The org audit trail's projection of plan events, on service-support's plan-event consumer: every event of every
 * plan becomes an entry under the plan's team (as its {@code PlanCreated} named it, see {@link PlanTeams}), recorded a
 * poll at a time (a replay of the topic from its start writes a poll's entries in a few round trips). Recording is
 * idempotent by plan and sequence, so a redelivered poll adds nothing, and the trail is rebuilt by replaying the topic
 * into an empty trail.
 */
@Component
class PlanEventAudit implements PollAwareProjection {

    private final AuditTrail trail;
    private final PlanTeams teams;
    /** Per consumer thread, during a poll: its events, recorded when the poll's end is reached. */
    private final ThreadLocal<List<Held>> heldBack = new ThreadLocal<>();

    PlanEventAudit(AuditTrail trail, PlanTeams teams) {
        this.trail = trail;
        this.teams = teams;
    }

    @Override
    public void apply(PlanEventEnvelope envelope, PlanEvent event) {
        if (envelope.planId() == null || envelope.org() == null || envelope.occurredAt() == null) {
            throw new UnreadableEventException("plan event " + envelope.eventId() + " names no plan, org or time: it"
                    + " cannot be put in an org's audit trail", null);
        }
        Held held = new Held(envelope, event instanceof PlanCreated created ? created.team() : null);
        List<Held> poll = heldBack.get();
        if (poll == null) {
            record(List.of(held)); // outside a poll (a dead letter's replay): at once
        } else {
            poll.add(held);
        }
    }

    /** Records the teams of the plans created, then the entries, each under its plan's team. */
    private void record(List<Held> events) {
        Map<String, String> created = new LinkedHashMap<>();
        Set<String> plans = new LinkedHashSet<>();
        for (Held held : events) {
            plans.add(held.envelope().planId());
            if (held.createdTeam() != null) {
                created.putIfAbsent(held.envelope().planId(), held.createdTeam());
            }
        }
        teams.created(created);
        plans.removeAll(created.keySet());
        Map<String, String> teamOfPlan = new HashMap<>(teams.of(plans));
        teamOfPlan.putAll(created);
        trail.record(events.stream().map(held -> AuditEntries.ofPlanEvent(held.envelope(),
                teamOfPlan.get(held.envelope().planId()))).toList());
    }

    @Override
    public void pollStarted() {
        heldBack.set(new ArrayList<>());
    }

    @Override
    public void pollApplied() {
        List<Held> poll = heldBack.get();
        heldBack.remove();
        if (poll != null && !poll.isEmpty()) {
            record(poll);
        }
    }

    @Override
    public void pollAbandoned() {
        heldBack.remove();
    }

    @Override
    public boolean holdsBackWrites() {
        List<Held> poll = heldBack.get();
        return poll != null && !poll.isEmpty();
    }

    /** A plan event held until the poll's end, with the team it names if it created its plan. */
    private record Held(PlanEventEnvelope envelope, String createdTeam) {
    }
}
