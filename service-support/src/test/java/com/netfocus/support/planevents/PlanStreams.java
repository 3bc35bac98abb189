package com.netfocus.support.planevents;

import com.netfocus.contracts.plan.PlanEventEnvelope;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** How the seeded streams of the projections' tests are put together from each plan's events. */
public final class PlanStreams {

    private PlanStreams() {
    }

    /** The plans' events interleaved as concurrent reps make them, each plan's in its order. */
    public static List<PlanEventEnvelope> interleaved(List<List<PlanEventEnvelope>> plans, Random random) {
        List<List<PlanEventEnvelope>> left = new ArrayList<>();
        plans.forEach(plan -> left.add(new ArrayList<>(plan)));
        List<PlanEventEnvelope> all = new ArrayList<>();
        while (left.stream().anyMatch(plan -> !plan.isEmpty())) {
            List<PlanEventEnvelope> next = left.get(random.nextInt(left.size()));
            if (!next.isEmpty()) {
                all.add(next.remove(0));
            }
        }
        return all;
    }

    /** The events, then a third of them again (redeliveries, as after a rebalance). */
    public static List<PlanEventEnvelope> withRedeliveries(List<PlanEventEnvelope> events) {
        List<PlanEventEnvelope> redelivered = new ArrayList<>(events);
        redelivered.addAll(events.stream().filter(envelope -> envelope.eventId().hashCode() % 3 == 0).toList());
        return redelivered;
    }
}
