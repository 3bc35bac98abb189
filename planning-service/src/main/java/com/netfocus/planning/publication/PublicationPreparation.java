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
                Position position = positions.find(planId)
                        .orElse(new Position(planId, Position.NOTHING_PUBLISHED, false, 0));
                plan.observedMarks(position.marks());
                knownPublished = Math.max(position.publishedSequence(),
                        knownPublished == null ? Position.NOTHING_PUBLISHED : knownPublished);
            }
            plan.startAfter(knownPublished);
            boolean gap = !inMemory.isEmpty() && inMemory.get(0).sequence() > knownPublished + 1;
            List<PlanRecord> candidates = catchUp || gap ? stored(planId, knownPublished + 1) : inMemory;
            long next = knownPublished + 1;
            for (PlanRecord record : candidates) {
                if (record.sequence() < next) {
                    continue; // already on Kafka
                }
                if (record.sequence() > next) {
                    throw new IllegalStateException("plan " + planId + " misses sequence " + next
                            + " before " + record.sequence());
                }
                plan.send(record);
                next++;
            }
        } catch (RuntimeException e) {
            log.warn("cannot prepare the publication of plan {}: {}", planId, e.toString());
            plan.unprepared();
        }
    }

    private List<PlanRecord> stored(String planId, long firstSequence) {
        List<PlanRecord> records = new ArrayList<>();
        storage.readEvents(planId, firstSequence).asStream()
                .map(event -> EnvelopeRecords.record((DomainEventMessage<?>) event)).forEach(records::add);
        return records;
    }
}
