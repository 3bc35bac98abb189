package com.netfocus.benchmarks.phase;

import com.netfocus.benchmarks.baseline.MongoInsertBaseline;
import com.netfocus.benchmarks.load.Api;
import com.netfocus.benchmarks.load.ClosedLoop;
import com.netfocus.benchmarks.load.Latencies;
import com.netfocus.benchmarks.load.LoadResult;
import com.netfocus.benchmarks.load.ScriptSource;
import com.netfocus.benchmarks.report.Figure;
import com.netfocus.benchmarks.stack.BenchStack;
import com.netfocus.benchmarks.stack.PhaseMeter;
import com.netfocus.benchmarks.stack.ServiceHandle;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.netfocus.benchmarks.report.ReportWriter.number;
import static com.netfocus.benchmarks.run.RunLog.log;

/**
 * The maximum: every client sends its plan's next command as soon as the last is answered, straight to
 * planning-service and through the gateway (its overhead), each for --loop-seconds twice, then waits for the
 * projections to catch up. The end-to-end maximum, the gateway loops' commands over their time plus the projections'
 * catch-up, sets the open loop's rate. Each process's CPU per command is recorded for both paths.
 */
public final class ClosedLoopsPhase implements Phase {

    static final String DIRECT_PATH = "direct closed loop";
    static final String GATEWAY_PATH = "gateway closed loop";
    private static final double RAW_INSERT_SHARE = 0.3;
    private static final double GATEWAY_SHARE = 0.85;
    private static final double PLANNING_CPU_MS_PER_COMMAND = 1.2;
    /** The processes whose CPU per command is a figure of its own. */
    private static final List<String> SERVICES = List.of("planning-service", "events-catalog-service",
            "contact-service", "gateway", BenchStack.HOST_JVM);

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
    public List<Phase> builtOn() {
        return List.of(workload);
    }

    @Override
    public void measure(BenchmarkRun run) throws Exception {
        int clients = run.options().clients();
        Duration half = Duration.ofSeconds(run.options().loopSeconds());
        BenchStack stack = run.stack();
        // The two closed loops run in halves, direct - gateway - gateway - direct, each after the projections have
        // caught up: whichever path ran first would otherwise be measured while the other path's events are still
        // being projected, and both paths share the moments the machine was busier or quieter.
        log("closed loops, direct - gateway - gateway - direct, " + half.toSeconds() + " s each, " + clients
                + " clients, plans of " + workload.scale().commands() + " commands ...");
        PhaseMeter directMeter = PhaseMeter.start(stack.processes());
        LoadResult directFirst = loop(workload.directPlans(), run.planning(), clients, half);
        directMeter.pause();
        run.awaitProjections();

        // each path is profiled over its second half, the first having run it once more after the warm-up
        PhaseMeter gatewayMeter = PhaseMeter.start(stack.processes());
        LoadResult gatewayFirst = loop(workload.gatewayPlans(), run.gateway(), clients, half);
        gatewayMeter.pause();
        double gatewayDrainFirst = run.awaitProjections();
        ServiceProfiles gatewayProfiles = new ServiceProfiles(run, GATEWAY_PATH,
                profiled(stack, "planning-service", "gateway")).start();
        gatewayMeter.resume();
        LoadResult gatewaySecond = loop(workload.gatewayPlans(), run.gateway(), clients, half);
        gatewayProfiles.stop();
        Map<String, PhaseMeter.Usage> gatewayUsage = gatewayMeter.stop();
        run.usage("closedLoopGateway", gatewayUsage);
        gateway = LoadResult.combined(List.of(gatewayFirst, gatewaySecond));
        run.report("closedLoopGateway", gateway);
        run.cost(GATEWAY_PATH, gateway.latencies().count(), gatewayUsage);
        double gatewayDrainSecond = run.awaitProjections();
        // What the suite carries for good: the gateway loops' commands over their time plus the time the
        // projections then needed to catch up (on two cores they share the CPU with the command path).
        endToEndMaximum = gateway.latencies().count() / (gatewayFirst.totalSeconds() + gatewayDrainFirst
                + gatewaySecond.totalSeconds() + gatewayDrainSecond);
        run.record("endToEndMaximumCommandsPerSecond", endToEndMaximum);
        log(String.format("  end to end (until projected): %.1f commands/s", endToEndMaximum));

        ServiceProfiles directProfiles = new ServiceProfiles(run, DIRECT_PATH, profiled(stack, "planning-service"))
                .start();
        directMeter.resume();
        LoadResult directSecond = loop(workload.directPlans(), run.planning(), clients, half);
        directProfiles.stop();
        Map<String, PhaseMeter.Usage> directUsage = directMeter.stop();
        run.usage("closedLoopDirect", directUsage);
        direct = LoadResult.combined(List.of(directFirst, directSecond));
        run.report("closedLoopDirect", direct);
        run.cost(DIRECT_PATH, direct.latencies().count(), directUsage);

        backlogSeconds = run.awaitProjections();
        log(String.format("  the projections caught up with the closed loops' events %.1f s later", backlogSeconds));
        run.record("projectionBacklogDrainSecondsAfterClosedLoops", backlogSeconds);
    }

