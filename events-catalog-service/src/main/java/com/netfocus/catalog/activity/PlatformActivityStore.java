package com.netfocus.catalog.activity;

import com.netfocus.catalog.platform.Platform;
import com.netfocus.contracts.plan.PlanEventEnvelope;
import com.mongodb.client.result.UpdateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/** Reads and updates platform activity; every update is one guarded atomic write per event. */
@Component
public class PlatformActivityStore {

    private static final Logger log = LoggerFactory.getLogger(PlatformActivityStore.class);

    private final MongoTemplate mongo;

    public PlatformActivityStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public ActivityCounts countsOf(String platformId) {
        PlatformActivity activity = mongo.findById(platformId, PlatformActivity.class);
        return activity == null ? ActivityCounts.NONE : activity.counts();
    }

    public Map<String, ActivityCounts> countsOf(Collection<String> platformIds) {
        return mongo.find(query(where("_id").in(platformIds)), PlatformActivity.class).stream()
                .collect(Collectors.toMap(PlatformActivity::platformId, PlatformActivity::counts, (a, b) -> a));
    }

    /**
     * Adds {@code increments} to the platform's counts unless the event's plan already had an event of this
     * or a later sequence applied here. Counts and the plan's sequence change in one single-document update,
     * so a crash can never leave the counts raised without the guard (no transactions needed).
     */
    void apply(PlanEventEnvelope envelope, String platformId, Update increments) {
        if (!platformOfOrgExists(platformId, envelope.org())) {
            log.warn("plan {} event {} names platform {} which org {} does not have in its catalog; not counted",
                    envelope.planId(), envelope.sequence(), platformId, envelope.org());
            return;
        }
        ensureActivityDocument(platformId, envelope.org());
        String sequenceField = AppliedSequenceKey.fieldFor(envelope.planId());
        Query notYetApplied = query(where("_id").is(platformId).orOperator(
                where(sequenceField).exists(false),
                where(sequenceField).lt(envelope.sequence())));
        UpdateResult result = mongo.updateFirst(notYetApplied, increments.set(sequenceField, envelope.sequence()),
                PlatformActivity.COLLECTION);
        if (result.getMatchedCount() == 0) {
            log.debug("plan {} event {} already applied to platform {}", envelope.planId(), envelope.sequence(), platformId);
        }
    }

    private boolean platformOfOrgExists(String platformId, String org) {
        Criteria criteria = where("_id").is(platformId).and(Platform.ORG).is(org);
        return mongo.exists(query(criteria), Platform.class);
    }

    /** Idempotent on its own: creating the empty document twice is one document. */
    private void ensureActivityDocument(String platformId, String org) {
        mongo.upsert(query(where("_id").is(platformId)), new Update()
                .setOnInsert(PlatformActivity.ORG, org)
                .setOnInsert(PlatformActivity.TIMES_CHOSEN, 0L)
                .setOnInsert(PlatformActivity.ATTENDANCES, 0L)
                .setOnInsert(PlatformActivity.PEOPLE_MET, 0L), PlatformActivity.COLLECTION);
    }

}
