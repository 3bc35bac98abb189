package com.netfocus.catalog.planneeds;

import com.netfocus.contracts.plan.PlanEvent;
import com.netfocus.contracts.plan.PlanEventEnvelope;
import com.netfocus.support.planevents.PollAwareProjection;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

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
    /**
     * Per consumer thread, during a poll: the plans it named, in that order. Threads consume different partitions,
     * which never share a plan, so no plan is held by two threads.
     */
    private final ThreadLocal<Map<String, PlanNeedsChange>> poll = new ThreadLocal<>();

    PlanNeedsProjection(PlanNeedsStore store) {
        this.store = store;
    }

    @Override
    public void apply(PlanEventEnvelope envelope, PlanEvent event) {
        Map<String, PlanNeedsChange> plans = poll.get();
        if (plans == null) {
            store.write(read(envelope).applied(envelope, event));
            return;
        }
        PlanNeedsChange change = plans.get(envelope.planId());
        if (change == null) {
            change = read(envelope);
            plans.put(envelope.planId(), change);
        }
        // an unreadable event throws here and leaves the plan's change as it was
        plans.put(envelope.planId(), change.applied(envelope, event));
    }

    @Override
    public void pollStarted() {
        poll.set(new LinkedHashMap<>());
    }

    @Override
    public void pollApplied() {
        Map<String, PlanNeedsChange> plans = poll.get();
        if (plans != null) {
            plans.values().forEach(store::write);
        }
        poll.remove();
    }

    @Override
    public void pollAbandoned() {
        poll.remove();
    }

    @Override
    public boolean holdsBackWrites() {
        Map<String, PlanNeedsChange> plans = poll.get();
        return plans != null && plans.values().stream().anyMatch(PlanNeedsChange::changed);
    }

    private PlanNeedsChange read(PlanEventEnvelope envelope) {
        return PlanNeedsChange.from(store.read(envelope.planId(), envelope.org()));
    }
}
