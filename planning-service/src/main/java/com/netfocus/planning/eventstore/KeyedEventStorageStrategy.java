package com.netfocus.planning.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.netfocus.contracts.chain.StoredEventFields;
import com.netfocus.planning.chain.ChainHeads;
import com.netfocus.planning.chain.ChainStarts;
import com.netfocus.planning.chain.ChainedStorageStrategy;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.serialization.Serializer;
import org.bson.Document;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * Axon's one document per event, chained ({@link ChainedStorageStrategy}), each stored under a key made of its plan
 * and sequence number ({@link #key}), and each plan's snapshot under the plan's id. On the embedded wire server, which serves a query from an index only when
 * the query names exactly the index's keys by equality, Axon's own reads ("plan X from sequence n on", "the latest
 * snapshot of plan X") scan every stored event or snapshot; read by key, a plan's load is a lookup of the keys of its
 * next sequence numbers, however many events the store holds. Where the server uses Axon's indexes (a real MongoDB),
 * or the store holds events written without the key, the reads stay Axon's ({@link PlanEventReads}).
 *
 * <p>The key adds no index and no write: it is the {@code _id} every document has. It is unique exactly where Axon's
 * (aggregate, sequence) index is, so a clash of two appends still fails as a concurrency clash.
 */
public class KeyedEventStorageStrategy extends ChainedStorageStrategy {

    private static final String ID = "_id";
    private static final String KEY_SEPARATOR = "#";
    /** The keys asked for first in a plan's read; each further step asks for twice as many. */
    private static final int FIRST_STEP = 16;

    private final PlanEventReads reads;

    public KeyedEventStorageStrategy(PlanEventReads reads, ChainHeads heads, ChainStarts starts) {
        super(heads, starts);
        this.reads = reads;
    }

    /**
     * The stored key of a plan's event: the plan's id, a separator and the sequence number. The sequence number has no
     * separator in it, so every (plan, sequence) has its own key.
     */
    public static String key(String aggregateIdentifier, long sequenceNumber) {
        return aggregateIdentifier + KEY_SEPARATOR + sequenceNumber;
    }

    @Override
    protected Stream<Document> createEventDocuments(List<? extends EventMessage<?>> events, Serializer serializer) {
        return super.createEventDocuments(events, serializer).map(document -> keyed(key(
                document.getString(StoredEventFields.PLAN_ID),
                document.get(StoredEventFields.SEQUENCE, Number.class).longValue()), document));
    }

    @Override
    protected Document createSnapshotDocument(DomainEventMessage<?> snapshot, Serializer serializer) {
        return keyed(snapshot.getAggregateIdentifier(), super.createSnapshotDocument(snapshot, serializer));
    }

    /** The plan's snapshot replaces the one kept under its id (Axon's own write matches by a scan). */
    @Override
    public void appendSnapshot(MongoCollection<Document> snapshotCollection, DomainEventMessage<?> snapshot,
                               Serializer serializer) {
        snapshotCollection.replaceOne(Filters.eq(ID, snapshot.getAggregateIdentifier()),
                createSnapshotDocument(snapshot, serializer), new ReplaceOptions().upsert(true));
    }

    /**
     * Read by key, a plan has one snapshot document, just replaced: nothing older is left. Otherwise older snapshots
     * stored without the key may remain, and Axon removes them.
     */
    @Override
    public void deleteSnapshots(MongoCollection<Document> snapshotCollection, String aggregateIdentifier,
                                long sequenceNumber) {
        if (!reads.byKey()) {
            super.deleteSnapshots(snapshotCollection, aggregateIdentifier, sequenceNumber);
        }
    }

    /**
     * The plan's events from {@code firstSequenceNumber}, at most {@code batchSize}: the keys of the next ones, asked
     * for in growing steps. The wire server pays for each key it looks up, found or not (its index compares keys in
     * serialized form), and a plan's load mostly reads the few events after its snapshot: asking for a whole batch at
     * once would mostly look up keys not stored. A step that comes back short ends the plan's events.
     */
    @Override
    public List<? extends DomainEventData<?>> findDomainEvents(MongoCollection<Document> collection,
                                                               String aggregateIdentifier, long firstSequenceNumber,
                                                               int batchSize) {
        if (!reads.byKey()) {
            return super.findDomainEvents(collection, aggregateIdentifier, firstSequenceNumber, batchSize);
        }
        List<DomainEventData<?>> events = new ArrayList<>(batchSize);
        long next = firstSequenceNumber;
        int step = FIRST_STEP;
        while (events.size() < batchSize) {
            int asked = Math.min(step, batchSize - events.size());
            List<String> keys = LongStream.range(next, next + asked)
                    .mapToObj(sequence -> key(aggregateIdentifier, sequence)).toList();
            int found = events.size();
            collection.find(Filters.in(ID, keys)).sort(Sorts.ascending(StoredEventFields.SEQUENCE))
                    .forEach(document -> extractEvents(document).forEach(events::add));
            if (events.size() - found < asked) {
                break;
            }
            next += asked;
            step *= 2;
        }
        return events;
    }

    @Override
    public Stream<? extends DomainEventData<?>> findSnapshots(MongoCollection<Document> snapshotCollection,
                                                              String aggregateIdentifier) {
        if (!reads.byKey()) {
            return super.findSnapshots(snapshotCollection, aggregateIdentifier);
        }
        Document snapshot = snapshotCollection.find(Filters.eq(ID, aggregateIdentifier)).first();
        return snapshot == null ? Stream.empty() : Stream.of(extractSnapshot(snapshot));
    }

    private static Document keyed(String key, Document document) {
        Document keyed = new Document(ID, key);
        keyed.putAll(document);
        return keyed;
    }
}
