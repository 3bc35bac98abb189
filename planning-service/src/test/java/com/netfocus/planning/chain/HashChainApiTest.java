package com.netfocus.planning.chain;

import com.fasterxml.jackson.databind.JsonNode;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import com.netfocus.contracts.chain.ChainVerdict;
import com.netfocus.contracts.chain.StoredEventFields;
import com.netfocus.planning.eventstore.AxonSerializers;
import com.netfocus.planning.eventstore.KeyedEventStorageStrategy;
import com.netfocus.planning.eventstore.PlanEventReads;
import com.netfocus.planning.plan.NetworkingPlan;
import com.netfocus.planning.support.Api;
import com.netfocus.planning.support.PlanFlow;
import com.netfocus.planning.support.ServiceApiTest;
import com.netfocus.planning.support.StoredEvents;
import com.netfocus.reconciliation.EventStoreReader;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Clock;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The hash chain on the real wire server: every event the command path stores carries its hash and its plan's
 * previous hash; the verification endpoint finds a plan intact, and names the plan's sequence once one of its event
 * documents is altered, removed, or swapped with its neighbour straight in MongoDB. A plan stored before chains
 * existed is chained from its next event on, with that start recorded; a plan loaded from its snapshot, with nothing
 * of it in memory, continues its chain, and so does a plan two instances append to in turn.
 */
class HashChainApiTest extends ServiceApiTest {

    @Autowired
    private MongoTemplate mongo;
    @Autowired
    private ChainHeads heads;
    @Autowired
    private Cache planCache;
    @Autowired
    private Snapshotter snapshotter;
    @Autowired
    private PublishedSequences published;
    @Autowired
    private org.axonframework.extensions.mongo.MongoTemplate axonMongoTemplate;
    @Autowired
    private PlanEventReads reads;

    @Test
    void a_fresh_plan_is_intact_from_its_first_event_and_every_stored_event_carries_its_link() {
        String planId = planWithEvents();

        JsonNode verdict = verification(planId);

        assertThat(verdict.path("intact").asBoolean()).as(verdict.toString()).isTrue();
        assertThat(verdict.path("checkedEvents").asLong()).isEqualTo(4);
        assertThat(verdict.path("chainStartsAt").asLong()).isZero();
        assertThat(verdict.path("firstBreak").isNull()).isTrue();
        Document first = stored(planId, 0);
        Document second = stored(planId, 1);
        assertThat(first.getString(StoredEventFields.PREVIOUS_HASH)).isEmpty();
        assertThat(second.getString(StoredEventFields.PREVIOUS_HASH))
                .isEqualTo(first.getString(StoredEventFields.HASH)).hasSize(64);
        assertThat(first.get(StoredEventFields.PAYLOAD)).isInstanceOf(String.class);
    }

    @Test
    void an_event_altered_in_the_store_is_named_by_its_plan_and_sequence() {
        String planId = planWithEvents();
        String otherPlan = planWithEvents();

        events().updateOne(at(planId, 2), Updates.set(StoredEventFields.PAYLOAD,
                stored(planId, 2).getString(StoredEventFields.PAYLOAD).replace("CFO", "CTO")));

        assertBroken(planId, 2, "altered");
        assertThat(verification(otherPlan).path("intact").asBoolean()).isTrue();
    }

    @Test
    void an_altered_actor_is_caught_as_well() {
        String planId = planWithEvents();

        events().updateOne(at(planId, 1), Updates.set(StoredEventFields.META_DATA,
                stored(planId, 1).getString(StoredEventFields.META_DATA).replace("rep-1", "rep-9")));

        assertBroken(planId, 1, "altered");
    }

    @Test
    void a_removed_event_is_named_by_its_sequence() {
        String planId = planWithEvents();

        events().deleteOne(at(planId, 1));

        assertBroken(planId, 1, "removed");
    }

    @Test
    void a_removed_last_event_shows_against_what_was_published() {
        String planId = planWithEvents();
        await().atMost(Duration.ofSeconds(30)).until(() -> published.publishedThrough(planId), OptionalLong.of(3)::equals);

        events().deleteOne(at(planId, 3));

        assertBroken(planId, 3, "published up to sequence 3");
    }

