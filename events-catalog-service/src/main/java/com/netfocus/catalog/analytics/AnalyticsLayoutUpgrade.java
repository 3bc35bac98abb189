package com.netfocus.catalog.analytics;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Moves a store kept by the first analytics layout (every plan's figures inside one document per subject and month,
 * and per platform) to the current one, at start-up and before the plan events consumer starts. The plans' facts are
 * the source of every figure, so the current documents are written from them, as if each plan were new; the old
 * collections are dropped last. A crash half-way leaves the old collections in place and the next start does it
 * again, writing the same values. Without this, a service upgraded over existing data would show empty dashboards
 * until a rebuild from the topic.
 */
@Component
class AnalyticsLayoutUpgrade implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(AnalyticsLayoutUpgrade.class);

    private final MongoTemplate mongo;
    private final AnalyticsCollections collections;
    private final AnalyticsStore store;
    private final PlanFiguresWriter writer;

    AnalyticsLayoutUpgrade(MongoTemplate mongo, AnalyticsProperties properties, AnalyticsStore store,
                           PlanFiguresWriter writer) {
        this.mongo = mongo;
        this.collections = new AnalyticsCollections(properties.collectionPrefix());
        this.store = store;
        this.writer = writer;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!mongo.collectionExists(collections.figuresOfLayout1())) {
            return;
        }
        AtomicLong plans = new AtomicLong();
        store.forEachFacts(facts -> {
            AnalyticsStore.Writes writes = store.writes();
            writer.write(PlanFacts.empty(facts.planId()), facts, Set.of(), Set.of(), writes);
            writes.execute();
            plans.incrementAndGet();
        });
        mongo.dropCollection(collections.platformsOfLayout1());
        mongo.dropCollection(collections.figuresOfLayout1());
        log.info("Analytics moved to the per-plan layout: figures of {} plans rewritten from their facts", plans.get());
    }
}
