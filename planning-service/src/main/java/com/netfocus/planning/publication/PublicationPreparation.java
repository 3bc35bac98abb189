package com.netfocus.planning.publication;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides what a plan's publication sends: the records handed over from memory when they follow what is known to be
 * on Kafka, otherwise (a gap, or a catch-up) whatever the store holds after the published sequence. Always a run of
 * sequences without a gap, starting right after the published one.
 */
final class PublicationPreparation {

    private static final Logger log = LoggerFactory.getLogger(PublicationPreparation.class);

    private final PublicationPositions positions;
    private final EventStorageEngine storage;
    private final KnownPublished known;

    PublicationPreparation(PublicationPositions positions, EventStorageEngine storage, KnownPublished known) {
        this.positions = positions;
        this.storage = storage;
        this.known = known;
    }

    void prepare(PlanPublication plan) {
        String planId = plan.planId();
        try {
            List<PlanRecord> inMemory = plan.committedRecords();
            boolean catchUp = plan.hasCatchUp();
            Long knownPublished = known.of(planId);
            if (knownPublished == null || catchUp) {
                // the position's mark count is read before the store, so a mark set after it blocks the clear
                Position position = positions.find(planId).orElse(Position.none(planId));
                plan.observedMarks(position.marks());
                plan.storedBlock(position.blockedSequence() != Position.NOT_BLOCKED);
                knownPublished = Math.max(position.publishedSequence(),
                        knownPublished == null ? Position.NOTHING_PUBLISHED : knownPublished);
            }
            plan.startAfter(knownPublished);
            long first = knownPublished + 1;
            boolean fromMemory = !catchUp && followsWithoutGap(inMemory, first);
            List<PlanRecord> candidates = fromMemory ? inMemory : stored(plan, first);
            long next = first;
            for (PlanRecord record : candidates) {
                if (record.sequence() < next) {
                    continue; // already on Kafka
                }
                if (record.sequence() > next) {
                    // nothing after a missing sequence may go out: the plan waits until the store has it
                    plan.stopsAt(PublicationFailure.unpublishable(next, "the event store holds no sequence " + next
                            + " of the plan, but holds " + record.sequence()));
                    return;
                }
                plan.send(record);
                next++;
            }
        } catch (RuntimeException e) {
            log.warn("cannot prepare the publication of plan {}: {}", planId, e.toString());
            plan.unprepared(PublicationFailure.passing(plan.acknowledgedSequence() + 1, e));
        }
    }

    /**
     * Whether the records handed over continue what is on Kafka without a gap. Another instance's append between
     * them, or one this worker has not seen published, sends the publication to the store instead.
     */
    private static boolean followsWithoutGap(List<PlanRecord> inMemory, long first) {
        long next = first;
        for (PlanRecord record : inMemory) {
            if (record.sequence() > next) {
                return false;
            }
            next = Math.max(next, record.sequence() + 1);
        }
        return true;
    }

    /** The stored events from {@code firstSequence} on, up to the first that cannot be turned into a record. */
    private List<PlanRecord> stored(PlanPublication plan, long firstSequence) {
        List<PlanRecord> records = new ArrayList<>();
        for (DomainEventMessage<?> event : storage.readEvents(plan.planId(), firstSequence).asStream().toList()) {
            try {
                records.add(EnvelopeRecords.record(event));
            } catch (RuntimeException unencodable) {
                plan.stopsAt(PublicationFailure.unpublishable(event.getSequenceNumber(),
                        "the stored event cannot be turned into a record: " + unencodable));
                break;
            }
        }
        return records;
    }
}
