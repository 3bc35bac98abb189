package com.netfocus.planning.chain;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.netfocus.contracts.chain.ChainLink;
import com.netfocus.contracts.chain.ChainVerdict;
import com.netfocus.contracts.chain.ChainVerifier;
import com.netfocus.contracts.chain.StoredEventFields;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.util.OptionalLong;

/**
 * Verifies one plan's hash chain on its event documents exactly as stored (never through Axon, which would read
 * past a change that still deserializes), against its recorded chain start and what was published of it.
 */
@Component
public class PlanChains {

    private final MongoCollection<Document> events;
    private final ChainStarts starts;
    private final PublishedSequences published;

    public PlanChains(MongoTemplate mongo, ChainStarts starts, PublishedSequences published) {
        this.events = mongo.getCollection(StoredEventFields.COLLECTION);
        this.starts = starts;
        this.published = published;
    }

    public ChainVerdict verify(String planId) {
        // what was published is read before the store: every event published by then is stored by then
        OptionalLong publishedThrough = published.publishedThrough(planId);
        ChainVerifier verifier = new ChainVerifier(starts.of(planId).orElse(null));
        events.find(Filters.eq(StoredEventFields.PLAN_ID, planId))
                .sort(Sorts.ascending(StoredEventFields.SEQUENCE))
                .forEach(document -> verifier.offer(ChainLink.of(document)));
        return verifier.verdict(publishedThrough.isPresent() ? publishedThrough.getAsLong() : null);
    }
}
