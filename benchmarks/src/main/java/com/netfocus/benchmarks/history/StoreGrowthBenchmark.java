package com.netfocus.benchmarks.history;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.netfocus.benchmarks.load.Answer;
import com.netfocus.benchmarks.load.Api;
import com.netfocus.benchmarks.stack.BenchStack;
import com.netfocus.benchmarks.stack.ExtraService;
import com.netfocus.benchmarks.stack.KafkaOffsets;
import org.bson.Document;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.netfocus.benchmarks.run.RunLog.log;

/**
 * A command on a plan not in the cache, and a history read, as the event store grows. A planning-service of its own
 * (IsolatedPlanning) makes one template plan of {@link #TEMPLATE_EVENTS} events through its API; the store is then
 * filled with copies of it ({@link PlanClones}, inserted straight into the service's database) up to each size in
 * turn, and at each size the benchmark times, on plans the service has never loaded, a command (the cache misses:
 * the plan is read from the store) and then a read of the plan's history (its events read from the store). The
 * filling stops when its time is up ({@code fillBudget}; zero: none): the last size measured is then the size
 * reached.
 */
public final class StoreGrowthBenchmark {

    /** Events of the template plan, and so of every plan the store is filled with: a plan, an objective, progress. */
    static final int TEMPLATE_EVENTS = 22;
    /** Plans per insert (one insert per collection): about a thousand events at a time. */
    private static final int PLANS_PER_BATCH = 45;
    /** Cache misses and history reads before the first size is measured: the service's JIT, not the store. */
    private static final int WARM_UP_READS = 30;
    private static final Duration PUBLISHED_TIMEOUT = Duration.ofMinutes(2);
    private static final long POLL_MILLIS = 100;
    private static final String AGGREGATE_IDENTIFIER = "aggregateIdentifier";
    private static final int FAILURE_SAMPLES = 5;

    private StoreGrowthBenchmark() {
    }

    /** One size of the store: how many events it held, and the milliseconds of each sample at that size. */
    public record Point(long events, boolean reachedAsked, double fillSeconds, List<Double> missMillis,
                        List<Double> historyMillis, long failures, List<String> failureSamples) {

        public double missMedian() {
            return AggregateLoadBenchmark.median(missMillis);
        }

        public double missMax() {
            return max(missMillis);
        }

        public double historyMedian() {
            return AggregateLoadBenchmark.median(historyMillis);
        }

        public double historyMax() {
            return max(historyMillis);
        }

        private static double max(List<Double> millis) {
            return millis.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
        }
    }

    public static List<Point> run(BenchStack stack, List<Integer> sizes, int samples, Duration fillBudget,
                                  String stamp) throws Exception {
        String name = "store-growth-" + stamp;
        List<Point> points = new ArrayList<>();
        try (ExtraService planning = IsolatedPlanning.start(stack, name, Map.of());
             MongoClient client = MongoClients.create(stack.mongoUri())) {
            Api api = Api.direct(planning.url(), stack.identitySecret());
            AggregateLoadBenchmark.TestPlan template = AggregateLoadBenchmark.create(api, IsolatedPlanning.REP);
            AggregateLoadBenchmark.progress(api, IsolatedPlanning.REP, template, TEMPLATE_EVENTS - 2);
            awaitPublished(stack, name, TEMPLATE_EVENTS);
            MongoDatabase database = client.getDatabase(IsolatedPlanning.database(name));
            PlanClones clones = new PlanClones(template.planId(), documentsOf(database, template.planId()));
            Store store = new Store(database, clones, template.objectiveId());
            long deadline = fillBudget.isZero() ? Long.MAX_VALUE : System.nanoTime() + fillBudget.toNanos();
            long begun = System.nanoTime();
            for (int size : sizes) {
                boolean reached = store.fillTo(size, deadline);
                if (!reached && !points.isEmpty() && points.get(points.size() - 1).events() == store.events) {
                    // the time was up before this size added anything: the last size measured is the largest
                    break;
                }
                double fillSeconds = (System.nanoTime() - begun) / 1e9;
                if (points.isEmpty()) {
                    sample(api, store, WARM_UP_READS);
                }
                log(String.format("  store of %,d events (%s, filled for %.0f s): timing %d cache misses and history"
                        + " reads ...", store.events, reached ? "as asked" : "the fill's time ran out", fillSeconds,
                        samples));
                Samples measured = sample(api, store, samples);
                points.add(new Point(store.events, reached, fillSeconds, measured.miss(), measured.history(),
                        measured.failures(), measured.failureSamples()));
                if (!reached) {
                    break;
                }
            }
        }
        return points;
    }

