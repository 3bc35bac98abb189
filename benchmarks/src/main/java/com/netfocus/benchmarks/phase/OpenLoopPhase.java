package com.netfocus.benchmarks.phase;

import com.netfocus.benchmarks.load.Api;
import com.netfocus.benchmarks.load.LagProbes;
import com.netfocus.benchmarks.load.Latencies;
import com.netfocus.benchmarks.load.OpenLoop;
import com.netfocus.benchmarks.load.PlanScript;
import com.netfocus.benchmarks.report.Figure;
import com.netfocus.benchmarks.run.BenchmarkOptions;
import com.netfocus.benchmarks.stack.BenchStack;
import com.netfocus.benchmarks.stack.PhaseMeter;
import com.netfocus.benchmarks.stack.PrometheusScrape;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.netfocus.benchmarks.report.ReportWriter.number;
import static com.netfocus.benchmarks.run.RunLog.log;

/**
 * Commands through the gateway at a steady offered rate (half the end-to-end maximum, or --open-rate), latency from
 * each command's intended start, with lag probes: how long after a command's answer the catalog's activity and the
 * contact service's people show it; and the services' own lag figures right after.
 */
public final class OpenLoopPhase implements Phase {

    static final String PATH = "open loop via gateway";
    /** First poll interval of a lag probe; it backs off to 50 ms once a probe has waited 200 ms (see LagProbes). */
    private static final Duration PROBE_INTERVAL = Duration.ofMillis(5);
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(10);
    private static final double PROBES_PER_SECOND = 4.0;
    private static final double LAG_TARGET_MS = 100;

    private final WorkloadPhase workload;
    private final ClosedLoopsPhase closedLoops;
    private OpenLoop.Result open;
    private Latencies.Summary catalogLag;
    private Latencies.Summary contactLag;
    /** The services' own lag figures after the open loop (see serverSideLag). */
    private final Map<String, Double> serverSideLagMs = new LinkedHashMap<>();

    public OpenLoopPhase(WorkloadPhase workload, ClosedLoopsPhase closedLoops) {
        this.workload = workload;
        this.closedLoops = closedLoops;
    }

    @Override
    public List<Phase> builtOn() {
        return List.of(workload, closedLoops);
    }

    @Override
    public void measure(BenchmarkRun run) throws Exception {
        BenchmarkOptions options = run.options();
        BenchStack stack = run.stack();
        double rate = options.openLoopRate() > 0 ? options.openLoopRate() : closedLoops.endToEndMaximum() / 2;
        PlanScript.Scale scale = workload.scale();
        int choiceEvery = LagProbes.every(rate, scale, scale.unattendedChoices(), PROBES_PER_SECOND);
        int attendanceEvery = LagProbes.every(rate, scale, scale.attendances(), PROBES_PER_SECOND);
        log(String.format("open loop through the gateway at %.1f commands/s (%s), %d plans, lag probes ...", rate,
                options.openLoopRate() > 0 ? "--open-rate" : "half the end-to-end maximum",
                workload.openReps().size()));
        LagProbes probes = new LagProbes(Api.direct(stack.catalogUrl(), stack.identitySecret()),
                Api.direct(stack.contactUrl(), stack.identitySecret()),
                workload.org().probePlatforms(), choiceEvery, attendanceEvery, PROBE_INTERVAL, PROBE_TIMEOUT);
        try (probes) {
            List<PlanScript> openPlans = workload.scripts(workload.openReps(), probes.probeChoices());
            PhaseMeter openMeter = PhaseMeter.start(stack.processes());
            PausesWindow openPauses = PausesWindow.open();
            open = OpenLoop.run(openPlans, run.gateway(), rate, probes, longest(options));
            probes.finish();
            Map<String, PhaseMeter.Usage> usage = openMeter.stop();
            run.usage("openLoopGateway", usage);
            run.cost(PATH, open.load().latencies().count(), usage);
            run.pauses("openLoopGateway", openPauses.close(stack));
        }
        serverSideLag(run);
        run.report("openLoopGateway", open.load());
        run.record("openLoopOfferedRate", rate);
        run.record("openLoopMissedStarts", open.missedStarts());
        catalogLag = probes.catalogLag().summary();
        contactLag = probes.contactLag().summary();
        run.record("projectionLagMs", Map.of("catalogActivity", catalogLag, "contactPeople", contactLag,
                "pollIntervalMs", PROBE_INTERVAL.toMillis(), "timeoutMs", PROBE_TIMEOUT.toMillis(),
                "timeouts", probes.timeouts(), "skippedWhileTwoInFlight", probes.skipped()));
    }

