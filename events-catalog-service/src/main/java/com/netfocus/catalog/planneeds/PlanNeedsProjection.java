package com.netfocus.catalog.planneeds;

import com.netfocus.contracts.plan.PlanEvent;
import com.netfocus.contracts.plan.PlanEventEnvelope;
import com.netfocus.support.planevents.HeldBackChanges;
import com.netfocus.support.planevents.PollAwareProjection;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;


/**
 * Keeps per plan what the recommendation needs: org, team, owner (who may read the advice), period and hours budget
 * (PlanCreated), objective deadlines (ObjectiveDefined, ObjectiveRevised) and which objectives are closed
 * (ObjectiveAchieved, ObjectiveAbandoned), targets (TargetIdentified), chosen platforms and their planned hours
 * (PlatformChosen) and hours spent (EventAttended); how each event changes them is {@link PlanNeedsChange}. Gets each
 * plan event first, before the platform activity.
 *
 * <p>Within a poll of the consumer ({@link PollAwareProjection}), a plan is read once, at the poll's first event of
 * it, its events applied in memory, and written once when the poll ends, with one compare-and-set on the applied
 * sequence read: in a replay or a backlog a poll holds long runs of one plan's events. Plans are written in the order
 * the poll first named them. Should the compare-and-set fail (another writer, such as a dead letter's replay, wrote the
 * plan meanwhile), {@link #pollApplied()} throws: the consumer retries the whole poll, which reads the plan afresh,
 * and the plans written before it find their events applied. Outside a poll (a dead letter's replay) each event is
 * written at once.
 */
@Component
@Order(1)
public class PlanNeedsProjection implements PollAwareProjection {

    private final PlanNeedsStore store;
    private final HeldBackChanges<PlanNeedsChange> plans;

    PlanNeedsProjection(PlanNeedsStore store) {
        this.store = store;
        this.plans = new HeldBackChanges<>(PlanNeedsChange::changed, store::write);
    }

    @Override
    public void apply(PlanEventEnvelope envelope, PlanEvent event) {
        // an unreadable event throws here and leaves the plan's change as it was
        plans.apply(envelope.planId(), () -> PlanNeedsChange.from(store.read(envelope.planId(), envelope.org())),
                change -> change.applied(envelope, event));
    }

    @Override
    public void pollStarted() {
        plans.pollStarted();
    }

    @Override
    public void pollApplied() {
        plans.pollApplied();
    }

    @Override
    public void pollAbandoned() {
        plans.pollAbandoned();
    }

    @Override
    public boolean holdsBackWrites() {
        return plans.holdsBackWrites();
    }
}
