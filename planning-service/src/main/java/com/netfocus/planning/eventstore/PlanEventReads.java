package com.netfocus.planning.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Projections;
import com.netfocus.contracts.chain.StoredEventFields;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How a plan's events and snapshot are read, decided once at start-up: by their keys ({@link
 * KeyedEventStorageStrategy}) on the embedded wire server, whose only way to Axon's "plan X from sequence n on" is a
 * scan of every stored event; by Axon's own query on any server that serves it from Axon's index (a real MongoDB
 * tells itself apart by the build it reports). Keys are read only from a store whose every event has one: one that
 * was empty when first opened by this version, as its first stored event shows. A store begun by an earlier version
 * (events under generated ids) keeps Axon's reads; an earlier version must not write to a store begun by this one.
 */
public final class PlanEventReads {

    private static final Logger log = LoggerFactory.getLogger(PlanEventReads.class);
    /** Every MongoDB server reports the commit it was built from; the wire server does not. */
    private static final String MONGODB_BUILD_FIELD = "gitVersion";

    private final boolean byKey;

    private PlanEventReads(boolean byKey) {
        this.byKey = byKey;
    }

    public static PlanEventReads byKeys() {
        return new PlanEventReads(true);
    }

    public static PlanEventReads byAxonQueries() {
        return new PlanEventReads(false);
    }

    /** Asks the server what it is and the event collection how its first event is stored. */
    public static PlanEventReads of(MongoDatabase database, MongoCollection<Document> events) {
        if (database.runCommand(new Document("buildInfo", 1)).containsKey(MONGODB_BUILD_FIELD)) {
            log.info("plan events are read by Axon's queries: the MongoDB server serves them from Axon's indexes");
            return byAxonQueries();
        }
        Document first = events.find().projection(Projections.include(
                StoredEventFields.PLAN_ID, StoredEventFields.SEQUENCE)).first();
        if (first == null || isKeyed(first)) {
            log.info("plan events are read by their keys: the wire server would scan every event for Axon's queries");
            return byKeys();
        }
        log.warn("plan events are read by Axon's queries, each a scan of every stored event on the wire server: the "
                + "store was begun by an earlier version, which stored events without their keys");
        return byAxonQueries();
    }

    private static boolean isKeyed(Document event) {
        Object sequence = event.get(StoredEventFields.SEQUENCE);
        return sequence instanceof Number number && KeyedEventStorageStrategy.key(
                event.getString(StoredEventFields.PLAN_ID), number.longValue())
                .equals(event.get("_id"));
    }

    public boolean byKey() {
        return byKey;
    }
}
