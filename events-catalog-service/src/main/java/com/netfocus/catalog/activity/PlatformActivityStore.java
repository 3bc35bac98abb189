package com.netfocus.catalog.activity;

import com.netfocus.catalog.platform.Platform;
import com.netfocus.contracts.plan.PlanEventEnvelope;
import com.netfocus.support.guarded.GuardedWrite;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
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
     * so a crash can never leave the counts raised without the guard (no transactions needed). The document is
     * read by id and written back with a compare-and-set on its revision ({@link GuardedWrite}): every step is
     * served by an index, on the embedded wire server too.
     */
    void apply(PlanEventEnvelope envelope, String platformId, Update increments) {
        if (!platformOfOrgExists(platformId, envelope.org())) {
            log.warn("plan {} event {} names platform {} which org {} does not have in its catalog; not counted",
                    envelope.planId(), envelope.sequence(), platformId, envelope.org());
            return;
        }
        PlatformActivity current = mongo.findById(platformId, PlatformActivity.class);
        if (current == null) {
            ensureActivityDocument(platformId, envelope.org());
            current = mongo.findById(platformId, PlatformActivity.class);
        }
        Long applied = current == null || current.appliedSequences() == null ? null
                : current.appliedSequences().get(AppliedSequenceKey.keyFor(envelope.planId()));
        if (current == null || applied != null && applied >= envelope.sequence()) {
            log.debug("plan {} event {} already applied to platform {}", envelope.planId(), envelope.sequence(), platformId);
            return;
        }
        GuardedWrite.apply(mongo, PlatformActivity.class, platformId, PlatformActivity.REVISION, current.revision(),
                increments.set(AppliedSequenceKey.fieldFor(envelope.planId()), envelope.sequence())
                        .inc(PlatformActivity.REVISION, 1L));
    }

    /** Read by id alone, the org compared here: {@code {_id, org}} would be a full scan on the wire server. */
    private boolean platformOfOrgExists(String platformId, String org) {
        Query byId = query(where("_id").is(platformId));
        byId.fields().include(Platform.ORG);
        Document platform = mongo.findOne(byId, Document.class, mongo.getCollectionName(Platform.class));
        return platform != null && org != null && org.equals(platform.getString(Platform.ORG));
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
