package com.netfocus.catalog.activity;

import com.netfocus.catalog.platform.Platform;
import com.netfocus.support.guarded.GuardedWrite;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Reads and updates platform activity: the events naming one platform in one poll are one guarded
 * atomic write.
 */
@Component
public class PlatformActivityStore {

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

    /** The org of the platform, null for a platform not in the catalog. Read by id alone: served by an index. */
    String orgOfPlatform(String platformId) {
        Query byId = query(where("_id").is(platformId));
        byId.fields().include(Platform.ORG);
        Document platform = mongo.findOne(byId, Document.class, mongo.getCollectionName(Platform.class));
        return platform == null ? null : platform.getString(Platform.ORG);
    }

    /**
     * The platform's activity as stored, to add events to ({@link ActivityChange}); a platform without activity yet
     * gets its empty document first, which {@link #write} then compare-and-sets.
     */
    PlatformActivity read(String platformId, String org) {
        PlatformActivity current = mongo.findById(platformId, PlatformActivity.class);
        if (current == null) {
            ensureActivityDocument(platformId, org);
            current = mongo.findById(platformId, PlatformActivity.class);
        }
        if (current == null) {
            throw new IllegalStateException("activity of platform " + platformId + " not found right after it was "
                    + "created; retrying");
        }
        return current;
    }

    /**
     * Writes the change's counts and its plans' sequences in one single-document update, so a crash can never leave
     * the counts raised without the guard (no transactions needed). A compare-and-set on the revision read
     * ({@link GuardedWrite}): if another writer changed the document in between, it throws and the events are
     * applied again from a fresh read (the whole poll is retried). A change of no event writes
     * nothing.
     */
    void write(ActivityChange change) {
        if (!change.changed()) {
            return;
        }
        GuardedWrite.apply(mongo, PlatformActivity.class, change.stored().platformId(), PlatformActivity.REVISION,
                change.stored().revision(), change.update());
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
