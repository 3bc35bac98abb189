package com.netfocus.benchmarks.phase;

import com.netfocus.benchmarks.load.Latencies;
import com.netfocus.benchmarks.load.OpenLoop;
import com.netfocus.benchmarks.report.Figure;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import static com.netfocus.benchmarks.report.ReportWriter.number;
import static com.netfocus.benchmarks.run.RunLog.log;

/**
 * The gateway's own cost: the same open-loop rate through the gateway, then straight to planning-service, at a
 * quarter of the lower closed-loop maximum, a rate both paths carry without queueing.
 */
public final class EqualRatePhase implements Phase {

    private static final double EQUAL_RATE_SHARE = 0.25;
    private static final double GATEWAY_ADDED_P99_MS = 5;

    private final WorkloadPhase workload;
    private final ClosedLoopsPhase closedLoops;
    private double rate;
    private OpenLoop.Result viaGateway;
    private OpenLoop.Result direct;

    public EqualRatePhase(WorkloadPhase workload, ClosedLoopsPhase closedLoops) {
        this.workload = workload;
        this.closedLoops = closedLoops;
    }

    @Override
    public List<Phase> builtOn() {
        return List.of(workload, closedLoops);
    }

    @Override
    public void measure(BenchmarkRun run) throws Exception {
        rate = Math.min(closedLoops.gateway().commandsPerSecond(), closedLoops.direct().commandsPerSecond())
                * EQUAL_RATE_SHARE;
        log(String.format("equal-rate latency: open loop at %.1f commands/s through the gateway, then direct (%d plans"
                + " each) ...", rate, workload.pairGatewayPlans().size()));
        PausesWindow gatewayPauses = PausesWindow.open();
        Duration longest = OpenLoopPhase.longest(run.options());
        viaGateway = OpenLoop.run(workload.pairGatewayPlans(), run.gateway(), rate, null, longest);
        run.pauses("equalRateGateway", gatewayPauses.close(run.stack()));
        run.report("equalRateGateway", viaGateway.load());
        run.awaitProjections();
        PausesWindow directPauses = PausesWindow.open();
        direct = OpenLoop.run(workload.pairDirectPlans(), run.planning(), rate, null, longest);
        run.pauses("equalRateDirect", directPauses.close(run.stack()));
        run.report("equalRateDirect", direct.load());
        run.record("equalRate", rate);
        run.awaitProjections();
    }

    @Override
    public void addFigures(BenchmarkRun run) {
        Latencies.Summary g = viaGateway.load().latencies().summary();
        Latencies.Summary d = direct.load().latencies().summary();
        run.goal(Goal.GATEWAY_ADDED_P99, Figure.atMost(String.format(Locale.ROOT, "Gateway added command p99 at an equal rate (%.1f/s: "
                        + "p99 %s via gateway vs %s direct; p50 %s vs %s)", rate, number(g.p99()), number(d.p99()),
                number(g.p50()), number(d.p50())), g.p99() - d.p99(), "ms", "bound", GATEWAY_ADDED_P99_MS));
    }
}
