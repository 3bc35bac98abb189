package com.netfocus.benchmarks.phase;

import com.netfocus.benchmarks.baseline.MongoInsertBaseline;
import com.netfocus.benchmarks.load.ClosedLoop;
import com.netfocus.benchmarks.load.Latencies;
import com.netfocus.benchmarks.load.LoadResult;
import com.netfocus.benchmarks.load.PlanScript;
import com.netfocus.benchmarks.report.Figure;
import com.netfocus.benchmarks.stack.PhaseMeter;

import java.util.List;

import static com.netfocus.benchmarks.report.ReportWriter.number;
import static com.netfocus.benchmarks.run.RunLog.log;

/**
 * The maximum: every client sends its plan's next command as soon as the last is answered, straight to
 * planning-service and through the gateway (its overhead), then waits for the projections to catch up. The end-to-end
 * maximum, the gateway loops' commands over their time plus the projections' catch-up, sets the open loop's rate.
 */
public final class ClosedLoopsPhase implements Phase {

    private final WorkloadPhase workload;
    private final RawLimitsPhase rawLimits;
    private LoadResult gateway;
    private LoadResult direct;
    private double endToEndMaximum;
    private double backlogSeconds;

    public ClosedLoopsPhase(WorkloadPhase workload, RawLimitsPhase rawLimits) {
        this.workload = workload;
        this.rawLimits = rawLimits;
    }

    @Override
    public void measure(BenchmarkRun run) throws Exception {
        int clients = run.options().clients();
        List<PlanScript> directPlans = workload.directPlans();
        List<PlanScript> gatewayPlans = workload.gatewayPlans();
        // The two closed loops run in halves, direct - gateway - gateway - direct, each after the projections have
        // caught up: whichever path ran first would otherwise be measured while the JIT still compiles and while the
        // other path's events are still being projected.
        List<PlanScript> directFirst = directPlans.subList(0, directPlans.size() / 2);
        List<PlanScript> directSecond = directPlans.subList(directPlans.size() / 2, directPlans.size());
        List<PlanScript> gatewayFirst = gatewayPlans.subList(0, gatewayPlans.size() / 2);
        List<PlanScript> gatewaySecond = gatewayPlans.subList(gatewayPlans.size() / 2, gatewayPlans.size());
        log("closed loops, direct - gateway - gateway - direct: " + directPlans.size() + " plans straight to "
                + "planning-service and " + gatewayPlans.size() + " through the gateway, x "
                + workload.scale().commands() + " commands, " + clients + " clients ...");
        PhaseMeter directMeter = PhaseMeter.start(run.stack().processes());
        LoadResult directFirstResult = ClosedLoop.run(directFirst, run.planning(), clients);
        directMeter.pause();
        run.awaitProjections();

        PhaseMeter gatewayMeter = PhaseMeter.start(run.stack().processes());
        ServiceProfiles profiles = new ServiceProfiles(run);
        if (run.options().jfr()) {
            profiles.start();
        }
        LoadResult gatewayFirstResult = ClosedLoop.run(gatewayFirst, run.gateway(), clients);
        gatewayMeter.pause();
        double gatewayDrainFirst = run.awaitProjections();
        gatewayMeter.resume();
        LoadResult gatewaySecondResult = ClosedLoop.run(gatewaySecond, run.gateway(), clients);
        if (run.options().jfr()) {
            profiles.stop();
        }
        run.usage("closedLoopGateway", gatewayMeter.stop());
        gateway = LoadResult.combined(List.of(gatewayFirstResult, gatewaySecondResult));
        run.report("closedLoopGateway", gateway);
        double gatewayDrainSecond = run.awaitProjections();
        // What the suite carries for good: the gateway loops' commands over their time plus the time the
        // projections then needed to catch up (on two cores they share the CPU with the command path).
        endToEndMaximum = gateway.latencies().count() / (gatewayFirstResult.totalSeconds() + gatewayDrainFirst
                + gatewaySecondResult.totalSeconds() + gatewayDrainSecond);
        run.record("endToEndMaximumCommandsPerSecond", endToEndMaximum);
        log(String.format("  end to end (until projected): %.1f commands/s", endToEndMaximum));

        directMeter.resume();
        LoadResult directSecondResult = ClosedLoop.run(directSecond, run.planning(), clients);
        run.usage("closedLoopDirect", directMeter.stop());
        direct = LoadResult.combined(List.of(directFirstResult, directSecondResult));
        run.report("closedLoopDirect", direct);

        backlogSeconds = run.awaitProjections();
        log(String.format("  the projections caught up with the closed loops' events %.1f s later", backlogSeconds));
        run.record("projectionBacklogDrainSecondsAfterClosedLoops", backlogSeconds);
    }

    @Override
    public void addFigures(BenchmarkRun run) {
        Latencies.Summary g = gateway.latencies().summary();
        Latencies.Summary d = direct.latencies().summary();
        MongoInsertBaseline.Result mongo = rawLimits.mongo();
        if (mongo != null) {
            run.figure(Figure.atLeastShare("Commands/s through the gateway, closed loop (maximum)",
                    gateway.commandsPerSecond(), "cmd/s", "raw MongoDB inserts", mongo.documentsPerSecond(), 0.5));
        } else {
            run.figure(Figure.plain("Commands/s through the gateway, closed loop (maximum)",
                    gateway.commandsPerSecond(), "cmd/s"));
        }
        run.figure(Figure.plain("Commands/s through the gateway end to end (closed loop until projected; the open"
                + " loop runs at half this)", endToEndMaximum, "cmd/s"));
        run.figure(Figure.atLeastShare("Gateway throughput vs direct to planning-service", gateway.commandsPerSecond(),
                "cmd/s", "direct", direct.commandsPerSecond(), 0.8));
        run.figure(Figure.plain("Gateway added command p99, closed loop at saturation (queueing dominates)",
                g.p99() - d.p99(), "ms"));
        run.figure(Figure.plain("Command latency via gateway, closed loop p50 / p95 / p99 / max: "
                + number(g.p50()) + " / " + number(g.p95()) + " / " + number(g.p99()) + " / " + number(g.max()) + " ms",
                g.p99(), "ms (p99)"));
        run.figure(Figure.plain("Command latency direct, closed loop p50 / p95 / p99 / max: "
                + number(d.p50()) + " / " + number(d.p95()) + " / " + number(d.p99()) + " / " + number(d.max()) + " ms",
                d.p99(), "ms (p99)"));
        run.figure(Figure.plain("Projection backlog after the closed loops drained in", backlogSeconds, "s"));
    }

    LoadResult gateway() {
        return gateway;
    }

    LoadResult direct() {
        return direct;
    }

    double endToEndMaximum() {
        return endToEndMaximum;
    }
}