    @Test
    void a_reordered_pair_is_named_by_the_first_of_them() {
        String planId = planWithEvents();

        events().updateOne(at(planId, 1), Updates.set(StoredEventFields.SEQUENCE, -1L));
        events().updateOne(at(planId, 2), Updates.set(StoredEventFields.SEQUENCE, 1L));
        events().updateOne(at(planId, -1), Updates.set(StoredEventFields.SEQUENCE, 2L));

        assertBroken(planId, 1, "altered, or moved");
    }

    @Test
    void a_plan_stored_before_chains_is_chained_from_its_next_event_with_the_start_recorded() {
        String planId = planWithEvents();
        events().updateMany(Filters.eq(StoredEventFields.PLAN_ID, planId), Updates.combine(
                Updates.unset(StoredEventFields.HASH), Updates.unset(StoredEventFields.PREVIOUS_HASH)));
        forgetEverythingInMemory(planId);

        JsonNode before = verification(planId);
        assertThat(before.path("intact").asBoolean()).isTrue();
        assertThat(before.path("checkedEvents").asLong()).isZero();
        assertThat(before.path("chainStartsAt").isNull()).isTrue();

        PlanFlow.target(api, planId, PlanFlow.objective(api, planId));

        JsonNode after = verification(planId);
        assertThat(after.path("intact").asBoolean()).as(after.toString()).isTrue();
        assertThat(after.path("chainStartsAt").asLong()).isEqualTo(4);
        assertThat(after.path("checkedEvents").asLong()).isEqualTo(2);
        assertThat(mongo.getCollection(ChainStarts.COLLECTION).find(Filters.eq("_id", planId)).first())
                .isNotNull().extracting(start -> start.get("sequence")).isEqualTo(4L);
        assertThat(EventStoreReader.read(mongo.getDb()).chains().get(planId))
                .as("the chain as the reconciliation reads its start").isEqualTo(new ChainVerdict(true, 2, 4L, null));

        mongo.getCollection(ChainStarts.COLLECTION).deleteOne(Filters.eq("_id", planId));
        assertBroken(planId, 0, "no chain start is recorded");
    }

    @Test
    void a_plan_loaded_from_its_snapshot_with_nothing_in_memory_continues_its_chain() {
        String planId = planWithEvents();
        snapshotter.scheduleSnapshot(NetworkingPlan.class, planId);
        await().atMost(Duration.ofSeconds(30)).until(() -> mongo.getCollection("snapshotevents")
                .countDocuments(Filters.eq(StoredEventFields.PLAN_ID, planId)) == 1);
        forgetEverythingInMemory(planId);

        PlanFlow.objective(api, planId);

        JsonNode verdict = verification(planId);
        assertThat(verdict.path("intact").asBoolean()).as(verdict.toString()).isTrue();
        assertThat(verdict.path("checkedEvents").asLong()).isEqualTo(5);
        assertThat(stored(planId, 4).getString(StoredEventFields.PREVIOUS_HASH))
                .isEqualTo(stored(planId, 3).getString(StoredEventFields.HASH));
    }

    /**
     * Several instances: another one appends to a plan this one holds in its cache and remembers the chain of. The
     * cached copy is found stale and the plan loaded from the store, so this instance's next event follows the other
     * one's in the chain, and the other instance, whose memory is behind in turn, chains its next event after this
     * one's.
     */
    @Test
    void a_plan_another_instance_appended_to_is_loaded_again_and_its_chain_runs_on_across_both() {
        String planId = PlanFlow.createPlan(api);
        PlanFlow.objective(api, planId);
        Object cached = planCache.get(planId);
        assertThat(cached).as("this instance's copy of the plan").isNotNull();
        assertThat(heads.at(planId, 1)).as("this instance remembers the chain up to the plan's last event").isPresent();
        ChainHeads otherInstancesMemory = new ChainHeads(new ChainSettings(100));

        String second = UUID.randomUUID().toString();
        anotherInstance(otherInstancesMemory).appendEvents(StoredEvents.objective(planId, 2, second));
        PlanFlow.target(api, planId, second);

        JsonNode verdict = verification(planId);
        assertThat(verdict.path("intact").asBoolean()).as(verdict.toString()).isTrue();
        assertThat(verdict.path("checkedEvents").asLong()).isEqualTo(4);
        assertThat(stored(planId, 3).getString(StoredEventFields.PREVIOUS_HASH))
                .isEqualTo(stored(planId, 2).getString(StoredEventFields.HASH));
        assertThat(heads.at(planId, 3)).contains(new ChainHead(3, stored(planId, 3).getString(StoredEventFields.HASH)));

        String third = UUID.randomUUID().toString();
        anotherInstance(otherInstancesMemory).appendEvents(StoredEvents.objective(planId, 4, third));
        PlanFlow.target(api, planId, third);

        JsonNode after = verification(planId);
        assertThat(after.path("intact").asBoolean()).as(after.toString()).isTrue();
        assertThat(after.path("checkedEvents").asLong()).isEqualTo(6);
        assertThat(stored(planId, 4).getString(StoredEventFields.PREVIOUS_HASH))
                .isEqualTo(stored(planId, 3).getString(StoredEventFields.HASH));
        assertThat(api.get("/api/v1/plans/" + planId).body().path("targets")).hasSize(2);
    }

