package com.netfocus.support.planevents;

import com.netfocus.contracts.plan.PlanEvent;
import com.netfocus.contracts.plan.PlanEventCodec;
import com.netfocus.contracts.plan.PlanEventEnvelope;
import com.netfocus.contracts.plan.UnreadableEventException;
import com.netfocus.support.deadletter.DeadLetterStore;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.BatchMessageListener;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The consumer of the plan events topic: reads each record of a poll once (envelope and typed event, then the
 * service's {@link PlanEventPreparation}), gives the poll's events to each {@link PollAwareProjection} in their order,
 * and returns once every projection has written what the poll changed; the container then commits the poll's offsets
 * (at least once, one commit per poll).
 *
 * <ul>
 *   <li>A record that can never be applied (not a readable envelope, or an event a projection refuses:
 *   {@link UnreadableEventException}) goes to the dead letters ({@link DeadLetterStore}) once the projections applied
 *   the others, and every other projection still applies it. Types this version does not know are passed over
 *   silently, as the contract allows new types to appear.</li>
 *   <li>Any other failure (the database is away, another writer changed a document the poll read) throws
 *   {@link BatchListenerFailedException} naming the poll's first record: nothing of the poll is committed, and the
 *   error handler retries it whole with back-off, never skipping it. The projections are idempotent, so the
 *   documents written before the failure find the retried poll's events applied.</li>
 * </ul>
 */
public class PlanEventBatchListener implements BatchMessageListener<String, byte[]> {

    private static final Logger log = LoggerFactory.getLogger(PlanEventBatchListener.class);

    private final List<PollAwareProjection<?>> projections;
    private final PlanEventPreparation preparation;
    private final DeadLetterStore deadLetters;
    private final String consumerGroup;
    private final ProjectionLag lag;

    /**
     * @param projections in the order they get each poll
     * @param lag         where each projection's lag is recorded (null: not recorded)
     */
    public PlanEventBatchListener(List<? extends PollAwareProjection<?>> projections, PlanEventPreparation preparation,
                                  DeadLetterStore deadLetters, String consumerGroup, ProjectionLag lag) {
        this.projections = List.copyOf(projections);
        this.preparation = preparation;
        this.deadLetters = deadLetters;
        this.consumerGroup = consumerGroup;
        this.lag = lag;
    }

    /** The events as read, no lag recorded. */
    public PlanEventBatchListener(List<? extends PollAwareProjection<?>> projections, DeadLetterStore deadLetters,
                                  String consumerGroup) {
        this(projections, events -> events, deadLetters, consumerGroup, null);
    }

    @Override
    public void onMessage(List<ConsumerRecord<String, byte[]>> polled) {
        try {
            applied(polled).forEach((index, unreadable) -> deadLetter(polled.get(index), unreadable));
        } catch (RuntimeException transientFailure) {
            throw new BatchListenerFailedException("the poll could not be applied; retrying it whole",
                    transientFailure, 0);
        }
    }

    /**
     * A dead letter's replay: the record as a poll of its own, through every projection. Throws
     * {@link UnreadableEventException} if it still cannot be applied (the projections that can have applied it), and
     * whatever a projection's write throws (another writer of the same document: try again).
     */
    public void replay(ConsumerRecord<String, byte[]> record) {
        SortedMap<Integer, UnreadableEventException> unreadable = applied(List.of(record));
        if (!unreadable.isEmpty()) {
            throw unreadable.get(unreadable.firstKey());
        }
    }

    /** Applies the records through every projection; the ones that cannot be applied, by their position. */
    private SortedMap<Integer, UnreadableEventException> applied(List<ConsumerRecord<String, byte[]>> records) {
        SortedMap<Integer, UnreadableEventException> unreadable = new TreeMap<>();
        List<Integer> recordOfEvent = new ArrayList<>();
        List<PlanEventEnvelope> envelopes = new ArrayList<>();
        List<PlanEvent> read = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            try {
                PlanEventEnvelope envelope = readEnvelope(records.get(i));
                Optional<PlanEvent> event = readEvent(envelope);
                if (event.isPresent()) {
                    recordOfEvent.add(i);
                    envelopes.add(envelope);
                    read.add(event.get());
                }
            } catch (UnreadableEventException e) {
                unreadable.put(i, e);
            }
        }
        List<PlanEvent> prepared = preparation.prepared(read);
        List<PolledEvent> events = new ArrayList<>(read.size());
        for (int i = 0; i < read.size(); i++) {
            events.add(new PolledEvent(envelopes.get(i), prepared.get(i)));
        }
        for (PollAwareProjection<?> projection : projections) {
            projection.applyPoll(events).forEach((event, refusal) ->
                    unreadable.merge(recordOfEvent.get(event), refusal, PlanEventBatchListener::withSuppressed));
        }
        if (lag != null) {
            projections.forEach(projection -> envelopes.forEach(envelope ->
                    lag.applied(projection.name(), envelope.occurredAt())));
        }
        if (log.isDebugEnabled()) {
            // logged inside each event's correlation context, so that its line joins the request that caused it
            events.forEach(polled -> PollAwareProjection.inContextOf(polled, () -> {
                log.debug("applied {} {} of plan {} (sequence {})", polled.envelope().type(),
                        polled.envelope().eventId(), polled.envelope().planId(), polled.envelope().sequence());
                return null;
            }));
        }
        return unreadable;
    }

    private static UnreadableEventException withSuppressed(UnreadableEventException first,
                                                           UnreadableEventException next) {
        first.addSuppressed(next);
        return first;
    }

    private void deadLetter(ConsumerRecord<String, byte[]> record, UnreadableEventException unreadable) {
        String reason = PlanEventsErrorHandling.reason(unreadable);
        log.warn("dead-lettering plan event at {}-{}@{} (key {}): {}", record.topic(), record.partition(),
                record.offset(), record.key(), reason);
        deadLetters.record(record.topic(), record.partition(), record.offset(), record.key(), record.value(),
                orgOf(record.value()), reason, consumerGroup);
    }

    /** Every projection relies on plan id and sequence, so an envelope without them is as unreadable as garbage. */
    static PlanEventEnvelope readEnvelope(ConsumerRecord<String, byte[]> record) {
        if (record.value() == null) {
            throw new UnreadableEventException("record without a value", null);
        }
        PlanEventEnvelope envelope = PlanEventCodec.decode(record.value());
        if (envelope.planId() == null || envelope.planId().isBlank()) {
            throw new UnreadableEventException("envelope " + envelope.eventId() + " names no plan", null);
        }
        if (envelope.sequence() < 0) {
            throw new UnreadableEventException("envelope " + envelope.eventId() + " has negative sequence "
                    + envelope.sequence(), null);
        }
        if (envelope.type() == null || envelope.payload() == null) {
            throw new UnreadableEventException("envelope " + envelope.eventId() + " has no type or payload", null);
        }
        return envelope;
    }

    /** The typed event; empty for a type this version does not know. */
    private static Optional<PlanEvent> readEvent(PlanEventEnvelope envelope) {
        Optional<PlanEvent> event = PlanEventCodec.payloadOf(envelope);
        if (event.isEmpty()) {
            log.debug("passing over plan event of unknown type {} ({})", envelope.type(), envelope.eventId());
        } else if (!envelope.planId().equals(event.get().planId())) {
            throw new UnreadableEventException("envelope " + envelope.eventId() + " is for plan " + envelope.planId()
                    + " but its payload names plan " + event.get().planId(), null);
        }
        return event;
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
