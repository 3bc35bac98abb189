package com.netfocus.support.guarded;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexDefinition;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.util.ConcurrentModificationException;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * A compare-and-set on one document: the update applies only if {@code field} still holds the value read before it.
 * Projections read a document by {@code _id}, decide in Java whether an event is new (its sequence above the one
 * applied), and write it back with this guard, so that a concurrent writer (two consumers of one partition during a
 * rebalance) makes the second write fail and be retried from a fresh read instead of applying an event twice.
 *
 * <p>Why not a guard inside the query ({@code {_id: x, $or: [...]}}): the embedded MongoDB wire server serves a query
 * from an index only when the query's fields are exactly the index's, and it has no non-unique secondary indexes, so
 * such a query scans the whole collection. {@code {_id: x, field: v}} is served by the unique index
 * {@link #index(String)} declares on {@code (_id, field)} (unique because {@code _id} is), on both servers.
 */
public final class GuardedWrite {

    private GuardedWrite() {
    }

    /** The index that serves the guard's query; declare it among the service's start-up indexes. */
    public static IndexDefinition index(String field) {
        return new Index().on("_id", Sort.Direction.ASC).on(field, Sort.Direction.ASC).unique()
                .named("_id_" + field + "_guard");
    }

    /**
     * Applies {@code change} to document {@code id} of {@code type} if {@code field} is still {@code expected}
     * (null: the field is absent). Throws {@link ConcurrentModificationException} (transient: the caller retries
     * from a fresh read) when another writer changed the document in between.
     */
    public static void apply(MongoTemplate mongo, Class<?> type, String id, String field, Object expected,
                             Update change) {
        if (mongo.updateFirst(guard(id, field, expected), change, type).getMatchedCount() == 0) {
            throw changedMeanwhile(type.getSimpleName(), id);
        }
    }

    /**
     * As {@link #apply}, for a document the read did not find: it is created with the change, unless another writer
     * created it meanwhile ({@link ConcurrentModificationException}). Served by the same index ({@code field} null
     * matches a document without it).
     */
    public static void create(MongoTemplate mongo, Class<?> type, String id, String field, Update change) {
        try {
            mongo.upsert(guard(id, field, null), change, type);
        } catch (DuplicateKeyException createdMeanwhile) {
            throw changedMeanwhile(type.getSimpleName(), id);
        }
    }

    /**
     * Replaces document {@code id} of {@code collection} by {@code replacement} if {@code field} is still
     * {@code expected}, or, when {@code stored} is false (the read found no document), inserts it unless another
     * writer created it meanwhile. Throws {@link ConcurrentModificationException} when another writer got in between.
     */
    public static void replace(MongoTemplate mongo, String collection, String id, boolean stored, String field,
                               Object expected, Object replacement) {
        if (!stored) {
            try {
                mongo.insert(replacement, collection);
                return;
            } catch (DuplicateKeyException createdMeanwhile) {
                throw changedMeanwhile(collection, id);
            }
        }
        if (mongo.replace(guard(id, field, expected), replacement, collection)
                .getMatchedCount() == 0) {
            throw changedMeanwhile(collection, id);
        }
    }

    /**
     * Document {@code id} while {@code field} holds {@code expected} (null: while it has no such field): exactly the
     * keys of {@link #index}, each by equality, the one form the wire server answers from the index.
     */
    public static Query guard(String id, String field, Object expected) {
        return query(where("_id").is(id).and(field).is(expected));
    }

    private static ConcurrentModificationException changedMeanwhile(String what, String id) {
        return new ConcurrentModificationException(what + " " + id + " changed while events were applied to it; "
                + "retrying from a fresh read");
    }
}
