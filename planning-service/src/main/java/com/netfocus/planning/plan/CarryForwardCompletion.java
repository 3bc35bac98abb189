package com.netfocus.planning.plan;

import com.netfocus.contracts.plan.PlanCreated;
import com.netfocus.contracts.plan.PlanEventEnvelope;
import com.netfocus.planning.checks.PlanClosedException;
import com.netfocus.planning.correlation.LoggedCorrelation;
import com.netfocus.planning.sending.CallerMetaData;
import com.netfocus.planning.sending.ReactedEvent;
import com.netfocus.support.access.ForbiddenException;
import com.netfocus.support.problem.NotFoundException;
import com.netfocus.support.problem.RejectedInputException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * The durable second step of a closure that carries a plan forward ({@link PlanClosures}): every plan opened by
 * carrying another forward closes that other plan, naming it. Fed from the plan events topic in a consumer group of
 * its own, from the earliest record, offsets committed after the command was answered: a closure interrupted between
 * its two steps is completed when the new plan's PlanCreated is read, however long the service was down. Idempotent:
 * closing a plan closed with the same next plan records nothing, so redeliveries and closures completed by their
 * client change nothing. A record that can never be applied (unreadable; the plan gone, closed otherwise, or no
 * longer the creator's) is logged and passed over; any other failure is retried.
 */
@Component
class CarryForwardCompletion {

    private static final Logger log = LoggerFactory.getLogger(CarryForwardCompletion.class);

    private final PlanClosures closures;

    CarryForwardCompletion(PlanClosures closures) {
        this.closures = closures;
    }

    @KafkaListener(topics = "${netfocus.topics.plan-events}", groupId = "${netfocus.planning.reactions.closure-group}")
    void on(ConsumerRecord<String, String> record) {
        ReactedEvent.of(record, PlanCreated.class).filter(reacted -> reacted.event().carriedForward() != null)
                .ifPresent(reacted -> {
                    try (LoggedCorrelation logged = LoggedCorrelation.of(reacted.envelope().correlationId())) {
                        complete(reacted.event(), reacted.envelope());
                    }
                });
    }

    private void complete(PlanCreated created, PlanEventEnvelope envelope) {
        String closedPlanId = created.carriedForward().fromPlanId();
        try {
            closures.complete(closedPlanId, created.planId(), CallerMetaData.callerOf(envelope));
            log.debug("plan {} is closed, carried forward to plan {}", closedPlanId, created.planId());
        } catch (PlanClosedException | NotFoundException | ForbiddenException | RejectedInputException refused) {
            log.warn("plan {} carried forward to plan {} was not closed by it: {}", closedPlanId, created.planId(),
                    refused.getMessage());
        }
    }
}
