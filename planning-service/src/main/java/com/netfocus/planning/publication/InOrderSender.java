package com.netfocus.planning.publication;

import com.netfocus.planning.correlation.LoggedCorrelation;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Sends the prepared records of a batch's plans so that a plan's record leaves only once Kafka acknowledged the one
 * before it. If a record fails, for whatever reason, none of the plan's later records is on the topic, not even for
 * a moment: Kafka's idempotent producer keeps a partition's order through its own retries, but after a record it
 * could not write (too large for the topic, say) it writes the partition's later records all the same.
 *
 * <p>Plans go in rounds, so that waiting costs one round trip per record of the longest plan, not per record of
 * the batch: each round sends the next record of every plan still going, then waits for all of them. Once a send
 * shows the broker away (its metadata wait ran out), the rest of the batch is not sent: each would wait as long.
 */
final class InOrderSender {

    private static final Logger log = LoggerFactory.getLogger(InOrderSender.class);

    private final Producer<String, byte[]> producer;
    private final String topic;
    private final PublicationDelay delay;

    InOrderSender(Producer<String, byte[]> producer, String topic, PublicationDelay delay) {
        this.producer = producer;
        this.topic = topic;
        this.delay = delay;
    }

    void send(Collection<PlanPublication> plans) {
        List<PlanPublication> going = plans.stream().filter(plan -> !plan.held()).toList();
        PublicationFailure brokerAway = null;
        for (int round = 0; !going.isEmpty(); round++) {
            Map<PlanPublication, SentRecord> sent = new LinkedHashMap<>();
            List<PlanPublication> next = new ArrayList<>();
            for (PlanPublication plan : going) {
                var record = plan.next(round);
                if (record.isEmpty()) {
                    continue;
                }
                next.add(plan);
                if (brokerAway != null) {
                    plan.failed(new PublicationFailure(record.get().sequence(), brokerAway.reason(), false));
                    continue;
                }
                try (LoggedCorrelation logged = LoggedCorrelation.of(record.get().correlationId())) {
                    Future<RecordMetadata> acknowledgement = producer.send(record.get().toProducerRecord(topic));
                    sent.put(plan, new SentRecord(record.get(), acknowledgement));
                    brokerAway = failedAtOnce(record.get(), acknowledgement);
                } catch (RuntimeException e) {
                    log.warn("cannot send events of plan {}: {}", plan.planId(), e.toString());
                    plan.failed(PublicationFailure.of(record.get().sequence(), e));
                    brokerAway = PublicationFailure.passing(record.get().sequence(), e);
                }
            }
            sent.forEach(this::awaitAcknowledgement);
            going = next;
        }
    }

    /** A send whose future failed before returning, on a failure that may pass: the broker did not answer in time. */
    private static PublicationFailure failedAtOnce(PlanRecord record, Future<RecordMetadata> acknowledgement) {
        if (!acknowledgement.isDone()) {
            return null;
        }
        try {
            acknowledgement.get();
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return PublicationFailure.passing(record.sequence(), e);
        } catch (ExecutionException e) {
            PublicationFailure failure = PublicationFailure.of(record.sequence(), e);
            return failure.lasting() ? null : failure;
        }
    }

    private void awaitAcknowledgement(PlanPublication plan, SentRecord sent) {
        PlanRecord record = sent.record();
        try {
            sent.acknowledgement().get();
            plan.acknowledged(record);
            delay.acknowledged(record.occurredAt());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            plan.failed(PublicationFailure.passing(record.sequence(), e));
        } catch (ExecutionException e) {
            PublicationFailure failure = PublicationFailure.of(record.sequence(), e);
            if (!failure.lasting()) {
                // a lasting failure is logged once per plan and sequence when the plan is found blocked
                try (LoggedCorrelation logged = LoggedCorrelation.of(record.correlationId())) {
                    log.warn("Kafka did not acknowledge plan {} sequence {}: {}", plan.planId(), record.sequence(),
                            failure.reason());
                }
            }
            plan.failed(failure);
        }
    }
}
