package com.netfocus.planning.planlist;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.netfocus.infrastructure.testing.SharedInfrastructure;
import com.netfocus.planning.support.IndexServedFilters;
import com.netfocus.support.guarded.GuardedWrite;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The plan list's store on the wire server the suite runs on, with more than one writer: a writer that falls behind
 * never puts back an older entry, writers of different plans of one scope leave the counts of what the bucket holds,
 * and a bucket holds its entries in one order whatever order they were written in.
 */
class PlanListStoreTest {

    private static final String ORG = "org-store";
    private static final LocalDate START = LocalDate.of(2030, 2, 11);

    private static MongoClient client;
    private MongoTemplate mongo;
    private PlanListStore store;
    private PlanList list;

    @BeforeAll
    static void connect() {
        client = MongoClients.create(SharedInfrastructure.mongoUri());
    }

    @AfterAll
    static void close() {
        client.close();
    }

    @BeforeEach
    void storeOfItsOwn() {
        mongo = new MongoTemplate(client, "plan-list-store-" + UUID.randomUUID());
        store = new PlanListStore(mongo);
        list = new PlanList(store);
    }

    private static ListedPlan plan(String planId, String ownerId, String title, boolean closed, long version) {
        return new ListedPlan(planId, ORG, "team-1", ownerId, title, START, START.plusDays(90), 40, Map.of(), Map.of(),
                Map.of(), closed, version, Instant.parse("2030-02-11T09:00:00Z"));
    }

    private List<PlanListItem> listed(ListScope scope, ListStatus status) {
        return list.page(scope, status, new PlanListFilter(null, null), 0, 100).items();
    }

    @Test
    void aPlansCompareAndSetFindsItByTheGuardIndex() {
        ListedPlan none = ListedPlan.none("plan-guarded");

        IndexServedFilters.assertServedByAnIndex(mongo.getCollection(PlanListStore.PLANS),
                GuardedWrite.guard(none.planId(), PlanListStore.APPLIED_SEQUENCE, none.version()).getQueryObject());
    }

    @Test
    void aBucketsAndADirectorysWriteFindsThemByTheirRevisionIndex() {
        store.write(ListedPlan.none("p-1"), plan("p-1", "rep-1", "Hospitals", false, 0));
        String bucketId = ListScope.owner(ORG, "rep-1").bucketId(ListScope.weekOf(START));
        Document bucket = mongo.getCollection(PlanListStore.BUCKETS).find(new Document("_id", bucketId)).first();
        Document directory = mongo.getCollection(PlanListStore.SCOPES)
                .find(new Document("_id", ListScope.owner(ORG, "rep-1").id())).first();

        // the entry's sequence 0, plus one; the directory's one week counted at that revision
        assertThat(bucket.get("revision")).isEqualTo(1L);
        assertThat(directory.get("revision")).isEqualTo(1L);
        IndexServedFilters.assertServedByAnIndex(mongo.getCollection(PlanListStore.BUCKETS),
                GuardedWrite.guard(bucketId, "revision", 1L).getQueryObject());
        IndexServedFilters.assertServedByAnIndex(mongo.getCollection(PlanListStore.SCOPES),
                GuardedWrite.guard(directory.getString("_id"), "revision", 1L).getQueryObject());
    }

    @Test
    void aBucketAndADirectoryStoredWithoutARevisionTakeTheNextPlanAndCountIt() {
        ListScope owner = ListScope.owner(ORG, "rep-1");
        String week = ListScope.weekOf(START);
        // as stored before buckets and directories kept their revision: one open plan of sequence 2
        mongo.getCollection(PlanListStore.BUCKETS).insertOne(new Document("_id", owner.bucketId(week))
                .append("entries", List.of(new Document("planId", "p-0").append("status", "OPEN")
                        .append("periodStart", START.toString()).append("periodEnd", START.plusDays(90).toString())
                        .append("title", "Retail grocers").append("entryVersion", 2L))));
        mongo.getCollection(PlanListStore.SCOPES).insertOne(new Document("_id", owner.id()).append("weeks",
                new Document(week, new Document("open", 1L).append("closed", 0L).append("revision", 3L))));

        store.write(ListedPlan.none("p-1"), plan("p-1", "rep-1", "Hospitals", true, 0));

        assertThat(store.directory(owner).total(ListStatus.OPEN)).isEqualTo(1);
        assertThat(store.directory(owner).total(ListStatus.CLOSED)).isEqualTo(1);
        assertThat(store.entries(owner, List.of(week), null)).extracting(ListEntry::title)
                .containsExactly("Retail grocers", "Hospitals");
    }