    private record Samples(List<Double> miss, List<Double> history, long failures, List<String> failureSamples) {
    }

    /** On {@code count} plans never loaded: a command (a cache miss), then the plan's history. */
    private static Samples sample(Api api, Store store, int count) {
        List<Double> miss = new ArrayList<>();
        List<Double> history = new ArrayList<>();
        long failures = 0;
        List<String> failureSamples = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String planId = store.untouched();
            Answer command = api.post("/api/v1/plans/" + planId + "/objectives/" + store.objectiveId + "/progress",
                    IsolatedPlanning.REP, Map.of("amount", 1));
            Answer read = api.get("/api/v1/plans/" + planId + "/history", IsolatedPlanning.REP);
            if (command.ok()) {
                miss.add(command.nanos() / 1e6);
            } else {
                failures++;
                failureSamples.add("command on plan " + planId + " -> " + command.status() + " " + command.body());
            }
            if (read.ok()) {
                history.add(read.nanos() / 1e6);
            } else {
                failures++;
                failureSamples.add("history of plan " + planId + " -> " + read.status() + " " + read.body());
            }
        }
        return new Samples(miss, history, failures, failureSamples.subList(0, Math.min(FAILURE_SAMPLES,
                failureSamples.size())));
    }

    /** Waits until the template's events are on the service's topic: its publication position is then settled. */
    private static void awaitPublished(BenchStack stack, String name, long events) throws InterruptedException {
        long deadline = System.nanoTime() + PUBLISHED_TIMEOUT.toNanos();
        try (KafkaOffsets offsets = new KafkaOffsets(stack.kafkaBootstrapServers())) {
            while (offsets.endOffsets(IsolatedPlanning.planEventsTopic(name)) < events) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the template plan's events were not published within "
                            + PUBLISHED_TIMEOUT);
                }
                Thread.sleep(POLL_MILLIS);
            }
        }
    }

    /** Every document that holds the plan by id, in every collection of the service's database. */
    private static Map<String, List<Document>> documentsOf(MongoDatabase database, String planId) {
        Map<String, List<Document>> documents = new LinkedHashMap<>();
        for (String collection : database.listCollectionNames()) {
            List<Document> found = database.getCollection(collection)
                    .find(Filters.or(Filters.eq("_id", planId), Filters.eq(AGGREGATE_IDENTIFIER, planId)))
                    .into(new ArrayList<>());
            if (!found.isEmpty()) {
                documents.put(collection, found);
            }
        }
        return documents;
    }

    /** The service's store as it is filled: how many events it holds, and the copies no request has touched yet. */
    private static final class Store {

        private final MongoDatabase database;
        private final PlanClones clones;
        private final String objectiveId;
        private final List<String> untouched = new ArrayList<>();
        private long events;

        Store(MongoDatabase database, PlanClones clones, String objectiveId) {
            this.database = database;
            this.clones = clones;
            this.objectiveId = objectiveId;
            this.events = database.getCollection(clones.eventsCollection()).countDocuments();
        }

        /** Adds copies until the store holds {@code size} events; false if the deadline came first. */
        boolean fillTo(long size, long deadline) {
            while (events < size) {
                if (System.nanoTime() > deadline) {
                    return false;
                }
                Map<String, List<Document>> batch = new LinkedHashMap<>();
                for (int i = 0; i < PLANS_PER_BATCH && events < size; i++) {
                    String planId = UUID.randomUUID().toString();
                    clones.copy(planId).forEach((collection, documents) ->
                            batch.computeIfAbsent(collection, c -> new ArrayList<>()).addAll(documents));
                    untouched.add(planId);
                    events += clones.eventsPerCopy();
                }
                batch.forEach((collection, documents) -> database.getCollection(collection).insertMany(documents));
            }
            return true;
        }

        /** A copy no request has touched, taken from those made last (so that every size samples new plans). */
        String untouched() {
            if (untouched.isEmpty()) {
                throw new IllegalStateException("no plan left that was never loaded: a larger store size is needed");
            }
            return untouched.remove(untouched.size() - 1);
        }
    }
}
