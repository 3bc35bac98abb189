package com.netfocus.benchmarks.load;

import com.netfocus.benchmarks.stack.Workers;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Queries through the gateway, closed loop, on the plans the load created: the plan (rebuilt state), the platform
 * with its activity (catalog projection), the plan's people (contact projection), and the recommendations for the
 * plan's targets over the whole catalog.
 */
public final class QueryLoad {

    public enum Kind { PLAN, PLATFORM, PEOPLE, RECOMMENDATIONS }

    private QueryLoad() {
    }

    public record Result(Map<Kind, Latencies> byKind, Latencies all, double seconds, List<String> failureSamples) {
    }

    /**
     * Runs {@code count} queries of the given kinds (round robin) with {@code clients} clients, or stops when
     * {@code maxDuration} is over, whichever comes first.
     */
    public static Result run(List<PlanScript> plans, List<CatalogPlatform> platforms, Api api, int clients, int count,
                             List<Kind> kinds, java.time.Duration maxDuration) throws Exception {
        Map<Kind, Latencies> byKind = new EnumMap<>(Kind.class);
        for (Kind kind : kinds) {
            byKind.put(kind, new Latencies());
        }
        Latencies all = new Latencies();
        List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        List<PlanScript> created = plans.stream().filter(p -> p.planId() != null).toList();
        AtomicInteger next = new AtomicInteger();
        long begun = System.nanoTime();
        long deadline = begun + maxDuration.toNanos();
        Workers.run(clients, client -> {
            for (int i = next.getAndIncrement(); i < count && System.nanoTime() < deadline; i = next.getAndIncrement()) {
                PlanScript plan = created.get(i % created.size());
                Kind kind = kinds.get(i % kinds.size());
                String path = path(kind, plan, platforms, i);
                Answer answer = api.get(path, plan.rep());
                if (answer.ok()) {
                    byKind.get(kind).record(answer.nanos());
                    all.record(answer.nanos());
                } else {
                    byKind.get(kind).failure();
                    all.failure();
                    if (failures.size() < 5) {
                        failures.add(path + " -> " + answer.status() + " " + answer.body());
                    }
                }
            }
        });
        return new Result(byKind, all, (System.nanoTime() - begun) / 1e9, failures);
    }

    /** The i-th query of a kind: on the given plan, or on a platform spread over the catalog. */
    public static String path(Kind kind, PlanScript plan, List<CatalogPlatform> platforms, int i) {
        return switch (kind) {
            case PLAN -> "/api/v1/plans/" + plan.planId();
            case PLATFORM -> "/api/v1/platforms/" + platforms.get(Math.floorMod(i * 7, platforms.size())).platformId();
            case PEOPLE -> "/api/v1/plans/" + plan.planId() + "/people";
            case RECOMMENDATIONS -> "/api/v1/plans/" + plan.planId() + "/recommendations?limit=20";
        };
    }
}
