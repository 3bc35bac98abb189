package com.netfocus.planning.eventstore;

import com.netfocus.planning.support.Api;
import com.netfocus.planning.support.PlanFlow;
import com.netfocus.planning.support.ServiceApiTest;
import com.netfocus.planning.support.StoredEvents;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.AggregateCacheEntry;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.Objects;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Several planning instances behind the gateway: one instance's cached copy of a plan falls behind when another
 * instance appends to it. A command is then judged on the plan as stored, never refused on the old copy: a target for
 * an objective the other instance just defined is accepted, and the next command on the copy that is current again
 * needs no extra load. A command accepted on the outdated copy clashes with the other instance's event in the store and
 * is judged again on the stored plan ({@link RefusalsOnCurrentPlans}: a command takes its copy unchecked).
 */
class CurrentPlanCacheApiTest extends ServiceApiTest {

    @Autowired
    EventStorageEngine events;
    @Autowired
    Cache planCache;

    @Test
    void aCommandOnAPlanAnotherInstanceChangedIsJudgedOnTheStoredPlan() {
        String planId = PlanFlow.createPlan(api);
        Object cached = await().atMost(Duration.ofSeconds(10)).until(() -> {
            api.get("/api/v1/plans/" + planId);
            return planCache.get(planId);
        }, Objects::nonNull);
        assertThat(CurrentPlanCache.versionOf((AggregateCacheEntry<?>) cached)).as("the cached copy's version")
                .isZero();
        // another instance defines an objective behind this one's back
        String objectiveId = UUID.randomUUID().toString();
        events.appendEvents(StoredEvents.objective(planId, 1, objectiveId));

        String targetId = PlanFlow.target(api, planId, objectiveId);

        assertThat(targetId).isNotBlank();
        Api.Response plan = api.get("/api/v1/plans/" + planId);
        assertThat(plan.body().path("version").asLong()).isEqualTo(2);
        assertThat(plan.body().path("targets")).hasSize(1);
    }

    @Test
    void aCommandAcceptedOnACopyAnotherInstanceOutdatedIsStoredAfterTheOtherInstancesEvent() {
        String planId = PlanFlow.createPlan(api);
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            api.get("/api/v1/plans/" + planId);
            return planCache.get(planId);
        }, Objects::nonNull);
        events.appendEvents(StoredEvents.objective(planId, 1, UUID.randomUUID().toString()));

        Api.Response defined = PlanFlow.defineObjective(api, planId);

        assertThat(defined.status()).as(String.valueOf(defined.body())).isEqualTo(201);
        assertThat(defined.body().path("version").asLong()).as("after the other instance's event").isEqualTo(2);
        assertThat(api.get("/api/v1/plans/" + planId).body().path("objectives")).hasSize(2);
    }
}
