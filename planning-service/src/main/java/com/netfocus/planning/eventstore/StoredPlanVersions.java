package com.netfocus.planning.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Projections;
import com.netfocus.contracts.chain.StoredEventFields;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.bson.Document;

/**
 * Asks the event store whether a plan has moved on from a version: whether its event with the next sequence number is
 * stored. The query names exactly the keys of the store's unique (aggregate, sequence) index, each by equality, so it
 * is served by that index on MongoDB and on the embedded wire server alike (which uses no other kind of index).
 */
public class StoredPlanVersions {

    private final MongoCollection<Document> events;

    public StoredPlanVersions(MongoTemplate axonMongoTemplate) {
        this.events = axonMongoTemplate.eventCollection();
    }

    /** Whether an event of {@code planId} after {@code version} (its last applied sequence number) is stored. */
    public boolean hasEventAfter(String planId, long version) {
        return events.find(nextEvent(planId, version)).projection(Projections.include("_id")).limit(1).first()
                != null;
    }

    /**
     * The filter of the plan's event after {@code version}: a plain document of the index's two keys. The driver's
     * {@code Filters.and} would send {@code {$and: [...]}}, which the wire server answers by a scan.
     */
    static Document nextEvent(String planId, long version) {
        return storedEvent(planId, version + 1);
    }

    /** The filter of the plan's stored event at {@code sequence}, served by the store's unique (plan, sequence) index. */
    public static Document storedEvent(String planId, long sequence) {
        return new Document(StoredEventFields.PLAN_ID, planId).append(StoredEventFields.SEQUENCE, sequence);
    }
}
