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
import java.util.concurrent.Future;

/**
 * Sends the prepared records of a batch's plans and waits for Kafka's acknowledgements. Once a send fails (the
 * broker is away), the later plans of the batch are not sent at all: each would wait out the same timeout.
 */
final class BatchSender {

    private static final Logger log = LoggerFactory.getLogger(BatchSender.class);

    private final Producer<String, byte[]> producer;
    private final String topic;
    private final PublicationDelay delay;

    BatchSender(Producer<String, byte[]> producer, String topic, PublicationDelay delay) {
        this.producer = producer;
        this.topic = topic;
        this.delay = delay;
    }

    void send(Collection<PlanPublication> plans) {
        Map<PlanPublication, List<Future<RecordMetadata>>> sent = new LinkedHashMap<>();
        boolean brokerFailed = false;
        for (PlanPublication plan : plans) {
            if (!plan.succeeded() || plan.records().isEmpty()) {
                continue;
            }
            if (brokerFailed) {
                plan.fail();
                continue;
            }
            List<Future<RecordMetadata>> acknowledgements = new ArrayList<>();
            sent.put(plan, acknowledgements);
            try (LoggedCorrelation logged = LoggedCorrelation.of(plan.correlation())) {
                for (PlanRecord record : plan.records()) {
                    acknowledgements.add(producer.send(record.toProducerRecord(topic)));
                }
            } catch (RuntimeException e) {
                log.warn("cannot send events of plan {}: {}", plan.planId(), e.toString());
                plan.fail();
                brokerFailed = true;
            }
        }
        sent.forEach(this::awaitAcknowledgements);
    }

    private void awaitAcknowledgements(PlanPublication plan, List<Future<RecordMetadata>> acknowledgements) {
        List<PlanRecord> records = plan.records();
        for (int i = 0; i < acknowledgements.size(); i++) {
            PlanRecord record = records.get(i);
            try {
                acknowledgements.get(i).get();
                if (plan.succeeded()) {
                    plan.acknowledged(record);
                    delay.acknowledged(record.occurredAt());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                plan.fail();
            } catch (Exception e) {
                if (plan.succeeded()) {
                    try (LoggedCorrelation logged = LoggedCorrelation.of(record.correlationId())) {
                        log.warn("Kafka did not acknowledge plan {} sequence {}: {}", plan.planId(),
                                record.sequence(), e.toString());
                    }
                }
                plan.fail();
            }
        }
        if (acknowledgements.size() < records.size()) {
            plan.fail();
        }
    }
}
