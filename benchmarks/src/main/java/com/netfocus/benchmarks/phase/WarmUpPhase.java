package com.netfocus.benchmarks.phase;

import com.netfocus.benchmarks.load.ClosedLoop;

import static com.netfocus.benchmarks.run.RunLog.log;

/**
 * Plans through the gateway, then direct, not measured. With the full JIT, a short warm-up leaves the closed loops
 * measuring C2 at work: in run 20261126-123111 the gateway, planning-service and the benchmark JVM spent 15-18 s each
 * compiling during the 49 s closed loop through the gateway (JFR jdk.Compilation), half the machine. The warm-up goes
 * both ways, so that neither path is measured colder than the other.
 */
public final class WarmUpPhase implements Phase {

    private final WorkloadPhase workload;

    public WarmUpPhase(WorkloadPhase workload) {
        this.workload = workload;
    }

    @Override
    public void measure(BenchmarkRun run) throws Exception {
        log("warm-up: " + workload.warmUpGateway().size() + " plans through the gateway, "
                + workload.warmUpDirect().size() + " direct (not measured) ...");
        ClosedLoop.run(workload.warmUpGateway(), run.gateway(), run.options().clients());
        ClosedLoop.run(workload.warmUpDirect(), run.planning(), run.options().clients());
    }

    @Override
    public void addFigures(BenchmarkRun run) {
        // not measured
    }
}
