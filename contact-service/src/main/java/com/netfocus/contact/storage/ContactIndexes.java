package com.netfocus.contact.storage;

import com.netfocus.contact.contact.Contact;
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
 * Creates the indexes once, before the service takes requests. Retried because the embedded MongoDB server
 * can fail when several clients create indexes at the same instant (mongo-java-server #195).
 */
@Component
class ContactIndexes implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(ContactIndexes.class);

    private final MongoTemplate mongo;
    private final IndexCreationProperties properties;

    ContactIndexes(MongoTemplate mongo, IndexCreationProperties properties) {
        this.mongo = mongo;
        this.properties = properties;
    }

    @Override
    public void afterSingletonsInstantiated() {
        for (int attempt = 1; ; attempt++) {
            try {
                mongo.indexOps(Contact.class).ensureIndex(new Index()
                        .on(Contact.ORG, Sort.Direction.ASC).on(Contact.NAME, Sort.Direction.ASC));
                // Duplicate lookups of imports and people met (the wire server scans instead; MongoDB uses them).
                mongo.indexOps(Contact.class).ensureIndex(new Index()
                        .on(Contact.ORG, Sort.Direction.ASC).on(Contact.EMAIL_KEY, Sort.Direction.ASC));
                mongo.indexOps(Contact.class).ensureIndex(new Index()
                        .on(Contact.ORG, Sort.Direction.ASC).on(Contact.NAME_KEY, Sort.Direction.ASC));
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

    private void pause() {
        try {
            Thread.sleep(properties.retryDelay().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating indexes", e);
        }
    }

    @ConfigurationProperties("netfocus.contact.indexes")
    record IndexCreationProperties(int attempts, Duration retryDelay) {
    }
}
