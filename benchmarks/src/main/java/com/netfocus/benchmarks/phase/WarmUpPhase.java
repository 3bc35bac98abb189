package com.netfocus.benchmarks.phase;

import com.netfocus.benchmarks.load.Api;
import com.netfocus.benchmarks.load.ClosedLoop;
import com.netfocus.benchmarks.load.WarmUpCurve;
import com.netfocus.benchmarks.load.WarmUpRule;

import java.time.Duration;
import java.util.List;

import static com.netfocus.benchmarks.report.ReportWriter.number;
import static com.netfocus.benchmarks.run.RunLog.log;

/**
 * Warms the command path straight to planning-service, then through the gateway, each until its throughput per 5 s
 * is flat ({@link WarmUpRule}, at most --warm-up-cap seconds), not measured; the report shows each curve. With the
 * full JIT, a short warm-up leaves the closed loops measuring C2 at work: in run 20261126-123111 the gateway,
 * planning-service and the benchmark JVM spent 15-18 s each compiling during a 49 s closed loop (JFR
 * jdk.Compilation), and a 15 s warm-up measured 2-4x low. The paths measured later (the minimal Axon app, two
 * planning instances) warm up the same way before they are measured.
 */
public final class WarmUpPhase implements Phase {

    static final String DIRECT = "direct to planning-service";
    static final String GATEWAY = "through the gateway";

    private final WorkloadPhase workload;

    public WarmUpPhase(WorkloadPhase workload) {
        this.workload = workload;
    }

    @Override
    public List<Phase> builtOn() {
        return List.of(workload);
    }

    @Override
    public void measure(BenchmarkRun run) throws Exception {
        WarmUpRule rule = rule(run);
        warm(run, DIRECT, List.of(run.planning()), rule);
        warm(run, GATEWAY, List.of(run.gateway()), rule);
    }

    static WarmUpRule rule(BenchmarkRun run) {
        return WarmUpRule.capped(Duration.ofSeconds(run.options().warmUpCapSeconds()));
    }

    private void warm(BenchmarkRun run, String path, List<Api> apis, WarmUpRule rule)
            throws Exception {
        log("warm-up " + path + " until its throughput per " + ClosedLoop.WINDOW.toSeconds() + " s is flat (at most "
                + rule.cap().toSeconds() + " s) ...");
        WarmUpCurve curve = ClosedLoop.warmUp(path, workload.warmUpPlans(), apis, run.options().clients(), rule);
        logged(run, curve);
        run.awaitProjections();
    }

    /** Records a path's warm-up in the run and logs its curve. */
    static void logged(BenchmarkRun run, WarmUpCurve curve) {
        run.warmedUp(curve);
        log(String.format("  %s: %s after %.0f s, %d non-2xx; commands/s per window: %s", curve.path(),
                curve.flat() ? "flat" : "NOT flat (capped)", curve.seconds(), curve.errors(),
                String.join(" ", curve.rates().stream().map(rate -> number(rate)).toList())));
    }

    @Override
    public void addFigures(BenchmarkRun run) {
        // the curves go into the report's warm-up section
    }
}
