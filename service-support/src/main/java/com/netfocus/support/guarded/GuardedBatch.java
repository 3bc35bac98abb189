package com.netfocus.support.guarded;

import com.mongodb.bulk.BulkWriteError;
import com.mongodb.bulk.BulkWriteResult;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.util.ConcurrentModificationException;


/**
 * The guarded writes of {@link GuardedWrite} for many documents of one collection, sent together in one unordered
 * bulk write: each a compare-and-set on the value of {@code field} its read found, or a creation where its read found
 * nothing, served by the same {@link GuardedWrite#index} (one lookup of {@code _id} and the field per document). A
 * projection writes a poll's documents of a collection in one round trip this way, whatever the number of plans.
 *
 * <p>If another writer changed (or created) any of the documents in between, the others are written all the same and
 * {@link #execute} throws {@link ConcurrentModificationException}: the caller retries from a fresh read, and the
 * documents already written find their events applied (their guards moved on with them).
 */
public final class GuardedBatch {

    private static final int DUPLICATE_KEY = 11000;

    private final BulkOperations bulk;
    private final String collection;
    private final String field;
    private int writes;

    /** A batch of guarded writes to the documents of {@code type}, each guarded by {@code field}. */
    public GuardedBatch(MongoTemplate mongo, Class<?> type, String field) {
        this(mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, type), mongo.getCollectionName(type), field);
    }

    /** A batch of guarded writes to the documents of {@code collection}, each guarded by {@code field}. */
    public GuardedBatch(MongoTemplate mongo, String collection, String field) {
        this(mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, collection), collection, field);
    }

    private GuardedBatch(BulkOperations bulk, String collection, String field) {
        this.bulk = bulk;
        this.collection = collection;
        this.field = field;
    }

    /** As {@link GuardedWrite#apply}: {@code change} to document {@code id} if the field still holds {@code expected}. */
    public GuardedBatch apply(String id, Object expected, Update change) {
        bulk.updateOne(guard(id, expected), change);
        writes++;
        return this;
    }

    /** As {@link GuardedWrite#create}: the document the read did not find, made by {@code change}. */
    public GuardedBatch create(String id, Update change) {
        bulk.upsert(guard(id, null), change);
        writes++;
        return this;
    }

    /**
     * As {@link GuardedWrite#replace}: document {@code id} replaced by {@code replacement} if the field still holds
     * {@code expected}, or, when the read found none ({@code stored} false), inserted.
     */
    public GuardedBatch replace(String id, boolean stored, Object expected, Object replacement) {
        if (stored) {
            bulk.replaceOne(guard(id, expected), replacement);
        } else {
            bulk.insert(replacement);
        }
        writes++;
        return this;
    }

    /** How many writes the batch holds. */
    public int size() {
        return writes;
    }

    /**
     * Sends the writes in one round trip (nothing if there are none). Throws {@link ConcurrentModificationException}
     * when any found its document changed or created meanwhile (after the others were written).
     */
    public void execute() {
        if (writes == 0) {
            return;
        }
        BulkWriteResult result;
        try {
            result = bulk.execute();
        } catch (DuplicateKeyException createdMeanwhile) {
            throw changedMeanwhile();
        } catch (BulkOperationException failed) {
            if (failed.getErrors().stream().map(BulkWriteError::getCode).allMatch(code -> code == DUPLICATE_KEY)) {
                throw changedMeanwhile();
            }
            throw failed;
        }
        if (result.getMatchedCount() + result.getUpserts().size() + result.getInsertedCount() < writes) {
            throw changedMeanwhile();
        }
    }

    private Query guard(String id, Object expected) {
        return GuardedWrite.guard(id, field, expected);
    }

    private ConcurrentModificationException changedMeanwhile() {
        return new ConcurrentModificationException("documents of " + collection + " changed while events were "
                + "applied to them; retrying from a fresh read");
    }
}
