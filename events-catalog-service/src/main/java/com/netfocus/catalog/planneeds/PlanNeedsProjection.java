package com.netfocus.catalog.planneeds;

import com.netfocus.contracts.plan.PlanEvent;
import com.netfocus.contracts.plan.PlanEventEnvelope;
import com.netfocus.support.planevents.PollAwareProjection;
import com.netfocus.support.planevents.PolledEvent;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps per plan what the recommendation needs: org, team, owner (who may read the advice), period and hours budget
 * (PlanCreated), objective deadlines (ObjectiveDefined, ObjectiveRevised) and which objectives are closed
 * (ObjectiveAchieved, ObjectiveAbandoned), targets (TargetIdentified), chosen platforms and their planned hours
 * (PlatformChosen) and hours spent (EventAttended); how each event changes them is {@link PlanNeedsChange}. Every
 * event moves the plan's applied sequence. Gets each poll first, before the platform activity.
 *
 * <p>Per poll ({@link PollAwareProjection}) a plan is read once and written once, with one compare-and-set on the
 * applied sequence read ({@link PlanNeedsStore#write}); the poll's plans are read in one query and written in one
 * round trip.
 */
@Component
@Order(1)
public class PlanNeedsProjection extends PollAwareProjection<PlanNeedsChange> {

    private final PlanNeedsStore store;

    PlanNeedsProjection(PlanNeedsStore store) {
        this.store = store;
    }

    @Override
    protected Collection<String> keysOf(PlanEventEnvelope envelope, PlanEvent event) {
        return List.of(envelope.planId());
    }

    @Override
    protected PlanNeedsChange read(String planId, List<PolledEvent> events) {
        return readAll(Map.of(planId, events)).get(planId);
    }

    /** Every plan of the poll in one query. */
    @Override
    protected Map<String, PlanNeedsChange> readAll(Map<String, List<PolledEvent>> eventsOfPlan) {
        Map<String, String> orgOfPlan = new LinkedHashMap<>();
        eventsOfPlan.forEach((planId, events) -> orgOfPlan.put(planId, events.get(0).envelope().org()));
        return store.read(orgOfPlan);
    }

    @Override
    protected PlanNeedsChange apply(PlanNeedsChange change, PlanEventEnvelope envelope, PlanEvent event) {
        return change.applied(envelope, event);
    }

    @Override
    protected void write(PlanNeedsChange stored, PlanNeedsChange applied) {
        store.write(List.of(applied));
    }

    /** Every plan of the poll in one round trip. */
    @Override
    protected void writeAll(List<KeyChange<PlanNeedsChange>> changes) {
        store.write(changes.stream().map(KeyChange::applied).toList());
    }
}
