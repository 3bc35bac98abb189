package com.netfocus.benchmarks.phase;

import com.netfocus.benchmarks.load.Api;
import com.netfocus.benchmarks.load.ClosedLoop;
import com.netfocus.benchmarks.load.EndlessScripts;
import com.netfocus.benchmarks.load.LoadResult;
import com.netfocus.benchmarks.load.TallyScript;
import com.netfocus.benchmarks.report.Figure;
import com.netfocus.benchmarks.run.BenchmarkOptions;
import com.netfocus.benchmarks.stack.BenchStack;
import com.netfocus.benchmarks.stack.ExtraService;
import com.netfocus.benchmarks.stack.LauncherJar;
import com.netfocus.benchmarks.stack.PhaseMeter;
import com.netfocus.benchmarks.stack.ServiceHandle;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.netfocus.benchmarks.run.RunLog.log;

/**
 * The baseline of the command path: a minimal Spring Boot + Axon app (baseline.minimalapp) started as its own
 * process with the services' JVM options, storing in a database of its own on the same MongoDB wire server, driven
 * by the same closed loop, clients and commands per aggregate as the direct closed loop, warmed up the same way and
 * measured as long (twice --loop-seconds). Netfocus's direct rate and CPU per command are set beside it.
 */
public final class MinimalAxonAppPhase implements Phase {

    static final String PATH = "minimal Axon app";
    static final String PROCESS = "minimal Axon app";
    /** Its main class, named rather than loaded: Spring and Axon are not on this JVM's classpath. */
    static final String MAIN_CLASS = "com.netfocus.benchmarks.baseline.minimalapp.MinimalAxonApp";
    static final String CLASSPATH_FILE = "benchmarks/target/minimal-axon-app-classpath.txt";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    private static final double DIRECT_SHARE = 0.5;

    private final WorkloadPhase workload;
    private final ClosedLoopsPhase closedLoops;
    private LoadResult app;

    public MinimalAxonAppPhase(WorkloadPhase workload, ClosedLoopsPhase closedLoops) {
        this.workload = workload;
        this.closedLoops = closedLoops;
    }

    @Override
    public boolean runsWith(BenchmarkOptions options) {
        return options.minimalApp();
    }

    @Override
    public List<Phase> builtOn() {
        return List.of(workload, closedLoops);
    }

    @Override
    public void measure(BenchmarkRun run) throws Exception {
        BenchmarkOptions options = run.options();
        BenchStack stack = run.stack();
        Path jar = LauncherJar.write(stack.dataDirectory().resolve("minimal-axon-app.jar"), MAIN_CLASS,
                LauncherJar.ownClasspathAnd(options.projectRoot().resolve(CLASSPATH_FILE)));
        Map<String, String> env = Map.of(
                "MONGODB_URI", stack.mongoUri(),
                "MINIMAL_APP_DATABASE", "bench-minimal-axon-app-" + run.stamp(),
                // Axon asks AxonIQ for updates at start-up; this machine has no way out
                "AXONIQ_UPDATE_CHECKER_DISABLED", "true");
        log("minimal Axon app: starting it beside the suite ...");
        try (ExtraService process = new ExtraService("minimal-axon-app", jar, env, stack.serviceJavaOptions(),
                stack.logDirectory())) {
            process.start();
            process.awaitHealthy(START_TIMEOUT);
            Map<String, ServiceHandle> processes = new LinkedHashMap<>(stack.processes());
            processes.put(PROCESS, new ServiceHandle(PROCESS, process.pid()));
            List<Api> api = List.of(Api.plain(process.url()));
            int commandsPerTally = workload.scale().commands();
            EndlessScripts<TallyScript> tallies = new EndlessScripts<>(i -> new TallyScript(commandsPerTally));
            WarmUpPhase.logged(run, ClosedLoop.warmUp(PATH, tallies, api, options.clients(), WarmUpPhase.rule(run)));
            Map<String, ServiceHandle> profiled = new LinkedHashMap<>();
            profiled.put(PROCESS, processes.get(PROCESS));
            profiled.put(BenchStack.HOST_JVM, processes.get(BenchStack.HOST_JVM));
            ServiceProfiles profiles = new ServiceProfiles(run, PATH, profiled).start();
            PhaseMeter meter = PhaseMeter.start(processes);
            app = ClosedLoop.timed(tallies, api, options.clients(), Duration.ofSeconds(2L * options.loopSeconds()))
                    .load();
            Map<String, PhaseMeter.Usage> usage = meter.stop();
            profiles.stop();
            run.usage("minimalAxonApp", usage);
            run.report("minimalAxonApp", app);
            run.cost(PATH, app.latencies().count(), usage);
        }
    }

    @Override
    public void addFigures(BenchmarkRun run) {
        int clients = run.options().clients();
        run.goal(Goal.DIRECT_VS_MINIMAL_APP, Figure.atLeastShare("Commands/s direct to planning-service, closed loop, " + clients
                        + " clients, beside the minimal Axon app (same store, clients, commands per aggregate)",
                closedLoops.direct().commandsPerSecond(), "cmd/s", PATH, app.commandsPerSecond(), DIRECT_SHARE));
        BenchmarkRun.PathCost cost = run.costs().get(PATH);
        run.figure(Figure.plain("Minimal Axon app: CPU per command (" + clients + " clients)",
                cost.millisPerCommand(PROCESS), "ms"));
        run.figure(Figure.plain("Minimal Axon app: the store's JVM CPU per command (benchmark JVM, load driver "
                + "included)", cost.millisPerCommand(BenchStack.HOST_JVM), "ms"));
    }
}
