package com.netfocus.benchmarks.phase;

import com.netfocus.benchmarks.load.Api;
import com.netfocus.benchmarks.load.Latencies;
import com.netfocus.benchmarks.load.LoadResult;
import com.netfocus.benchmarks.report.Figure;
import com.netfocus.benchmarks.report.JfrHotMethods;
import com.netfocus.benchmarks.run.BenchmarkOptions;
import com.netfocus.benchmarks.stack.BenchStack;
import com.netfocus.benchmarks.stack.GcPauses;
import com.netfocus.benchmarks.stack.KafkaOffsets;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static com.netfocus.benchmarks.run.RunLog.log;

/**
 * One benchmark run on a started suite, and what its phases record in it: everything measured (the report's JSON),
 * the figures, the detail sections, each phase's process usage and GC pauses.
 */
public final class BenchmarkRun {

    private static final Duration CATCH_UP_TIMEOUT = Duration.ofMinutes(10);

    private final BenchmarkOptions options;
    private final String stamp;
    private final BenchStack stack;
    private final Api gateway;
    private final Api planning;
    private final Map<String, Object> json;
    private final List<Figure> figures;
    private final StringBuilder details = new StringBuilder();
    private final Map<String, Object> processUsage = new LinkedHashMap<>();
    /** Per phase, per process: the collections' pauses. */
    private final Map<String, Map<String, GcPauses>> gcPauses = new LinkedHashMap<>();
    private final Map<String, Object> jfr = new LinkedHashMap<>();

    public BenchmarkRun(BenchmarkOptions options, String stamp, BenchStack stack, Map<String, Object> json,
                        List<Figure> figures) {
        this.options = options;
        this.stamp = stamp;
        this.stack = stack;
        this.gateway = Api.gateway(stack.gatewayUrl());
        this.planning = Api.direct(stack.planningUrl(), stack.identitySecret());
        this.json = json;
        this.figures = figures;
    }

    public BenchmarkOptions options() {
        return options;
    }

    public String stamp() {
        return stamp;
    }

    public BenchStack stack() {
        return stack;
    }

    /** Through the gateway, a bearer token per rep. */
    Api gateway() {
        return gateway;
    }

    /** Straight to planning-service, with the caller headers the gateway would seal. */
    Api planning() {
        return planning;
    }

    void record(String key, Object value) {
        json.put(key, value);
    }

    Object recorded(String key) {
        return json.get(key);
    }

    void figure(Figure figure) {
        figures.add(figure);
    }

    void details(String section) {
        details.append(section);
    }

    public String details() {
        return details.toString();
    }

    void usage(String phase, Object usage) {
        processUsage.put(phase, usage);
    }

    public Map<String, Object> processUsage() {
        return processUsage;
    }

    void pauses(String phase, Map<String, GcPauses> pauses) {
        gcPauses.put(phase, pauses);
    }

    public Map<String, Map<String, GcPauses>> gcPauses() {
        return gcPauses;
    }

    /** Where the JFR recordings of this run go. */
    Path jfrDirectory() {
        return options.resultsDirectory().resolve("jfr-" + stamp);
    }

    /** Seconds until every projection's consumer group has caught up with the plan-event topic. */
    double awaitProjections() throws InterruptedException {
        try (KafkaOffsets offsets = new KafkaOffsets(stack.kafkaBootstrapServers())) {
            return offsets.awaitCaughtUp(KafkaOffsets.PROJECTION_GROUPS, KafkaOffsets.PLAN_EVENTS, CATCH_UP_TIMEOUT);
        }
    }

    /** Records a load phase's rates, latencies (overall and per command) and refusals, and logs its summary. */
    void report(String phase, LoadResult result) {
        Map<String, Object> phaseJson = new LinkedHashMap<>();
        phaseJson.put("commandsPerSecond", result.commandsPerSecond());
        phaseJson.put("seconds", result.totalSeconds());
        phaseJson.put("latencyMs", result.latencies().summary());
        Map<String, Object> kinds = new LinkedHashMap<>();
        result.byKind().forEach((kind, latencies) -> kinds.put(kind.name(), latencies.summary()));
        phaseJson.put("latencyMsByCommand", kinds);
        phaseJson.put("failuresByStatus", result.failuresByStatus());
        phaseJson.put("failureSamples", result.failureSamples());
        json.put(phase, phaseJson);
        Latencies.Summary s = result.latencies().summary();
        log(String.format(Locale.ROOT, "  %s: %.1f commands/s, p50 %.1f ms, p99 %.1f ms, max %.1f ms, %d refused %s",
                phase, result.commandsPerSecond(), s.p50(), s.p99(), s.max(), s.failures(),
                result.failureSamples().isEmpty() ? "" : result.failureSamples().get(0)));
    }

    /** Records where a process spent its CPU in a JFR recording, in the JSON and as a detail section. */
    void hotMethods(String what, Path file) {
        try {
            JfrHotMethods.Hot methods = JfrHotMethods.read(file, 25);
            jfr.put(what, methods);
            details.append("\n### JFR, ").append(what).append(" (").append(methods.samples())
                    .append(" execution samples, ").append(file.getFileName()).append(")\n\nTop frames (self):\n\n");
            methods.topSelf().forEach((m, n) -> details.append("- ").append(n).append("  ").append(m).append('\n'));
            details.append("\nFrames anywhere in the sampled stacks (netfocus, Axon, MongoDB driver, wire server, "
                    + "Kafka, gateway):\n\n");
            methods.topTotal().forEach((m, n) -> details.append("- ").append(n).append("  ").append(m).append('\n'));
        } catch (Exception e) {
            jfr.put(what, "unreadable: " + e.getMessage());
        }
        json.put("jfr", jfr);
    }
}
