package com.netfocus.support.planevents;

import com.netfocus.contracts.plan.PlanEventCodec;
import com.netfocus.contracts.plan.UnreadableEventException;
import com.netfocus.support.deadletter.DeadLetterStore;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.BatchMessageListener;

import java.util.List;

/**
 * Applies one poll's records in their order (so per plan, per partition, in sequence) and lets the container commit
 * the offsets once per poll instead of once per record.
 *
 * <ul>
 *   <li>A record that cannot be applied for good ({@link UnreadableEventException}: unreadable, or a payload the
 *   projection refuses) goes to the dead letters ({@link DeadLetterStore}) and the records after it are applied.</li>
 *   <li>Any other failure (the database is away) throws {@link BatchListenerFailedException} naming the record: the
 *   error handler commits the records before it, and retries from it with back-off, never skipping it.</li>
 * </ul>
 * Projections are idempotent, so a retried poll that re-applies records applied before the failure changes nothing.
 */
public class PlanEventBatchListener implements BatchMessageListener<String, byte[]> {

    private static final Logger log = LoggerFactory.getLogger(PlanEventBatchListener.class);

    private final PlanEventRecordListener records;
    private final DeadLetterStore deadLetters;
    private final String consumerGroup;

    public PlanEventBatchListener(PlanEventRecordListener records, DeadLetterStore deadLetters, String consumerGroup) {
        this.records = records;
        this.deadLetters = deadLetters;
        this.consumerGroup = consumerGroup;
    }

    @Override
    public void onMessage(List<ConsumerRecord<String, byte[]>> polled) {
        for (int i = 0; i < polled.size(); i++) {
            ConsumerRecord<String, byte[]> record = polled.get(i);
            try {
                records.onMessage(record);
            } catch (UnreadableEventException unreadable) {
                deadLetter(record, unreadable, i);
            } catch (RuntimeException transientFailure) {
                throw new BatchListenerFailedException("plan event could not be applied; retrying from it",
                        transientFailure, i);
            }
        }
    }

    private void deadLetter(ConsumerRecord<String, byte[]> record, UnreadableEventException unreadable, int index) {
        String reason = PlanEventsErrorHandling.reason(unreadable);
        log.warn("dead-lettering plan event at {}-{}@{} (key {}): {}", record.topic(), record.partition(),
                record.offset(), record.key(), reason);
        try {
            deadLetters.record(record.topic(), record.partition(), record.offset(), record.key(), record.value(),
                    orgOf(record.value()), reason, consumerGroup);
        } catch (RuntimeException storeAway) {
            // not recorded, so not skipped either: the poll is retried from this record
            throw new BatchListenerFailedException("could not store the dead letter; retrying", storeAway, index);
        }
    }

    /** The org the envelope names, when that much can be read: it decides which admins see the dead letter. */
    static String orgOf(byte[] value) {
        if (value == null) {
            return null;
        }
        try {
            return PlanEventCodec.decode(value).org();
        } catch (RuntimeException unreadable) {
            return null;
        }
    }
}
