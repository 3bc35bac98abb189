package com.netfocus.benchmarks.history;

import com.netfocus.benchmarks.load.Answer;
import com.netfocus.benchmarks.load.Api;
import com.netfocus.benchmarks.load.Rep;
import com.netfocus.benchmarks.stack.BenchStack;
import com.netfocus.benchmarks.stack.ExtraService;
import com.netfocus.benchmarks.stack.Workers;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Aggregate load time against history length. A planning service of its own (IsolatedPlanning) with the configured
 * snapshots, and, if asked, a second one with the snapshot threshold out of reach. In each, plans with 10, 100, 1,000, 10,000 events (a plan, an objective, then progress
 * records) and fresh plans (2 events). "warm": a command while the aggregate is in the cache (the steady path);
 * "cold": the first command after a restart of the service, which loads the aggregate from the store (snapshot plus
 * the events after it, or every event).
 */
public final class AggregateLoadBenchmark {

    private static final int FRESH_EVENTS = 2;
    private static final int SMALL_PLANS_PER_SIZE = 3;
    private static final int SMALL_SIZE_LIMIT = 1000;
    private static final int WARM_UP_PLANS = 10;
    private static final int WARM_UP_COMMANDS_PER_PLAN = 10;
    private static final int WARM_AFTER_COLD = 5;
    private static final int BUILD_THREADS = 6;
    private static final String NO_SNAPSHOTS = "1000000000";

    private AggregateLoadBenchmark() {
    }

    /** Milliseconds per history length; "fresh" is a plan of 2 events. */
    public record Variant(String name, Map<Integer, Double> coldMillis, Map<Integer, Double> warmMillis,
                          double freshColdMillis, double freshWarmMillis, double buildSeconds, long buildCommands) {
    }

    /** A plan the benchmark made, the objective its progress goes to, and how many events it has. */
    record TestPlan(String planId, String objectiveId, int events) {
    }

    /** With snapshots; and without them too if {@code withoutSnapshots}. */
    public static List<Variant> run(BenchStack stack, List<Integer> sizes, int warmSamples, boolean withoutSnapshots,
                                    String stamp) throws Exception {
        List<Variant> variants = new ArrayList<>();
        variants.add(variant(stack, sizes, warmSamples, "with snapshots", null, stamp + "-snap"));
        if (withoutSnapshots) {
            variants.add(variant(stack, sizes, warmSamples, "without snapshots", NO_SNAPSHOTS, stamp + "-nosnap"));
        }
        return variants;
    }

    private static Variant variant(BenchStack stack, List<Integer> sizes, int warmSamples, String label,
                                   String threshold, String id) throws Exception {
        String name = "history-" + id;
        Map<String, String> settings = threshold == null ? Map.of()
                : Map.of("NETFOCUS_PLANNING_SNAPSHOT_THRESHOLD", threshold);
        Rep rep = IsolatedPlanning.REP;
        try (ExtraService planning = IsolatedPlanning.start(stack, name, settings)) {
            Api api = Api.direct(planning.url(), stack.identitySecret());
            List<TestPlan> warmUp = new ArrayList<>();
            for (int i = 0; i < WARM_UP_PLANS; i++) {
                warmUp.add(create(api, rep));
            }
            List<TestPlan> fresh = new ArrayList<>();
            for (int i = 0; i < SMALL_PLANS_PER_SIZE; i++) {
                fresh.add(create(api, rep));
            }
            List<TestPlan> sized = new ArrayList<>();
            for (int size : sizes) {
                int count = size <= SMALL_SIZE_LIMIT ? SMALL_PLANS_PER_SIZE : 1;
                for (int i = 0; i < count; i++) {
                    TestPlan plan = create(api, rep);
                    sized.add(new TestPlan(plan.planId(), plan.objectiveId(), size));
                }
            }
            long begun = System.nanoTime();
            long built = grow(api, rep, sized);
            double buildSeconds = (System.nanoTime() - begun) / 1e9;

            Map<Integer, List<Double>> warm = new LinkedHashMap<>();
            List<Double> freshWarm = new ArrayList<>();
            for (TestPlan plan : fresh) {
                freshWarm.add(median(progress(api, rep, plan, warmSamples)));
            }
            for (TestPlan plan : sized) {
                warm.computeIfAbsent(plan.events(), k -> new ArrayList<>())
                        .add(median(progress(api, rep, plan, warmSamples)));
            }

            planning.stop();
            planning.start();
            planning.awaitHealthy(IsolatedPlanning.START_TIMEOUT);
            for (TestPlan plan : warmUp) {
                progress(api, rep, plan, WARM_UP_COMMANDS_PER_PLAN);
            }
            Map<Integer, List<Double>> cold = new LinkedHashMap<>();
            List<Double> freshCold = new ArrayList<>();
            for (TestPlan plan : fresh) {
                double[] times = progress(api, rep, plan, 1 + WARM_AFTER_COLD);
                freshCold.add(times[0]);
            }
            for (TestPlan plan : sized) {
                double[] times = progress(api, rep, plan, 1 + WARM_AFTER_COLD);
                cold.computeIfAbsent(plan.events(), k -> new ArrayList<>()).add(times[0]);
            }
            return new Variant(label, medians(cold), medians(warm), median(freshCold), median(freshWarm),
                    buildSeconds, built);
        }
    }

    /** A plan with one objective: two events. */
    static TestPlan create(Api api, Rep rep) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        Answer plan = expect(api.post("/api/v1/plans", rep, Map.of("title", "History benchmark",
                "periodStart", today.toString(), "periodEnd", today.plusDays(365).toString(), "hoursBudget", 500)));
        String planId = plan.text("planId");
        Answer objective = expect(api.post("/api/v1/plans/" + planId + "/objectives", rep, Map.of(
                "statement", "Learn from procurement directors in retail which problems they will budget for",
                "outcome", "Three discovery meetings", "metric", "directors met", "target", 10,
                "deadline", today.plusDays(200).toString())));
        return new TestPlan(planId, objective.text("objectiveId"), FRESH_EVENTS);
    }

    /** Brings every plan to its history length with progress records, plans in parallel, each in order. */
    private static long grow(Api api, Rep rep, List<TestPlan> plans) throws Exception {
        long commands = 0;
        List<Callable<double[]>> growing = new ArrayList<>();
        for (TestPlan plan : plans) {
            int missing = plan.events() - FRESH_EVENTS;
            commands += missing;
            growing.add(() -> progress(api, rep, plan, missing));
        }
        Workers.runAll(BUILD_THREADS, growing);
        return commands;
    }

    /** Records progress {@code count} times, one command after the other; answers each command's milliseconds. */
    static double[] progress(Api api, Rep rep, TestPlan plan, int count) {
        double[] millis = new double[count];
        String path = "/api/v1/plans/" + plan.planId() + "/objectives/" + plan.objectiveId() + "/progress";
        for (int i = 0; i < count; i++) {
            Answer answer = expect(api.post(path, rep, Map.of("amount", 1)));
            millis[i] = answer.nanos() / 1e6;
        }
        return millis;
    }

    static Answer expect(Answer answer) {
        if (!answer.ok()) {
            throw new IllegalStateException("history benchmark command refused: " + answer.status() + " " + answer.body());
        }
        return answer;
    }

    private static Map<Integer, Double> medians(Map<Integer, List<Double>> values) {
        Map<Integer, Double> medians = new LinkedHashMap<>();
        values.forEach((size, list) -> medians.put(size, median(list)));
        return medians;
    }

    static double median(List<Double> values) {
        return median(values.stream().mapToDouble(Double::doubleValue).toArray());
    }

    static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }
}
