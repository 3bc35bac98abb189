package com.netfocus.planning.publication;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The event store's storage with publication built in. Every append, whatever path it comes by (commands, or any
 * direct append), first marks its plans pending in {@code publication_positions}, then appends; after the unit of
 * work commits, the appended events go from memory to the plan's publication worker. If the process dies between
 * append and publication, the mark is still there and the recovery sweep publishes from the store.
 *
 * <p>Marking at the append rather than in a command interceptor means a refused command writes nothing at all, and
 * no append can escape the mark. Before anything else, every event is turned into its Kafka record and held against
 * the {@link EventSizeLimit}: an event Kafka could not take is refused here, with nothing stored or marked.
 */
public class PublishingStorageEngine implements EventStorageEngine {

    private static final Logger log = LoggerFactory.getLogger(PublishingStorageEngine.class);

    private final EventStorageEngine storage;
    private final PublicationPositions positions;
    private final PublicationObligations obligations;
    private final PlanPublicationQueues queues;
    private final EventSizeLimit sizeLimit;

    public PublishingStorageEngine(EventStorageEngine storage, PublicationPositions positions,
                                   PublicationObligations obligations, PlanPublicationQueues queues,
                                   EventSizeLimit sizeLimit) {
        this.storage = storage;
        this.positions = positions;
        this.obligations = obligations;
        this.queues = queues;
        this.sizeLimit = sizeLimit;
    }

    /** The storage underneath, without marks and hand-over (for tests that simulate a crash after an append). */
    public EventStorageEngine undecorated() {
        return storage;
    }

    @Override
    public void appendEvents(List<? extends EventMessage<?>> events) {
        Map<String, List<PlanRecord>> byPlan = recordsByPlan(events);
        Map<String, Long> marks = new LinkedHashMap<>();
        byPlan.keySet().forEach(obligations::open);
        try {
            byPlan.keySet().forEach(planId -> marks.put(planId, positions.mark(planId)));
            storage.appendEvents(events);
        } catch (RuntimeException notStored) {
            byPlan.keySet().forEach(planId -> {
                obligations.close(planId);
                if (marks.containsKey(planId)) {
                    settleNotStored(planId); // a plan whose mark the store refused has nothing to settle
                }
            });
            throw notStored;
        }
        if (CurrentUnitOfWork.isStarted()) {
            UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
            unitOfWork.afterCommit(committed -> handOver(byPlan, marks));
            // stored, yet the unit of work failed later: the events exist, so publish them from the store
            unitOfWork.onRollback(failed -> byPlan.keySet()
                    .forEach(planId -> queues.submit(new PublicationTask.CatchUp(planId, true))));
        } else {
            handOver(byPlan, marks);
        }
    }

    private void settleNotStored(String planId) {
        try {
            positions.settle(planId);
        } catch (RuntimeException e) {
            // the store is away: the open count stays up until the lease runs out, and the mark with it (safe)
            log.warn("could not settle an append of plan {}; its mark stays until the lease ends: {}", planId,
                    e.toString());
        }
    }

    private void handOver(Map<String, List<PlanRecord>> byPlan, Map<String, Long> marks) {
        byPlan.forEach((planId, records) ->
                queues.submit(new PublicationTask.Committed(planId, records, marks.get(planId))));
    }

    /** Each plan's events as their Kafka records; refuses the whole append if one is over the size limit. */
    private Map<String, List<PlanRecord>> recordsByPlan(List<? extends EventMessage<?>> events) {
        Map<String, List<PlanRecord>> byPlan = new LinkedHashMap<>();
        for (EventMessage<?> event : events) {
            if (event instanceof DomainEventMessage<?> domainEvent && domainEvent.getAggregateIdentifier() != null) {
                byPlan.computeIfAbsent(domainEvent.getAggregateIdentifier(), plan -> new ArrayList<>())
                        .add(sizeLimit.recordOf(domainEvent));
            }
        }
        return byPlan;
    }

    @Override
    public void storeSnapshot(DomainEventMessage<?> snapshot) {
        storage.storeSnapshot(snapshot);
    }

    @Override
    public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
        return storage.readEvents(trackingToken, mayBlock);
    }

    @Override
    public DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
        return storage.readEvents(aggregateIdentifier, firstSequenceNumber);
    }

    @Override
    public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
        return storage.readSnapshot(aggregateIdentifier);
    }

    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        return storage.lastSequenceNumberFor(aggregateIdentifier);
    }

    @Override
    public TrackingToken createTailToken() {
        return storage.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return storage.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return storage.createTokenAt(dateTime);
    }
}