    private static LoadResult loop(ScriptSource plans, Api api, int clients, Duration duration) throws Exception {
        return ClosedLoop.timed(plans, List.of(api), clients, duration).load();
    }

    /** The named services and this JVM (the store and Kafka), as profiled on a path. */
    static Map<String, ServiceHandle> profiled(BenchStack stack, String... services) {
        Map<String, ServiceHandle> processes = new LinkedHashMap<>();
        for (String service : services) {
            processes.put(service, stack.processes().get(service));
        }
        processes.put(BenchStack.HOST_JVM, stack.processes().get(BenchStack.HOST_JVM));
        return processes;
    }

    @Override
    public void addFigures(BenchmarkRun run) {
        Latencies.Summary g = gateway.latencies().summary();
        Latencies.Summary d = direct.latencies().summary();
        int clients = run.options().clients();
        MongoInsertBaseline.Result mongo = rawLimits.mongo();
        if (mongo != null) {
            run.goal(Goal.DIRECT_VS_RAW_INSERTS, Figure.atLeastShare("Commands/s direct to planning-service, closed loop, " + clients
                    + " clients, beside raw inserts", direct.commandsPerSecond(), "cmd/s", "raw MongoDB inserts",
                    mongo.documentsPerSecond(), RAW_INSERT_SHARE));
        }
        run.goal(Goal.GATEWAY_VS_DIRECT, Figure.atLeastShare("Commands/s through the gateway vs direct, closed loop, " + clients + " clients",
                gateway.commandsPerSecond(), "cmd/s", "direct", direct.commandsPerSecond(), GATEWAY_SHARE));
        BenchmarkRun.PathCost directCost = run.costs().get(DIRECT_PATH);
        BenchmarkRun.PathCost appCost = run.costs().get(MinimalAxonAppPhase.PATH);
        run.goal(Goal.PLANNING_CPU_PER_COMMAND, Figure.atMost("planning-service CPU per command, direct closed loop, " + clients + " clients"
                        + (appCost == null ? "" : " (the minimal Axon app: "
                        + number(appCost.millisPerCommand(MinimalAxonAppPhase.PROCESS)) + " ms)"),
                directCost.millisPerCommand("planning-service"), "ms", "bound", PLANNING_CPU_MS_PER_COMMAND));
        BenchmarkRun.PathCost gatewayCost = run.costs().get(GATEWAY_PATH);
        for (String service : SERVICES) {
            run.figure(Figure.plain("CPU per command through the gateway (closed loop): " + service,
                    gatewayCost.millisPerCommand(service), "ms"));
        }
        run.figure(Figure.plain("Commands/s through the gateway end to end (closed loop until projected; the open"
                + " loop runs at half this)", endToEndMaximum, "cmd/s"));
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
