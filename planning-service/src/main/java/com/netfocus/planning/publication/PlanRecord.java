package com.netfocus.planning.publication;

import com.netfocus.contracts.caller.CallerHeaders;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeader;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * One stored event as it goes to Kafka: its sequence in the plan, the record value (the envelope every service
 * reads), the correlation id of the request that caused it (also sent as a header, so that a consumer can log it
 * before it reads the value) and when it occurred.
 */
record PlanRecord(String planId, long sequence, byte[] value, String correlationId, Instant occurredAt) {

    ProducerRecord<String, byte[]> toProducerRecord(String topic) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, planId, value);
        for (Header header : headers()) {
            record.headers().add(header);
        }
        return record;
    }

    Header[] headers() {
        return correlationId == null ? new Header[0] : new Header[]{
                new RecordHeader(CallerHeaders.CORRELATION_ID, correlationId.getBytes(StandardCharsets.UTF_8))};
    }

    byte[] key() {
        return planId.getBytes(StandardCharsets.UTF_8);
    }
}
