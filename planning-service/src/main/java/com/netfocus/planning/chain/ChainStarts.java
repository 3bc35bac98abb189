package com.netfocus.planning.chain;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Date;
import java.util.Optional;

/**
 * Where the chain of a plan stored before chains existed begins ({@code event_chain_starts}, one document per such
 * plan): the sequence of its first event since. A plan created with chains has none; its chain runs from 0. Recorded
 * before that event is appended, so a chained event never lacks its start; recording it again changes nothing.
 */
@Component
public class ChainStarts {

    static final String COLLECTION = "event_chain_starts";
    private static final String SEQUENCE = "sequence";
    private static final String RECORDED_AT = "recordedAt";

    private final MongoCollection<Document> starts;
    private final Clock clock;

    public ChainStarts(MongoTemplate mongo, Clock clock) {
        this.starts = mongo.getCollection(COLLECTION);
        this.clock = clock;
    }

    void record(String planId, long sequence) {
        starts.updateOne(Filters.eq("_id", planId),
                Updates.combine(Updates.setOnInsert(SEQUENCE, sequence),
                        Updates.setOnInsert(RECORDED_AT, Date.from(clock.instant()))),
                new UpdateOptions().upsert(true));
    }

    /** The sequence the plan's chain starts at, if it was stored before chains existed and has one. */
    Optional<Long> of(String planId) {
        Document start = starts.find(Filters.eq("_id", planId)).first();
        return Optional.ofNullable(start).map(found -> ((Number) found.get(SEQUENCE)).longValue());
    }
}
