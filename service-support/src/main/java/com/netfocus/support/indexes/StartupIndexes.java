package com.netfocus.support.indexes;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DataAccessException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexDefinition;

import java.util.List;

/**
 * Creates a service's indexes once, before it takes requests (declare one as a bean). Retried because the
 * embedded MongoDB server can fail when several clients create indexes at the same instant
 * (mongo-java-server #195); after the last attempt the failure stops the start-up.
 */
public final class StartupIndexes implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(StartupIndexes.class);

    private final MongoTemplate mongo;
    private final IndexCreationSettings settings;
    private final List<DocumentIndex> indexes;

    public StartupIndexes(MongoTemplate mongo, IndexCreationSettings settings, List<DocumentIndex> indexes) {
        this.mongo = mongo;
        this.settings = settings;
        this.indexes = List.copyOf(indexes);
    }

    /** One index on the collection of a mapped document class, or on a collection named at run time. */
    public record DocumentIndex(Class<?> document, String collection, IndexDefinition index) {

        public DocumentIndex(Class<?> document, IndexDefinition index) {
            this(document, null, index);
        }

        public DocumentIndex(String collection, IndexDefinition index) {
            this(null, collection, index);
        }

        void ensureOn(MongoTemplate mongo) {
            (collection != null ? mongo.indexOps(collection) : mongo.indexOps(document)).ensureIndex(index);
        }
    }

    @Override
    public void afterSingletonsInstantiated() {
        for (int attempt = 1; ; attempt++) {
            try {
                indexes.forEach(index -> index.ensureOn(mongo));
                return;
            } catch (DataAccessException e) {
                if (attempt >= settings.attempts()) {
                    throw e;
                }
                log.warn("creating indexes failed (attempt {} of {}), retrying: {}", attempt, settings.attempts(),
                        e.getMessage());
                pause();
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(settings.retryDelay().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating indexes", e);
        }
    }
}