    @Test
    void whoever_may_read_the_plan_may_verify_it_and_nobody_else() {
        String planId = planWithEvents();

        assertThat(new Api(port, "adm-1", org, "hq").withRoles("ADMIN")
                .get(verificationPath(planId)).status()).isEqualTo(200);
        assertProblem(new Api(port, "rep-2", org, "north").get(verificationPath(planId)), 403);
        assertProblem(api.as("rep-1", "other-" + org).get(verificationPath(planId)), 404);
        assertProblem(api.get(verificationPath(UUID.randomUUID().toString())), 404);
    }

    /** A plan with four events: created, an objective, a target, another objective. */
    private String planWithEvents() {
        String planId = PlanFlow.createPlan(api);
        PlanFlow.target(api, planId, PlanFlow.objective(api, planId));
        Api.Response second = api.post("/api/v1/plans/" + planId + "/objectives", """
                {"statement":"Learn how hospital CIOs choose billing software","outcome":"one pilot deal",
                 "metric":"CIOs met","target":6,"deadline":"%s"}""".formatted(PlanFlow.TODAY.plusDays(90)));
        assertThat(second.status()).as(String.valueOf(second.body())).isEqualTo(201);
        assertHistoryLength(planId, 4);
        return planId;
    }

    /** Another planning instance's storage on the same event store: its own memory of the chains. */
    private MongoEventStorageEngine anotherInstance(ChainHeads itsMemory) {
        return MongoEventStorageEngine.builder()
                .mongoTemplate(axonMongoTemplate)
                .eventSerializer(AxonSerializers.jackson())
                .snapshotSerializer(AxonSerializers.jackson())
                .storageStrategy(new KeyedEventStorageStrategy(reads, itsMemory, new ChainStarts(mongo,
                        Clock.systemUTC())))
                .build();
    }

    private void forgetEverythingInMemory(String planId) {
        heads.forgetAll();
        planCache.remove(planId);
    }

    private void assertBroken(String planId, long sequence, String reason) {
        JsonNode verdict = verification(planId);
        assertThat(verdict.path("intact").asBoolean()).as(verdict.toString()).isFalse();
        assertThat(verdict.path("firstBreak").path("sequence").asLong()).as(verdict.toString()).isEqualTo(sequence);
        assertThat(verdict.path("firstBreak").path("reason").asText()).contains(reason);
    }

    private JsonNode verification(String planId) {
        Api.Response response = api.get(verificationPath(planId));
        assertThat(response.status()).as(String.valueOf(response.body())).isEqualTo(200);
        return response.body();
    }

    private static String verificationPath(String planId) {
        return "/api/v1/plans/" + planId + "/history/verification";
    }

    private MongoCollection<Document> events() {
        return mongo.getCollection(StoredEventFields.COLLECTION);
    }

    private Document stored(String planId, long sequence) {
        return events().find(at(planId, sequence)).first();
    }

    private static Bson at(String planId, long sequence) {
        return Filters.and(Filters.eq(StoredEventFields.PLAN_ID, planId), Filters.eq(StoredEventFields.SEQUENCE, sequence));
    }
}
