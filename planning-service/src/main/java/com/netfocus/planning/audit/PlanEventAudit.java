package com.netfocus.planning.audit;

import com.netfocus.contracts.plan.PlanEvent;
import com.netfocus.contracts.plan.PlanEventEnvelope;
import com.netfocus.contracts.plan.UnreadableEventException;
import com.netfocus.support.planevents.PollAwareProjection;
import com.netfocus.support.planevents.PolledEvent;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;

/**
 * The org audit trail's projection of plan events, on service-support's plan-event consumer: every event of every
 * plan becomes an entry under the plan's team (as its {@code PlanCreated} named it; an erasure the contact service
 * requested carries no team of its own). Per poll a plan is read once and written once: its new entries recorded
 * (idempotently, by plan and sequence), then its document moved on with a compare-and-set ({@link AuditPlans}). A
 * poll that fails between the two is retried and finds the entries recorded; a redelivered poll writes nothing; a
 * replay of the topic into an empty trail rebuilds it.
 */
@Component
class PlanEventAudit extends PollAwareProjection<PlanAudit> {

    private final AuditPlans plans;
    private final AuditTrail trail;

    PlanEventAudit(AuditPlans plans, AuditTrail trail) {
        this.plans = plans;
        this.trail = trail;
    }

    @Override
    protected Collection<String> keysOf(PlanEventEnvelope envelope, PlanEvent event) {
        if (envelope.org() == null || envelope.org().isBlank() || envelope.occurredAt() == null) {
            throw new UnreadableEventException("plan event " + envelope.eventId() + " names no org or time: it"
                    + " cannot be put in an org's audit trail", null);
        }
        return List.of(envelope.planId());
    }

    @Override
    protected PlanAudit read(String planId, List<PolledEvent> events) {
        return plans.read(planId);
    }

    @Override
    protected PlanAudit apply(PlanAudit plan, PlanEventEnvelope envelope, PlanEvent event) {
        return plan.with(envelope, event);
    }

    @Override
    protected void write(PlanAudit stored, PlanAudit applied) {
        if (applied.entries().isEmpty()) {
            return;
        }
        trail.record(applied.entries());
        plans.write(stored, applied);
    }
}
