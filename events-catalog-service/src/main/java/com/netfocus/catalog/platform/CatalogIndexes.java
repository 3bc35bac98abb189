package com.netfocus.catalog.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * Creates the catalog's indexes once, before the service takes requests. Retried because the embedded
 * MongoDB server can fail when several clients create indexes at the same instant (mongo-java-server #195).
 */
@Component
class CatalogIndexes implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(CatalogIndexes.class);

    private final MongoTemplate mongo;
    private final IndexCreationProperties properties;

    CatalogIndexes(MongoTemplate mongo, IndexCreationProperties properties) {
        this.mongo = mongo;
        this.properties = properties;
    }

    @Override
    public void afterSingletonsInstantiated() {
        for (int attempt = 1; ; attempt++) {
            try {
                createIndexes();
                return;
            } catch (DataAccessException e) {
                if (attempt >= properties.attempts()) {
                    throw e;
                }
                log.warn("creating indexes failed (attempt {} of {}), retrying: {}", attempt, properties.attempts(),
                        e.getMessage());
                pause();
            }
        }
    }

    private void createIndexes() {
        mongo.indexOps(Platform.class).ensureIndex(new Index()
                .on(Platform.ORG, Sort.Direction.ASC).on(Platform.PROGRAM_STARTS_AT, Sort.Direction.ASC));
        mongo.indexOps(Platform.class).ensureIndex(new Index()
                .on(Platform.LISTED_PUBLISHED, Sort.Direction.ASC).on(Platform.CREATED_AT, Sort.Direction.ASC));
    }

    private void pause() {
        try {
            Thread.sleep(properties.retryDelay().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating indexes", e);
        }
    }

    @ConfigurationProperties("netfocus.catalog.indexes")
    record IndexCreationProperties(int attempts, Duration retryDelay) {
    }
}
