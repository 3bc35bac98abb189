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
 *   <li>A {@link PollAwareProjection} may hold writes back until the poll's end: they are made durable
 *   ({@code pollApplied}) before this method returns, since the container commits the poll's offsets right after.
 *   If a record fails while writes are held back, or making them durable fails, they are dropped
 *   ({@code pollAbandoned}) and the exception names the poll's first record: nothing of the poll is committed and it
 *   is retried whole.</li>
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
        records.pollStarted();
        boolean durable = false;
        try {
            for (int i = 0; i < polled.size(); i++) {
                apply(polled.get(i), i);
            }
            try {
                records.pollApplied();
            } catch (RuntimeException transientFailure) {
                throw new BatchListenerFailedException("the poll's held-back writes could not be made; retrying "
                        + "the poll", transientFailure, 0);
            }
            durable = true;
        } finally {
            if (!durable) {
                records.pollAbandoned();
            }
        }
    }

    private void apply(ConsumerRecord<String, byte[]> record, int index) {
        try {
            records.onMessage(record);
        } catch (UnreadableEventException unreadable) {
            deadLetter(record, unreadable, index);
        } catch (RuntimeException transientFailure) {
            throw new BatchListenerFailedException("plan event could not be applied; retrying", transientFailure,
                    retryFrom(index));
        }
    }

    /** The failed record, unless writes of records before it are held back: then the poll's first. */
    private int retryFrom(int failed) {
        return records.holdsBackWrites() ? 0 : failed;
    }

    private void deadLetter(ConsumerRecord<String, byte[]> record, UnreadableEventException unreadable, int index) {
        String reason = PlanEventsErrorHandling.reason(unreadable);
        log.warn("dead-lettering plan event at {}-{}@{} (key {}): {}", record.topic(), record.partition(),
                record.offset(), record.key(), reason);
        try {
            deadLetters.record(record.topic(), record.partition(), record.offset(), record.key(), record.value(),
                    orgOf(record.value()), reason, consumerGroup);
        } catch (RuntimeException storeAway) {
            // not recorded, so not skipped either: the poll is retried from this record (see retryFrom)
            throw new BatchListenerFailedException("could not store the dead letter; retrying", storeAway,
                    retryFrom(index));
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