    /**
     * The services' own view of the lag, right after the open loop: the way to Kafka (planning's publication delay)
     * and each projection's lag from occurrence to application, p50 and p99 over about the last two minutes.
     */
    private void serverSideLag(BenchmarkRun run) {
        BenchStack stack = run.stack();
        PrometheusScrape planningScrape = PrometheusScrape.of(stack.planningUrl());
        for (String quantile : List.of("0.5", "0.99")) {
            planningScrape.value("netfocus_publication_delay_seconds", Map.of("quantile", quantile)).ifPresent(
                    seconds -> serverSideLagMs.put("publication delay p" + percentile(quantile), seconds * 1000));
        }
        Map<String, String> services = new LinkedHashMap<>();
        services.put("catalog", stack.catalogUrl());
        services.put("contact", stack.contactUrl());
        services.forEach((service, url) -> {
            PrometheusScrape scrape = PrometheusScrape.of(url);
            for (String quantile : List.of("0.5", "0.99")) {
                scrape.valuesBy("projection", "netfocus_projection_lag_seconds", Map.of("quantile", quantile))
                        .forEach((projection, seconds) -> serverSideLagMs.put(service + " " + projection + " p"
                                + percentile(quantile), seconds * 1000));
            }
        });
        run.record("serverSideLagMs", serverSideLagMs);
    }

    private static String percentile(String quantile) {
        return String.valueOf(Math.round(Double.parseDouble(quantile) * 100));
    }

    /**
     * The longest an open loop may run (--open-seconds): it ends sooner when its plans are done. Bounded in time, so
     * that a loaded machine, which offers a lower rate, does not stretch the run.
     */
    static Duration longest(BenchmarkOptions options) {
        return Duration.ofSeconds(options.openLoopSeconds());
    }

    @Override
    public void addFigures(BenchmarkRun run) {
        Latencies.Summary o = open.load().latencies().summary();
        run.figure(Figure.atLeastShare("Commands/s sustained, open loop via gateway (offered "
                + number(open.offeredRate()) + "/s; sanity check, not a target)",
                open.load().commandsPerSecond(), "cmd/s", "offered rate", open.offeredRate(), 0.95));
        run.figure(Figure.plain("Command latency open loop (from intended start) p50 / p95 / p99 / max: "
                + number(o.p50()) + " / " + number(o.p95()) + " / " + number(o.p99()) + " / " + number(o.max()) + " ms",
                o.p99(), "ms (p99)"));
        run.figure(Figure.plain("Projection lag p50, catalog activity", catalogLag.p50(), "ms"));
        run.goal(Goal.PROJECTION_LAG, Figure.atMost("Projection lag p99 at half the end-to-end maximum (" + number(open.offeredRate())
                + " cmd/s), catalog activity (" + catalogLag.count() + " probes, " + catalogLag.failures()
                + " timed out)", catalogLag.p99(), "ms", "bound", LAG_TARGET_MS));
        run.figure(Figure.plain("Projection lag p50, contact people", contactLag.p50(), "ms"));
        run.goal(Goal.PROJECTION_LAG, Figure.atMost("Projection lag p99 at half the end-to-end maximum, contact people ("
                + contactLag.count() + " probes, " + contactLag.failures() + " timed out)", contactLag.p99(), "ms",
                "bound", LAG_TARGET_MS));
        serverSideLagMs.forEach((name, millis) -> run.figure(Figure.plain(
                "  server side, about the last 2 min: " + name, millis, "ms")));
    }
}
