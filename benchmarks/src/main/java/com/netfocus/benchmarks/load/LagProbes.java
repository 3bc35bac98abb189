package com.netfocus.benchmarks.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.netfocus.benchmarks.stack.DriverCpu;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Projection lag: from a command's acceptance (its answer) until the change is visible in a projection, by polling
 * the projection's service directly at a short interval (bounded). The catalog probe chooses a platform that no
 * other plan chooses and waits for its activity to count the choice; the contact probe waits until the plan's
 * people show the attendance's sequence ({@code appliedSequence >= version}). Polling must not become the load
 * it measures: at most {@link #MAX_PROBES_IN_FLIGHT} probes per projection at once (others are skipped), and the
 * interval grows from the first one (5 ms) to {@link #MAX_INTERVAL} once a probe has waited past the target.
 */
public final class LagProbes implements AutoCloseable {

    static final int MAX_PROBES_IN_FLIGHT = 2;
    public static final String CATALOG = "catalog activity";
    public static final String CONTACT = "contact people";
    private static final Duration MAX_INTERVAL = Duration.ofMillis(50);
    private static final Duration BACK_OFF_AFTER = Duration.ofMillis(200);
    private static final double BACK_OFF = 1.5;

    private final Api catalog;
    private final AtomicInteger catalogInFlight = new AtomicInteger();
    private final AtomicInteger contactInFlight = new AtomicInteger();
    private final AtomicLong skipped = new AtomicLong();
    private final Api contact;
    private final Duration interval;
    private final Duration timeout;
    private final ExecutorService pollers = Executors.newFixedThreadPool(8, DriverCpu.threads("lag-probe"));
    private final Latencies catalogLag = new Latencies();
    private final Latencies contactLag = new Latencies();
    private final AtomicLong timeouts = new AtomicLong();
    private final List<CatalogPlatform> probePlatforms;
    private final AtomicInteger nextProbePlatform = new AtomicInteger();
    private final AtomicLong choices = new AtomicLong();
    private final AtomicLong attendances = new AtomicLong();
    private final int choiceEvery;
    private final int attendanceEvery;
    private volatile LagListener listener = (projection, acceptedAtNanos, lagNanos, timedOut) -> {
    };

    /** Sees every probe's outcome as it comes (a soak run buckets them per minute). */
    public interface LagListener {
        void measured(String projection, long acceptedAtNanos, long lagNanos, boolean timedOut);
    }

    public LagProbes(Api catalog, Api contact, List<CatalogPlatform> probePlatforms, int choiceEvery,
                     int attendanceEvery, Duration interval, Duration timeout) {
        this.catalog = catalog;
        this.contact = contact;
        this.probePlatforms = probePlatforms;
        this.choiceEvery = Math.max(1, choiceEvery);
        this.attendanceEvery = Math.max(1, attendanceEvery);
        this.interval = interval;
        this.timeout = timeout;
    }

    /**
     * Every how many-th of a plan's probed steps (its unattended choices, or its attendances) a probe should follow
     * for about {@code probesPerSecond} while commands go at {@code commandsPerSecond}; at least every one.
     */
    public static int every(double commandsPerSecond, PlanScript.Scale scale, int stepsPerPlan, double probesPerSecond) {
        double commandsPerStep = (double) scale.commands() / Math.max(1, stepsPerPlan);
        return (int) Math.max(1, Math.round(commandsPerSecond / commandsPerStep / probesPerSecond));
    }

    public LagProbes listen(LagListener listener) {
        this.listener = listener;
        return this;
    }

    /** For the scripts: every n-th choice they ask for takes a probe platform, while any is left. */
    public Supplier<CatalogPlatform> probeChoices() {
        return () -> {
            if (choices.incrementAndGet() % choiceEvery != 0) {
                return null;
            }
            int next = nextProbePlatform.getAndIncrement();
            return next < probePlatforms.size() ? probePlatforms.get(next) : null;
        };
    }

    /** Called after every accepted command of the open loop. */
    void accepted(PlanScript script, Command command, Answer answer) {
        if (!answer.ok()) {
            return;
        }
        if (command.probePlatform() != null) {
            String path = "/api/v1/platforms/" + command.probePlatform().platformId();
            if (!admit(catalogInFlight)) {
                return;
            }
            pollers.submit(() -> poll(CATALOG, catalogLag, catalogInFlight, answer, () -> {
                Answer view = catalog.get(path, script.rep());
                JsonNode activity = view.ok() && view.body() != null ? view.body().get("activity") : null;
                return activity != null && activity.path("timesChosen").asLong() >= 1;
            }));
        } else if (command.kind() == Command.Kind.RECORD_ATTENDANCE
                && attendances.incrementAndGet() % attendanceEvery == 0) {
            String path = "/api/v1/plans/" + script.planId() + "/people";
            long version = answer.version();
            if (!admit(contactInFlight)) {
                return;
            }
            pollers.submit(() -> poll(CONTACT, contactLag, contactInFlight, answer, () -> {
                Answer view = contact.get(path, script.rep());
                return view.ok() && view.body() != null && view.body().path("appliedSequence").asLong(-1) >= version;
            }));
        }
    }

    private boolean admit(AtomicInteger inFlight) {
        if (inFlight.incrementAndGet() > MAX_PROBES_IN_FLIGHT) {
            inFlight.decrementAndGet();
            skipped.incrementAndGet();
            return false;
        }
        return true;
    }

    private void poll(String projection, Latencies lag, AtomicInteger inFlight, Answer accepted, Supplier<Boolean> visible) {
        try {
            long deadline = accepted.completedAtNanos() + timeout.toNanos();
            double sleepMillis = interval.toMillis();
            while (System.nanoTime() < deadline) {
                if (visible.get()) {
                    long nanos = System.nanoTime() - accepted.completedAtNanos();
                    lag.record(nanos);
                    listener.measured(projection, accepted.completedAtNanos(), nanos, false);
                    return;
                }
                Thread.sleep((long) sleepMillis);
                if (System.nanoTime() - accepted.completedAtNanos() > BACK_OFF_AFTER.toNanos()) {
                    sleepMillis = Math.min(MAX_INTERVAL.toMillis(), sleepMillis * BACK_OFF);
                }
            }
            timeouts.incrementAndGet();
            lag.failure();
            listener.measured(projection, accepted.completedAtNanos(), timeout.toNanos(), true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            inFlight.decrementAndGet();
        }
    }

    /** Probes not started because enough were polling already. */
    public long skipped() {
        return skipped.get();
    }

    public Latencies catalogLag() {
        return catalogLag;
    }

    public Latencies contactLag() {
        return contactLag;
    }

    public long timeouts() {
        return timeouts.get();
    }

    /** Waits for the probes still polling. */
    public void finish() throws InterruptedException {
        pollers.shutdown();
        pollers.awaitTermination(timeout.toMillis() * 2, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        pollers.shutdownNow();
    }
}
