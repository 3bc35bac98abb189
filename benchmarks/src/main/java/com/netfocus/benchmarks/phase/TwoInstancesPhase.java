package com.netfocus.benchmarks.phase;

import com.netfocus.benchmarks.load.Api;
import com.netfocus.benchmarks.load.ClosedLoop;
import com.netfocus.benchmarks.load.LoadResult;
import com.netfocus.benchmarks.report.Figure;
import com.netfocus.benchmarks.run.BenchmarkOptions;
import com.netfocus.benchmarks.stack.BenchStack;
import com.netfocus.benchmarks.stack.MachineCpu;
import com.netfocus.benchmarks.stack.PhaseMeter;
import com.netfocus.benchmarks.stack.SecondPlanning;
import com.netfocus.benchmarks.stack.ServiceHandle;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static com.netfocus.benchmarks.run.RunLog.log;

/**
 * Two planning-service instances against one: a second instance on the same store and Kafka (BenchStack), the
 * closed loop's clients shared out between the two (each plan stays on one instance, as a sticky load balancer
 * would keep it), warmed up until flat, then measured for --loop-seconds, as one instance right before it; and what
 * limited the pair ({@link ScalingLimit}). The second instance stops at the end of the phase.
 */
public final class TwoInstancesPhase implements Phase {

    static final String ONE = "one planning instance";
    static final String TWO = "two planning instances";
    private static final double SCALING_TARGET = 1.6;

    private final WorkloadPhase workload;
    private LoadResult one;
    private LoadResult two;
    private String limit;

    public TwoInstancesPhase(WorkloadPhase workload) {
        this.workload = workload;
    }

    @Override
    public boolean runsWith(BenchmarkOptions options) {
        return options.twoInstances();
    }

    @Override
    public List<Phase> builtOn() {
        return List.of(workload);
    }

    @Override
    public void measure(BenchmarkRun run) throws Exception {
        BenchmarkOptions options = run.options();
        BenchStack stack = run.stack();
        Duration measured = Duration.ofSeconds(options.loopSeconds());
        log("two planning instances: starting a second one on the same store and Kafka ...");
        try (SecondPlanning second = stack.startSecondPlanning()) {
            Map<String, ServiceHandle> processes = new LinkedHashMap<>(stack.processes());
            processes.put(SecondPlanning.NAME, second.handle());
            List<Api> both = List.of(run.planning(), Api.direct(second.url(), stack.identitySecret()));

            run.awaitProjections();
            log("  one instance, " + measured.toSeconds() + " s ...");
            PhaseMeter oneMeter = PhaseMeter.start(processes);
            one = ClosedLoop.timed(workload.directPlans(), List.of(run.planning()), options.clients(), measured).load();
            Map<String, PhaseMeter.Usage> oneUsage = oneMeter.stop();
            run.report("oneInstance", one);
            run.cost(ONE, one.latencies().count(), oneUsage);
            run.awaitProjections();

            WarmUpPhase.logged(run, ClosedLoop.warmUp(TWO, workload.directPlans(), both, options.clients(),
                    WarmUpPhase.rule(run)));
            run.awaitProjections();
            log("  two instances, " + measured.toSeconds() + " s ...");
            PhaseMeter twoMeter = PhaseMeter.start(processes);
            two = ClosedLoop.timed(workload.directPlans(), both, options.clients(), measured).load();
            Map<String, PhaseMeter.Usage> twoUsage = twoMeter.stop();
            run.report("twoInstances", two);
            run.usage("twoInstances", twoUsage);
            run.cost(TWO, two.latencies().count(), twoUsage);
            limit = ScalingLimit.of(twoUsage, BenchStack.HOST_JVM, MachineCpu.cores());
            run.record("twoInstancesLimit", limit);
            log("  limited by " + limit);
        }
        run.awaitProjections();
    }

    @Override
    public void addFigures(BenchmarkRun run) {
        run.goal(Goal.TWO_INSTANCES, Figure.atLeastShare("Two planning instances vs one, closed loop, " + run.options().clients()
                        + " clients shared out; limited by " + limit, two.commandsPerSecond(), "cmd/s",
                ONE, one.commandsPerSecond(), SCALING_TARGET));
    }
}
