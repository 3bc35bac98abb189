package com.netfocus.planning.eventstore;

import com.mongodb.client.MongoDatabase;
import com.netfocus.contracts.chain.ChainVerdict;
import com.netfocus.planning.support.PlanFlow;
import com.netfocus.planning.support.ServiceApiTest;
import com.netfocus.reconciliation.EventStoreReader;
import com.netfocus.reconciliation.PlanningEventStore;
import com.netfocus.reconciliation.PlatformCounts;
import com.netfocus.reconciliation.StoredPlan;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reconciliation (./reconcile.sh) reads this service's event store by the names {@link PlanningEventStore}
 * declares: a plan taken through the API from creation to attendance reads back through the reconciliation's own
 * reader, every event, target, choice and person met counted, and its hash chain intact. A renamed field, collection, event or payload field
 * fails here, not in a report.
 */
class ReconciliationReadsEventStoreTest extends ServiceApiTest {

    @Autowired
    private MongoTemplate mongo;

    @Test
    void the_reconciliation_reads_a_plans_events_as_the_service_stores_them() {
        String planId = PlanFlow.createPlan(api);
        String targetId = PlanFlow.target(api, planId, PlanFlow.objective(api, planId));
        String platformId = listedPlatform();
        assertThat(PlanFlow.choose(api, planId, platformId, targetId).status()).isEqualTo(201);
        assertThat(PlanFlow.attend(api, planId, platformId, targetId).status()).isEqualTo(201);

        MongoDatabase database = mongo.getDb();
        Document event = database.getCollection(PlanningEventStore.EVENTS)
                .find(new Document(PlanningEventStore.AGGREGATE_IDENTIFIER, planId)).first();
        assertThat(event).as("an event document of the plan in " + PlanningEventStore.EVENTS).isNotNull()
                .containsKeys(PlanningEventStore.EVENT_FIELDS.toArray(String[]::new));

        EventStoreReader store = EventStoreReader.read(database);
        StoredPlan plan = store.plans().get(planId);
        assertThat(plan).as("the plan as the reconciliation reads it").isNotNull();
        assertThat(plan.sequences()).hasSizeGreaterThanOrEqualTo(5).first().isEqualTo(0L);
        assertThat(plan.lastSequence()).isEqualTo(plan.sequences().size() - 1);
        assertThat(plan.targets()).isEqualTo(1);
        assertThat(plan.platformsChosen()).isEqualTo(1);
        assertThat(store.platformCounts()).containsEntry(platformId, new PlatformCounts(1, 1, 1));
        assertThat(store.chains().get(planId)).as("the plan's hash chain as the reconciliation verifies it")
                .isEqualTo(new ChainVerdict(true, plan.sequences().size(), 0L, null));
    }
}
