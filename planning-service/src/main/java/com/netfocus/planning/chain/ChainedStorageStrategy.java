package com.netfocus.planning.chain;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Projections;
import com.netfocus.contracts.chain.EventHash;
import com.netfocus.contracts.chain.StoredEventFields;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.DocumentPerEventStorageStrategy;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Axon's one-document-per-event storage, with every event document carrying its place in the plan's hash chain: two
 * extra fields, its hash ({@link EventHash}, over the document's content exactly as it is written) and the hash of
 * the plan's event before it. Axon reads documents by its own fields and never sees these. The previous hash comes
 * from {@link ChainHeads} (memory) in the steady state; after a restart or an eviction, from the plan's event before,
 * read by plan and sequence (the store's unique index). A plan stored before chains existed starts its chain at its
 * next event, and that start is recorded ({@link ChainStarts}). Snapshots are not chained. The service stores its
 * documents through a subclass that also keys them by plan and sequence (the event store's configuration).
 */
public class ChainedStorageStrategy extends DocumentPerEventStorageStrategy {

    private static final Logger log = LoggerFactory.getLogger(ChainedStorageStrategy.class);

    private final ChainHeads heads;
    private final ChainStarts starts;

    public ChainedStorageStrategy(ChainHeads heads, ChainStarts starts) {
        this.heads = heads;
        this.starts = starts;
    }

    @Override
    public void appendEvents(MongoCollection<Document> eventCollection, List<? extends EventMessage<?>> events,
                             Serializer serializer) {
        List<Document> documents = createEventDocuments(events, serializer).toList();
        Map<String, ChainHead> appended = chain(eventCollection, documents);
        eventCollection.insertMany(documents);
        appended.forEach(heads::stored);
    }

    /** Remembers the chain head of every event document read (a plan loaded, a history read). */
    @Override
    protected Stream<? extends DomainEventData<?>> extractEvents(Document object) {
        heads.stored(object.getString(StoredEventFields.PLAN_ID), new ChainHead(sequence(object),
                object.getString(StoredEventFields.HASH)));
        return super.extractEvents(object);
    }

    /** Adds the chain fields to each document, in order; returns each plan's new head. */
    private Map<String, ChainHead> chain(MongoCollection<Document> eventCollection, List<Document> documents) {
        Map<String, ChainHead> latest = new LinkedHashMap<>();
        for (Document document : documents) {
            String planId = document.getString(StoredEventFields.PLAN_ID);
            long sequence = sequence(document);
            ChainHead before = latest.get(planId);
            String previous = before != null && before.sequence() == sequence - 1
                    ? before.hash() : previousHash(eventCollection, planId, sequence);
            String hash = EventHash.of(document, previous);
            document.append(StoredEventFields.HASH, hash).append(StoredEventFields.PREVIOUS_HASH, previous);
            latest.put(planId, new ChainHead(sequence, hash));
        }
        return latest;
    }

    private String previousHash(MongoCollection<Document> eventCollection, String planId, long sequence) {
        if (sequence == 0) {
            return EventHash.CHAIN_START;
        }
        ChainHead previous = heads.at(planId, sequence - 1).orElseGet(() -> stored(eventCollection, planId,
                sequence - 1));
        if (previous == null) {
            // the event before is not in the store: no chain start is recorded, so verification shows the hole
            log.warn("plan {} holds no event {} before the one appended; its chain will show the gap", planId,
                    sequence - 1);
            return EventHash.CHAIN_START;
        }
        if (previous.hash() == null) {
            starts.record(planId, sequence); // stored before chains existed: the chain starts here
            return EventHash.CHAIN_START;
        }
        return previous.hash();
    }

    /** The plan's stored event at {@code sequence}, read by exactly the keys of the store's unique index. */
    private static ChainHead stored(MongoCollection<Document> eventCollection, String planId, long sequence) {
        // a plain document: the driver's Filters.and sends {$and: [...]}, which the wire server answers by a scan
        Document document = eventCollection.find(new Document(StoredEventFields.PLAN_ID, planId)
                        .append(StoredEventFields.SEQUENCE, sequence))
                .projection(Projections.include(StoredEventFields.SEQUENCE, StoredEventFields.HASH))
                .first();
        return document == null ? null : new ChainHead(sequence, document.getString(StoredEventFields.HASH));
    }

    private static long sequence(Document document) {
        return ((Number) document.get(StoredEventFields.SEQUENCE)).longValue();
    }
}
