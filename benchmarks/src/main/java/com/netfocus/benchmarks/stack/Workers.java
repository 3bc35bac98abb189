package com.netfocus.benchmarks.stack;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Work spread over a fixed number of threads, waited for to the end: the shape every benchmark's clients take. The
 * first failure of any of them is thrown (as the {@link java.util.concurrent.ExecutionException} of its future);
 * the pool is shut down either way. Their CPU counts as the load driver's ({@link DriverCpu}).
 */
public final class Workers {

    /** One worker's loop; {@code worker} is its number, from 0. */
    @FunctionalInterface
    public interface Work {
        void run(int worker) throws Exception;
    }

    private Workers() {
    }

    /** Runs {@code work} once on each of {@code threads} threads and returns when every one has ended. */
    public static void run(int threads, Work work) throws Exception {
        List<Callable<?>> loops = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int worker = t;
            loops.add(() -> {
                work.run(worker);
                return null;
            });
        }
        runAll(threads, loops);
    }

    /** Runs every task on a pool of {@code threads} threads and returns when every one has ended. */
    public static void runAll(int threads, List<? extends Callable<?>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads, DriverCpu.threads("load-client"));
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Callable<?> task : tasks) {
                futures.add(pool.submit(task));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
