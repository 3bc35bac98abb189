package com.netfocus.planning.publication;

import org.apache.kafka.clients.producer.RecordMetadata;

import java.util.concurrent.Future;

/** A record handed to the producer, and Kafka's answer to come. */
record SentRecord(PlanRecord record, Future<RecordMetadata> acknowledgement) {
}
