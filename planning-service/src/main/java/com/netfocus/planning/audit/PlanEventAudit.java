package com.netfocus.planning.audit;

import com.netfocus.contracts.plan.PlanEvent;
import com.netfocus.contracts.plan.PlanEventEnvelope;
import com.netfocus.contracts.plan.UnreadableEventException;
import com.netfocus.support.planevents.PollAwareProjection;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * The org audit trail's projection of plan events, on service-support's plan-event consumer: every event of every
 * plan becomes an entry, recorded a poll at a time (a replay of the topic from its start writes a poll's entries in a
 * few round trips). Recording is idempotent by plan and sequence, so a redelivered poll adds nothing, and the trail
 * is rebuilt by replaying the topic into an empty trail.
 */
@Component
class PlanEventAudit implements PollAwareProjection {

    private final AuditTrail trail;
    /** Per consumer thread, during a poll: the entries of its events, recorded when the poll's end is reached. */
    private final ThreadLocal<List<AuditEntry>> heldBack = new ThreadLocal<>();

    PlanEventAudit(AuditTrail trail) {
        this.trail = trail;
    }

    @Override
    public void apply(PlanEventEnvelope envelope, PlanEvent event) {
        if (envelope.planId() == null || envelope.org() == null || envelope.occurredAt() == null) {
            throw new UnreadableEventException("plan event " + envelope.eventId() + " names no plan, org or time: it"
                    + " cannot be put in an org's audit trail", null);
        }
        AuditEntry entry = AuditEntries.ofPlanEvent(envelope);
        List<AuditEntry> poll = heldBack.get();
        if (poll == null) {
            trail.record(List.of(entry)); // outside a poll (a dead letter's replay): at once
        } else {
            poll.add(entry);
        }
    }

    @Override
    public void pollStarted() {
        heldBack.set(new ArrayList<>());
    }

    @Override
    public void pollApplied() {
        List<AuditEntry> poll = heldBack.get();
        heldBack.remove();
        if (poll != null && !poll.isEmpty()) {
            trail.record(poll);
        }
    }

    @Override
    public void pollAbandoned() {
        heldBack.remove();
    }

    @Override
    public boolean holdsBackWrites() {
        List<AuditEntry> poll = heldBack.get();
        return poll != null && !poll.isEmpty();
    }
}
