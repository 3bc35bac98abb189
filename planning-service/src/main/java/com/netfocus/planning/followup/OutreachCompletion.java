package com.netfocus.planning.followup;

import com.netfocus.contracts.plan.OutreachLogged;
import com.netfocus.planning.checks.PlanClosedException;
import com.netfocus.planning.correlation.LoggedCorrelation;
import com.netfocus.planning.sending.CallerMetaData;
import com.netfocus.planning.sending.ReactedEvent;
import com.netfocus.support.access.ForbiddenException;
import com.netfocus.support.problem.NotFoundException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The durable completion of follow-ups reached by outreach: for every OutreachLogged on the plan events topic (a
 * consumer group of its own, from the earliest record, offsets committed after the commands were answered), the
 * follow-ups it reached and that are still open are completed. The outreach's own request completes them at once;
 * this completes whatever a process that stopped in between left open. Idempotent: a completed follow-up is not
 * completed again. A record that can never be applied (unreadable; the plan gone or closed) is logged and passed
 * over; any other failure is retried.
 */
@Component
class OutreachCompletion {

    private static final Logger log = LoggerFactory.getLogger(OutreachCompletion.class);

    private final FollowUpCompletions completions;

    OutreachCompletion(FollowUpCompletions completions) {
        this.completions = completions;
    }

    @KafkaListener(topics = "${netfocus.topics.plan-events}", groupId = "${netfocus.planning.reactions.outreach-group}")
    void on(ConsumerRecord<String, String> record) {
        ReactedEvent.of(record, OutreachLogged.class).ifPresent(this::complete);
    }

    private void complete(ReactedEvent<OutreachLogged> reacted) {
        OutreachLogged outreach = reacted.event();
        try (LoggedCorrelation logged = LoggedCorrelation.of(reacted.envelope().correlationId())) {
            List<ReachedFollowUpCompleted> completed = completions.completeReachedBy(outreach.planId(),
                    outreach.outreachId(), CallerMetaData.callerOf(reacted.envelope()));
            if (!completed.isEmpty()) {
                log.debug("outreach {} of plan {} completed follow-ups {}", outreach.outreachId(), outreach.planId(),
                        completed);
            }
        } catch (PlanClosedException | NotFoundException | ForbiddenException refused) {
            log.warn("follow-ups reached by outreach {} of plan {} were not completed: {}", outreach.outreachId(),
                    outreach.planId(), refused.getMessage());
        }
    }
}
