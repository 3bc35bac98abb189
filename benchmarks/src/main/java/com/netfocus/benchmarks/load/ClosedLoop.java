package com.netfocus.benchmarks.load;

import com.netfocus.benchmarks.stack.Workers;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * Closed loop: N clients, each sending its script's next command as soon as the previous one is answered, taking
 * script after script from a shared source (a script's commands in order). Finds the maximum rate the path sustains.
 * Runs over a list of scripts, for a fixed time, or until the path is warm ({@link WarmUpRule}); it counts the
 * commands answered in every {@link #WINDOW}, so each run also gives its throughput curve.
 */
public final class ClosedLoop {

    /** The window of a throughput curve. */
    public static final Duration WINDOW = Duration.ofSeconds(5);
    private static final Duration NO_LIMIT = Duration.ofDays(1);

    private ClosedLoop() {
    }

    /** What one loop measured, and its commands per second in each window. */
    public record Run(LoadResult load, List<Double> windowRates, boolean stoppedByRule, double seconds) {
    }

    /** Until every script of the list is done. */
    public static LoadResult run(List<? extends Script> scripts, Api api, int clients) throws Exception {
        return drive(ScriptSource.of(scripts), List.of(api), clients, NO_LIMIT, rates -> false).load();
    }

    /**
     * For {@code duration}, with new scripts from {@code source} as the clients need them; client {@code i} sends to
     * {@code apis.get(i % apis.size())}, so a script stays on one instance. The rate counts the commands answered
     * before the time was up.
     */
    public static Run timed(ScriptSource source, List<Api> apis, int clients, Duration duration) throws Exception {
        return drive(source, apis, clients, duration, rates -> false);
    }

    /** Until the throughput per window is flat (or the rule's cap): the warm-up of a path, with its curve. */
    public static WarmUpCurve warmUp(String path, ScriptSource source, List<Api> apis, int clients, WarmUpRule rule)
            throws Exception {
        Run run = drive(source, apis, clients, rule.cap(), rule::flat);
        return new WarmUpCurve(path, run.windowRates(), run.stoppedByRule(), run.seconds(),
                run.load().latencies().count(), run.load().latencies().failures());
    }

    private static Run drive(ScriptSource source, List<Api> apis, int clients, Duration limit,
                             Predicate<List<Double>> enough) throws Exception {
        LoadResult result = new LoadResult();
        AtomicLong completed = new AtomicLong();
        AtomicLong drainedAt = new AtomicLong();
        AtomicLong completedAtDrain = new AtomicLong(-1);
        Windows windows = new Windows(completed, limit, enough);
        Thread controller = new Thread(windows, "closed-loop-windows");
        controller.setDaemon(true);
        controller.start();
        try {
            Workers.run(clients, client -> {
                Api api = apis.get(client % apis.size());
                while (!windows.stopped()) {
                    Script script = source.next();
                    if (script == null) {
                        if (completedAtDrain.compareAndSet(-1, completed.get())) {
                            drainedAt.set(System.nanoTime());
                        }
                        return;
                    }
                    while (!script.done() && !windows.stopped()) {
                        Command command = script.next();
                        Answer answer = api.post(command.path(), script.rep(), command.body());
                        script.accept(command, answer);
                        result.record(command, answer, answer.nanos());
                        completed.incrementAndGet();
                    }
                }
            });
        } finally {
            controller.interrupt();
            controller.join(TimeUnit.SECONDS.toMillis(5));
        }
        long ended = System.nanoTime();
        double totalSeconds = (ended - windows.begun) / 1e9;
        if (windows.stopped()) {
            result.window(windows.completedAtStop, (windows.stoppedAt - windows.begun) / 1e9, totalSeconds);
        } else {
            result.window(completedAtDrain.get(), (drainedAt.get() - windows.begun) / 1e9, totalSeconds);
        }
        return new Run(result, windows.rates(), windows.stoppedByRule, totalSeconds);
    }

    /** Counts the commands answered per window and stops the clients when time is up or the rule says enough. */
    private static final class Windows implements Runnable {

        private final AtomicLong completed;
        private final long limitNanos;
        private final Predicate<List<Double>> enough;
        private final List<Double> rates = new ArrayList<>();
        private final long begun = System.nanoTime();
        private volatile boolean stopped;
        private volatile boolean stoppedByRule;
        private volatile long completedAtStop;
        private volatile long stoppedAt;

        Windows(AtomicLong completed, Duration limit, Predicate<List<Double>> enough) {
            this.completed = completed;
            this.limitNanos = limit.toNanos();
            this.enough = enough;
        }

        @Override
        public void run() {
            long windowStart = begun;
            long countAtStart = 0;
            try {
                while (true) {
                    long windowEnd = Math.min(windowStart + WINDOW.toNanos(), begun + limitNanos);
                    TimeUnit.NANOSECONDS.sleep(Math.max(0, windowEnd - System.nanoTime()));
                    long count = completed.get();
                    synchronized (rates) {
                        rates.add((count - countAtStart) / ((windowEnd - windowStart) / 1e9));
                    }
                    countAtStart = count;
                    windowStart = windowEnd;
                    boolean ruleSaysEnough = enough.test(rates());
                    if (ruleSaysEnough || windowEnd - begun >= limitNanos) {
                        completedAtStop = count;
                        stoppedAt = windowEnd;
                        stoppedByRule = ruleSaysEnough;
                        stopped = true;
                        return;
                    }
                }
            } catch (InterruptedException clientsEnded) {
                // the source ran dry before the limit: the clients' own window counts
            }
        }

        boolean stopped() {
            return stopped;
        }

        List<Double> rates() {
            synchronized (rates) {
                return List.copyOf(rates);
            }
        }
    }
}
