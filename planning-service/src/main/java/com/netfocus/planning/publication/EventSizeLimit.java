package com.netfocus.planning.publication;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.netfocus.contracts.plan.PlanEventCodec;
import com.netfocus.support.problem.PayloadTooLargeException;
import org.apache.kafka.common.record.AbstractRecords;
import org.apache.kafka.common.record.CompressionType;
import org.apache.kafka.common.record.RecordBatch;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.stereotype.Component;

import java.util.Iterator;
import java.util.Map;

/**
 * The last line of defence on an event's size: every event is turned into its Kafka record before it is appended,
 * and one larger than {@code limits.maxEventSize} (or whose whole record would exceed the producer's
 * {@code maxRequestSize}) is refused with 413 naming the field that holds most of it. Refused there, nothing is
 * stored, nothing is marked for publication, and Axon's rollback evicts the plan from its cache, so the refused
 * event is nowhere. Without it, an event the store took but Kafka refuses would stop its plan's publication.
 */
@Component
public class EventSizeLimit {

    /** The size of the whole record as the producer measures it before it refuses one (no compression). */
    private static final byte RECORD_FORMAT = RecordBatch.CURRENT_MAGIC_VALUE;

    private final long maxEventBytes;
    private final long maxRecordBytes;

    public EventSizeLimit(PlanPublicationSettings settings) {
        this.maxEventBytes = settings.limits().maxEventSize().toBytes();
        this.maxRecordBytes = settings.limits().maxRequestSize().toBytes();
    }

    /** The event as it will go to Kafka, if it is small enough; otherwise a refusal naming the largest field. */
    PlanRecord recordOf(DomainEventMessage<?> event) {
        PlanRecord record = EnvelopeRecords.record(event);
        int valueBytes = record.value().length;
        int recordBytes = AbstractRecords.estimateSizeInBytesUpperBound(RECORD_FORMAT, CompressionType.NONE,
                record.key(), record.value(), record.headers());
        if (valueBytes > maxEventBytes || recordBytes > maxRecordBytes) {
            throw refusal(record, valueBytes);
        }
        return record;
    }

    private PayloadTooLargeException refusal(PlanRecord record, int valueBytes) {
        Map.Entry<String, Integer> largest = largestField(PlanEventCodec.decode(record.value()).payload());
        return new PayloadTooLargeException(largest.getKey(), String.format(
                "holds %,d of the %,d bytes the change would store as one event (personal fields sealed); an event"
                        + " may hold at most %,d: send less of it in one request", largest.getValue(), valueBytes,
                maxEventBytes));
    }

    private static Map.Entry<String, Integer> largestField(JsonNode payload) {
        Map.Entry<String, Integer> largest = Map.entry("body", 0);
        for (Iterator<Map.Entry<String, JsonNode>> fields = payload.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            int size = size(field.getValue());
            if (size > largest.getValue()) {
                largest = Map.entry(field.getKey(), size);
            }
        }
        return largest;
    }

    private static int size(JsonNode value) {
        try {
            return PlanEventCodec.mapper().writeValueAsBytes(value).length;
        } catch (JsonProcessingException e) {
            return 0;
        }
    }
}
