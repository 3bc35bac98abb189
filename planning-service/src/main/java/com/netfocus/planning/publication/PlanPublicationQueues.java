package com.netfocus.planning.publication;

import org.springframework.stereotype.Component;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Where publication work is handed in: one queue per worker, a plan's work always to the same queue (by its id's
 * hash), so that only one thread ever publishes a plan and its records reach the topic in store order. Work handed
 * in before the workers start waits in the queues.
 */
@Component
public class PlanPublicationQueues {

    private final List<PlanTaskQueue> queues;
    private final PublicationObligations obligations;
    private final BlockedPlans blocked;

    public PlanPublicationQueues(PlanPublicationSettings settings, PublicationObligations obligations,
                                 BlockedPlans blocked) {
        this.queues = IntStream.range(0, Math.max(1, settings.workers())).mapToObj(i -> new PlanTaskQueue()).toList();
        this.obligations = obligations;
        this.blocked = blocked;
    }

    /** Queues work for the plan's worker. */
    void submit(PublicationTask task) {
        queues.get(Math.floorMod(task.planId().hashCode(), queues.size())).add(task);
    }

    /**
     * Asks for a catch-up of a plan the sweep found pending, unless one of this process's appends will settle it or
     * the plan is blocked and its next attempt is not due.
     */
    void catchUp(String planId) {
        if (!obligations.isOpen(planId) && !blocked.holds(planId)) {
            submit(new PublicationTask.CatchUp(planId, false));
        }
    }

    List<PlanTaskQueue> all() {
        return queues;
    }
}
