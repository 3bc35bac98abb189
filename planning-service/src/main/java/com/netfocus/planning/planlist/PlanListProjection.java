package com.netfocus.planning.planlist;

import com.netfocus.contracts.plan.PlanEvent;
import com.netfocus.contracts.plan.PlanEventEnvelope;
import com.netfocus.contracts.plan.UnreadableEventException;
import com.netfocus.support.planevents.PollAwareProjection;
import com.netfocus.support.planevents.PolledEvent;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;

/**
 * The plan list, projected from the plan events topic (planning's own events, read back like every other service
 * reads them: its own consumer group, from the earliest record, a poll at a time): each plan read once per poll, its
 * events applied in memory ({@link ListedPlan}), written once ({@link PlanListStore}). Rebuilt by replaying the topic
 * into an empty store.
 */
@Component
class PlanListProjection extends PollAwareProjection<ListedPlan> {

    private final PlanListStore store;

    PlanListProjection(PlanListStore store) {
        this.store = store;
    }

    @Override
    protected Collection<String> keysOf(PlanEventEnvelope envelope, PlanEvent event) {
        String planId = envelope.planId();
        if (planId == null || planId.isBlank()) {
            throw new UnreadableEventException(envelope.type() + " " + envelope.eventId() + " names no plan", null);
        }
        return List.of(planId);
    }

    @Override
    protected ListedPlan read(String planId, List<PolledEvent> events) {
        return store.read(planId);
    }

    @Override
    protected ListedPlan apply(ListedPlan plan, PlanEventEnvelope envelope, PlanEvent event) {
        return plan.applied(event, envelope.sequence(), envelope.occurredAt());
    }

    @Override
    protected void write(ListedPlan stored, ListedPlan applied) {
        store.write(stored, applied);
    }
}