    @Test
    void aWriterBehindALaterOneLeavesTheLaterEntryAndCounts() {
        ListedPlan created = plan("p-1", "rep-1", "Hospitals", false, 0);
        ListedPlan closed = plan("p-1", "rep-1", "Hospitals, north", true, 4);
        store.write(ListedPlan.none("p-1"), created);
        store.write(created, closed);

        // a poll retried after a rebalance: read the plan as created, applied its title change, lost the race
        ListedPlan behind = plan("p-1", "rep-1", "Hospitals, north", false, 2);
        assertThat(catchThrowable(() -> store.write(created, behind)))
                .isInstanceOf(ConcurrentModificationException.class);

        assertThat(listed(ListScope.owner(ORG, "rep-1"), ListStatus.CLOSED)).extracting(PlanListItem::title)
                .containsExactly("Hospitals, north");
        assertThat(listed(ListScope.owner(ORG, "rep-1"), ListStatus.OPEN)).isEmpty();
        assertThat(store.directory(ListScope.team(ORG, "team-1")).total(ListStatus.CLOSED)).isEqualTo(1);
        assertThat(store.directory(ListScope.team(ORG, "team-1")).total(ListStatus.OPEN)).isZero();
    }

    @Test
    void writersOfDifferentPlansOfOneScopeLeaveTheCountsOfWhatTheBucketHolds() throws Exception {
        ExecutorService writers = Executors.newFixedThreadPool(8);
        List<Future<?>> written = new ArrayList<>();
        for (int writer = 0; writer < 8; writer++) {
            int number = writer;
            written.add(writers.submit(() -> IntStream.range(0, 10).forEach(each -> {
                String planId = "p-" + number + "-" + each;
                ListedPlan open = plan(planId, "rep-" + number, "Plan " + each, false, 0);
                store.write(ListedPlan.none(planId), open);
                if (each % 2 == 0) {
                    store.write(open, plan(planId, "rep-" + number, "Plan " + each, true, 1));
                }
            })));
        }
        for (Future<?> each : written) {
            each.get();
        }
        writers.shutdown();

        ScopeDirectory team = store.directory(ListScope.team(ORG, "team-1"));
        assertThat(team.total(ListStatus.OPEN)).isEqualTo(40);
        assertThat(team.total(ListStatus.CLOSED)).isEqualTo(40);
        assertThat(listed(ListScope.team(ORG, "team-1"), null)).hasSize(80);
        assertThat(store.directory(ListScope.org(ORG)).total(null)).isEqualTo(80);
    }

    /**
     * Four writers putting plans in the org's bucket of one week at once: each write a read and a compare-and-set of
     * the whole bucket, many of them clashing. With the revision stored after the entries, this lost one plan of the
     * 600 in each of four runs on the wire server (a read overlapping another writer's replacement came back with the
     * old entries and the new revision); stored first, a read like that is behind and its write fails.
     */
    @Test
    void manyWritersOfOneBucketLoseNeitherAnEntryNorACount() throws Exception {
        int writersCount = 4;
        int plansEach = 150;
        ExecutorService writers = Executors.newFixedThreadPool(writersCount);
        List<Future<?>> written = new ArrayList<>();
        for (int writer = 0; writer < writersCount; writer++) {
            int number = writer;
            written.add(writers.submit(() -> IntStream.range(0, plansEach).forEach(each -> {
                String planId = "p-" + number + "-" + each;
                store.write(ListedPlan.none(planId), plan(planId, "rep-" + number, "Plan " + each, each % 5 == 0, 3));
            })));
        }
        for (Future<?> each : written) {
            each.get();
        }
        writers.shutdown();

        ListScope org = ListScope.org(ORG);
        String week = ListScope.weekOf(START);
        assertThat(store.entries(org, List.of(week), null)).hasSize(writersCount * plansEach);
        assertThat(store.directory(org).total(ListStatus.CLOSED)).isEqualTo(writersCount * plansEach / 5);
        assertThat(store.directory(org).total(ListStatus.OPEN)).isEqualTo(writersCount * plansEach * 4 / 5);
    }

    @Test
    void aBucketHoldsItsEntriesInOneOrderWhateverOrderTheyWereWrittenIn() {
        List<String> planIds = new ArrayList<>(IntStream.range(0, 12).mapToObj(each -> "p-" + each).toList());
        Collections.shuffle(planIds, new Random(7));

        planIds.forEach(planId -> store.write(ListedPlan.none(planId), plan(planId, "rep-1", planId, false, 0)));

        Document bucket = mongo.getCollection(PlanListStore.BUCKETS).find(new Document("_id",
                ListScope.owner(ORG, "rep-1").bucketId(ListScope.weekOf(START)))).first();
        assertThat(bucket.getList("entries", Document.class)).extracting(entry -> entry.getString("planId"))
                .isSorted().hasSize(12);
    }
}
