package com.netfocus.benchmarks.load;

import com.netfocus.benchmarks.stack.DriverCpu;

import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Open loop: commands start at a fixed rate whatever the answers take. Each start takes a plan that is waiting for
 * its next command (or opens the next plan), so a plan's commands stay in order while many plans are in flight.
 * Latency is counted from the intended start, so a queue building up shows (no coordinated omission).
 */
public final class OpenLoop {

    private static final int MAX_WORKERS = 256;

    private OpenLoop() {
    }

    public record Result(LoadResult load, double offeredRate, long missedStarts) {
    }

    /** Sees every answer as it comes (a soak run buckets them per minute). */
    public interface Observer {
        void answered(Command command, Answer answer, long latencyNanos);
    }

    public static Result run(List<PlanScript> scripts, Api api, double rate, LagProbes probes, Duration maxDuration)
            throws InterruptedException {
        return run(scripts, api, rate, probes, maxDuration, (command, answer, latencyNanos) -> {
        });
    }

    public static Result run(List<PlanScript> scripts, Api api, double rate, LagProbes probes, Duration maxDuration,
                             Observer observer) throws InterruptedException {
        ConcurrentLinkedQueue<PlanScript> waiting = new ConcurrentLinkedQueue<>();
        Iterator<PlanScript> unopened = scripts.iterator();
        AtomicInteger finished = new AtomicInteger();
        AtomicLong missed = new AtomicLong();
        AtomicLong sent = new AtomicLong();
        AtomicLong sentWhenAllOpened = new AtomicLong(-1);
        AtomicLong allOpenedAt = new AtomicLong();
        LoadResult result = new LoadResult();
        ExecutorService workers = Executors.newFixedThreadPool(MAX_WORKERS, DriverCpu.threads("open-loop"));
        long periodNanos = (long) (1e9 / rate);
        long begun = System.nanoTime();
        long deadline = begun + maxDuration.toNanos();
        long lastAnswered = begun;
        try {
            for (long slot = 0; finished.get() < scripts.size() && System.nanoTime() < deadline; slot++) {
                long intended = begun + slot * periodNanos;
                long wait = intended - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                workers.submit(() -> {
                    PlanScript script = waiting.poll();
                    if (script == null) {
                        synchronized (unopened) {
                            script = unopened.hasNext() ? unopened.next() : null;
                            if (script != null && !unopened.hasNext()) {
                                // from here on starts can be lost (every plan busy): the steady window ends
                                sentWhenAllOpened.set(sent.get());
                                allOpenedAt.set(System.nanoTime());
                            }
                        }
                    }
                    if (script == null) {
                        // every open plan is busy with its previous command: this start is lost
                        missed.incrementAndGet();
                        return;
                    }
                    Command command = script.next();
                    Answer answer = api.post(command.path(), script.rep(), command.body());
                    script.accept(command, answer);
                    result.record(command, answer, answer.completedAtNanos() - intended);
                    observer.answered(command, answer, answer.completedAtNanos() - intended);
                    sent.incrementAndGet();
                    if (probes != null) {
                        probes.accepted(script, command, answer);
                    }
                    if (script.done()) {
                        finished.incrementAndGet();
                    } else {
                        waiting.add(script);
                    }
                });
            }
        } finally {
            workers.shutdown();
            workers.awaitTermination(2, TimeUnit.MINUTES);
            lastAnswered = System.nanoTime();
        }
        double seconds = (lastAnswered - begun) / 1e9;
        if (sentWhenAllOpened.get() > 0) {
            result.window(sentWhenAllOpened.get(), (allOpenedAt.get() - begun) / 1e9, seconds);
        } else {
            result.window(sent.get(), seconds, seconds);
        }
        return new Result(result, rate, missed.get());
    }
}
