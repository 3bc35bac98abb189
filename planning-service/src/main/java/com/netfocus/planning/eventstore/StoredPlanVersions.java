package com.netfocus.planning.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.bson.Document;

/**
 * Asks the event store whether a plan has moved on from a version: whether its event with the next sequence number is
 * stored. The query names exactly the keys of the store's unique (aggregate, sequence) index, each by equality, so it
 * is served by that index on MongoDB and on the embedded wire server alike (which uses no other kind of index).
 */
public class StoredPlanVersions {

    static final String AGGREGATE_IDENTIFIER = "aggregateIdentifier";
    static final String SEQUENCE_NUMBER = "sequenceNumber";

    private final MongoCollection<Document> events;

    public StoredPlanVersions(MongoTemplate axonMongoTemplate) {
        this.events = axonMongoTemplate.eventCollection();
    }

    /** Whether an event of {@code planId} after {@code version} (its last applied sequence number) is stored. */
    public boolean hasEventAfter(String planId, long version) {
        return events.find(Filters.and(Filters.eq(AGGREGATE_IDENTIFIER, planId),
                        Filters.eq(SEQUENCE_NUMBER, version + 1)))
                .projection(Projections.include("_id")).limit(1).first() != null;
    }
}
