package com.netfocus.benchmarks;

import com.netfocus.benchmarks.phase.AggregateLoadPhase;
import com.netfocus.benchmarks.phase.BenchmarkRun;
import com.netfocus.benchmarks.phase.ClientCurvePhase;
import com.netfocus.benchmarks.phase.ClosedLoopsPhase;
import com.netfocus.benchmarks.phase.EqualRatePhase;
import com.netfocus.benchmarks.phase.IdleAfterLoadPhase;
import com.netfocus.benchmarks.phase.MicroResultsPhase;
import com.netfocus.benchmarks.phase.MinimalAxonAppPhase;
import com.netfocus.benchmarks.phase.OpenLoopPhase;
import com.netfocus.benchmarks.phase.Phase;
import com.netfocus.benchmarks.phase.QueriesPhase;
import com.netfocus.benchmarks.phase.RawLimitsPhase;
import com.netfocus.benchmarks.phase.ReplayPhase;
import com.netfocus.benchmarks.phase.ReportSections;
import com.netfocus.benchmarks.phase.StartUpPhase;
import com.netfocus.benchmarks.phase.StoreGrowthPhase;
import com.netfocus.benchmarks.phase.TwoInstancesPhase;
import com.netfocus.benchmarks.phase.UsageTables;
import com.netfocus.benchmarks.phase.WarmUpPhase;
import com.netfocus.benchmarks.phase.WorkloadPhase;
import com.netfocus.benchmarks.report.Figure;
import com.netfocus.benchmarks.report.Machine;
import com.netfocus.benchmarks.report.ReportWriter;
import com.netfocus.benchmarks.run.BenchmarkOptions;
import com.netfocus.benchmarks.run.RunFiles;
import com.netfocus.benchmarks.run.RunLog;
import com.netfocus.benchmarks.stack.BenchStack;
import com.netfocus.benchmarks.stack.ProcessStats;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static com.netfocus.benchmarks.run.RunLog.log;

/**
 * The benchmark, one run: starts the suite as run-local.sh's launcher does (LocalStack), then runs its phases in
 * turn (see {@link #phases()}): a synthetic org through the gateway, each path warmed up until flat, closed loops
 * through the gateway and directly to planning-service (the gateway's overhead), the client curve, the minimal Axon
 * app beside the direct path, two planning instances, an open loop with projection-lag probes, queries, the raw
 * MongoDB and Kafka limits on the same servers, replay, aggregate load time and the store's growth; writes
 * benchmarks/results/benchmark-*.{json,md} and latest.{json,md}, the goals first. The soak run is SoakMain.
 */
public final class BenchmarkMain {

    private final BenchmarkOptions options;
    private final String stamp = RunFiles.stamp();
    private final Map<String, Object> json = new LinkedHashMap<>();
    private final List<Figure> figures = new ArrayList<>();

    private BenchmarkMain(BenchmarkOptions options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        RunLog.useLauncherLogging();
        BenchmarkOptions options;
        try {
            options = BenchmarkOptions.parse(args, RunFiles.projectRoot());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        new BenchmarkMain(options).run();
        System.exit(0);
    }

    /** The phases in the order they run (and report); a new phase is one more class, listed here. */
    private static List<Phase> phases() {
        WorkloadPhase workload = new WorkloadPhase();
        RawLimitsPhase rawLimits = new RawLimitsPhase();
        ClosedLoopsPhase closedLoops = new ClosedLoopsPhase(workload, rawLimits);
        return List.of(new StartUpPhase(), workload, new WarmUpPhase(workload), closedLoops,
                new ClientCurvePhase(workload), new MinimalAxonAppPhase(workload, closedLoops),
                new TwoInstancesPhase(workload), new EqualRatePhase(workload, closedLoops),
                new OpenLoopPhase(workload, closedLoops), new QueriesPhase(workload), rawLimits,
                new ReplayPhase(rawLimits), new AggregateLoadPhase(), new StoreGrowthPhase(),
                new IdleAfterLoadPhase(), new MicroResultsPhase());
    }

    private void run() throws Exception {
        Path runDirectory = options.projectRoot().resolve("benchmarks").resolve("target").resolve("run-" + stamp);
        json.put("run", stamp);
        json.put("machine", Machine.describe());
        json.put("options", options.toString());
        String loadBefore = ProcessStats.loadAverage();
        log("load average before: " + loadBefore);
        log("starting the suite (LocalStack) ...");
        BenchmarkRun run;
        try (BenchStack stack = BenchStack.start(options.projectRoot(), runDirectory, List.of())) {
            // Ctrl-C stops the suite's processes too (and whatever extra service is running stops with its close)
            Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "benchmark-stop"));
            log(String.format("suite ready in %.1f s (gateway %s)", stack.startSeconds(), stack.gatewayUrl()));
            run = new BenchmarkRun(options, stamp, stack, json, figures);
            List<Phase> measured = new ArrayList<>();
            for (Phase phase : phases().stream().filter(phase -> phase.runsWith(options)).toList()) {
                // a phase that fails is reported as failed, and the run goes on: the others' figures still count
                Optional<Phase> missing = phase.builtOn().stream().filter(base -> !measured.contains(base)).findFirst();
                if (missing.isPresent()) {
                    run.skipped(phase, missing.get());
                    continue;
                }
                try {
                    phase.measure(run);
                    measured.add(phase);
                } catch (Exception e) {
                    run.failed(phase, e);
                }
            }
            for (Phase phase : measured) {
                try {
                    phase.addFigures(run);
                } catch (RuntimeException e) {
                    run.failed(phase, e);
                }
            }
        }
        String loadAfter = ProcessStats.loadAverage();
        json.put("loadAverage", Map.of("before", loadBefore, "after", loadAfter));
        json.put("processes", run.processUsage());
        json.put("gcPauses", run.gcPauses());
        json.put("goals", run.goals());
        json.put("figures", figures);
        Path written = new ReportWriter().write(options.resultsDirectory(), stamp, json, figures,
                header(loadBefore, loadAfter) + "## Goals\n\n" + ReportWriter.table(run.goals())
                        + "\n## Every figure\n",
                run.details() + ReportSections.of(run) + UsageTables.processes(run.processUsage())
                        + UsageTables.gcPauses(run.gcPauses()));
        System.out.println();
        System.out.println(ReportWriter.table(run.goals()));
        log("report: " + written + " (and latest.md / latest.json beside it)");
        if (!options.keepData()) {
            RunFiles.deleteRunData(runDirectory);
        }
    }

    private String header(String loadBefore, String loadAfter) {
        @SuppressWarnings("unchecked")
        Map<String, Object> machine = (Map<String, Object>) json.get("machine");
        return "# Netfocus benchmark " + stamp + " (UTC)\n\n"
                + "Machine: " + Machine.line(machine) + ". Load average (1/5/15 min, runnable/total, last pid) before: `"
                + loadBefore + "`, after: `" + loadAfter + "`.\n\n"
                + "Infrastructure: " + json.get("infrastructure") + ".\n\n"
                + "Scale: " + options.teams() + " teams, " + options.reps() + " reps (one plan each), "
                + options.objectives() + " objectives, " + options.targets() + " targets, " + options.choices()
                + " platform choices, " + options.attendances() + " attendances per plan; catalog of "
                + options.platforms() + " platforms; " + options.clients() + " concurrent clients. Plans: "
                + json.get("plans") + ".\n\n";
    }
}
