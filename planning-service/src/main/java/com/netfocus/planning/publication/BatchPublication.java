package com.netfocus.planning.publication;

import com.netfocus.planning.correlation.LoggedCorrelation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Publishes one batch of a worker's tasks: groups them by plan, decides each plan's records (a blocked plan whose
 * next attempt is not due is held: nothing of it is read or sent), sends them in order and waits for Kafka, then
 * records each plan's publication.
 */
final class BatchPublication {

    private final PublicationPreparation preparation;
    private final InOrderSender sender;
    private final PublicationSettlement settlement;
    private final BlockedPlans blocked;

    BatchPublication(PublicationPreparation preparation, InOrderSender sender, PublicationSettlement settlement,
                     BlockedPlans blocked) {
        this.preparation = preparation;
        this.sender = sender;
        this.settlement = settlement;
        this.blocked = blocked;
    }

    void publish(List<PublicationTask> batch) {
        Map<String, PlanPublication> plans = new LinkedHashMap<>();
        for (PublicationTask task : batch) {
            plans.computeIfAbsent(task.planId(), PlanPublication::new).add(task);
        }
        for (PlanPublication plan : plans.values()) {
            if (blocked.holds(plan.planId())) {
                plan.hold();
                continue;
            }
            try (LoggedCorrelation logged = LoggedCorrelation.of(plan.committedCorrelation())) {
                preparation.prepare(plan);
            }
        }
        sender.send(plans.values());
        for (PlanPublication plan : plans.values()) {
            try (LoggedCorrelation logged = LoggedCorrelation.of(plan.correlation())) {
                settlement.settle(plan);
            }
        }
    }
}
