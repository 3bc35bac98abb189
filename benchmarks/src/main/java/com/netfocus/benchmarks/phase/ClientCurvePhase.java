package com.netfocus.benchmarks.phase;

import com.netfocus.benchmarks.load.ClientCurve;
import com.netfocus.benchmarks.load.ClosedLoop;
import com.netfocus.benchmarks.load.Latencies;
import com.netfocus.benchmarks.report.Figure;
import com.netfocus.benchmarks.run.BenchmarkOptions;
import com.netfocus.benchmarks.stack.BenchStack;
import com.netfocus.benchmarks.stack.PhaseMeter;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static com.netfocus.benchmarks.report.ReportWriter.number;
import static com.netfocus.benchmarks.run.RunLog.log;

/**
 * Commands per second straight to planning-service against the number of closed-loop clients (--curve-clients, each
 * for --curve-seconds after the projections have caught up), its knee, and whether it holds past the knee.
 */
public final class ClientCurvePhase implements Phase {

    private final WorkloadPhase workload;
    private final List<Measured> measured = new ArrayList<>();

    /** One point of the curve: its latencies and the CPU per command of planning-service and of the store's JVM. */
    record Measured(int clients, double commandsPerSecond, Latencies.Summary latency, double planningCpuPercent,
                            double planningMillisPerCommand, double hostMillisPerCommand) {
    }

    public ClientCurvePhase(WorkloadPhase workload) {
        this.workload = workload;
    }

    @Override
    public boolean runsWith(BenchmarkOptions options) {
        return options.curve();
    }

    @Override
    public List<Phase> builtOn() {
        return List.of(workload);
    }

    @Override
    public void measure(BenchmarkRun run) throws Exception {
        BenchmarkOptions options = run.options();
        Duration each = Duration.ofSeconds(options.curveSeconds());
        log("client curve direct to planning-service: " + options.curveClients() + " clients, " + each.toSeconds()
                + " s each ...");
        for (int clients : options.curveClients()) {
            run.awaitProjections();
            PhaseMeter meter = PhaseMeter.start(run.stack().processes());
            ClosedLoop.Run point = ClosedLoop.timed(workload.directPlans(), List.of(run.planning()), clients, each);
            Map<String, PhaseMeter.Usage> usage = meter.stop();
            BenchmarkRun.PathCost cost = new BenchmarkRun.PathCost(point.load().latencies().count(), usage);
            Measured m = new Measured(clients, point.load().commandsPerSecond(), point.load().latencies().summary(),
                    usage.get("planning-service").cpuPercent(), cost.millisPerCommand("planning-service"),
                    cost.millisPerCommand(BenchStack.HOST_JVM));
            measured.add(m);
            run.errors("client curve, " + clients + " clients", m.latency().count() + m.latency().failures(),
                    m.latency().failures(), point.load().failureSamples());
            log(String.format(Locale.ROOT, "  %d clients: %.1f commands/s, p50 %.1f ms, p99 %.1f ms, planning CPU %.0f %%",
                    clients, m.commandsPerSecond(), m.latency().p50(), m.latency().p99(), m.planningCpuPercent()));
        }
        run.record("clientCurve", measured);
    }

    @Override
    public void addFigures(BenchmarkRun run) {
        ClientCurve curve = new ClientCurve(measured.stream()
                .map(m -> new ClientCurve.Point(m.clients(), m.commandsPerSecond())).toList());
        ClientCurve.Point knee = curve.knee();
        ClientCurve.Point lowest = curve.lowestPastKnee();
        run.goal(Goal.CLIENT_CURVE, new Figure(String.format(Locale.ROOT, "Client curve direct to planning-service: knee at %d clients "
                        + "(%s cmd/s); past it at least %s cmd/s (%d clients)", knee.clients(),
                number(knee.commandsPerSecond()), number(lowest.commandsPerSecond()), lowest.clients()),
                lowest.commandsPerSecond(), "cmd/s", "highest point", curve.highest(),
                lowest.commandsPerSecond() / curve.highest(),
                "no drop past the knee (≥ " + Math.round(ClientCurve.NEAR_MAXIMUM * 100) + " % of the highest)",
                curve.holdsPastKnee() ? "PASS" : "MISS"));
        StringBuilder table = new StringBuilder("\n### Client curve, direct to planning-service\n\n"
                + "Each point a closed loop of " + run.options().curveSeconds() + " s after the projections had caught "
                + "up. CPU per command in ms.\n\n"
                + "| clients | commands/s | p50 ms | p99 ms | planning CPU % of a core | planning CPU/command |"
                + " benchmark JVM CPU/command |\n|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Measured m : measured) {
            table.append("| ").append(m.clients()).append(" | ").append(number(m.commandsPerSecond())).append(" | ")
                    .append(number(m.latency().p50())).append(" | ").append(number(m.latency().p99())).append(" | ")
                    .append(number(m.planningCpuPercent())).append(" | ").append(number(m.planningMillisPerCommand()))
                    .append(" | ").append(number(m.hostMillisPerCommand())).append(" |\n");
        }
        run.details(table.toString());
    }
}
