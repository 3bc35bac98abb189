package com.netfocus.benchmarks.soak;

import com.netfocus.benchmarks.load.Answer;
import com.netfocus.benchmarks.load.Api;
import com.netfocus.benchmarks.load.CatalogPlatform;
import com.netfocus.benchmarks.load.PlanScript;
import com.netfocus.benchmarks.load.QueryLoad;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The reading side of the soak's mix: queries through the gateway started at a fixed rate beside the commands' open
 * loop (round robin over the kinds, on plans that exist), whatever the answers take. The paths are QueryLoad's.
 */
final class QueryStream implements AutoCloseable {

    private static final int WORKERS = 64;
    private static final long AWAIT_SECONDS = 90;

    private final ScheduledExecutorService pacer = Executors.newSingleThreadScheduledExecutor();
    private final ExecutorService workers = Executors.newFixedThreadPool(WORKERS);
    private final AtomicInteger next = new AtomicInteger();

    QueryStream(List<PlanScript> plans, List<CatalogPlatform> platforms, Api api, double rate,
                List<QueryLoad.Kind> kinds, SoakMinutes minutes) {
        List<PlanScript> created = plans.stream().filter(p -> p.planId() != null).toList();
        if (created.isEmpty() || rate <= 0) {
            return;
        }
        long periodNanos = (long) (1e9 / rate);
        pacer.scheduleAtFixedRate(() -> workers.submit(() -> {
            int i = next.getAndIncrement();
            PlanScript plan = created.get(i % created.size());
            QueryLoad.Kind kind = kinds.get(i % kinds.size());
            String path = QueryLoad.path(kind, plan, platforms, i);
            Answer answer = api.get(path, plan.rep());
            minutes.query(kind + " " + path, answer, answer.nanos());
        }), 0, periodNanos, TimeUnit.NANOSECONDS);
    }

    int sent() {
        return next.get();
    }

    @Override
    public void close() {
        pacer.shutdownNow();
        workers.shutdown();
        try {
            workers.awaitTermination(AWAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
