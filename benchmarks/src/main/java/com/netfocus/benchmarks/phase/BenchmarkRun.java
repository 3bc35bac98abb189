package com.netfocus.benchmarks.phase;

import com.netfocus.benchmarks.load.Api;
import com.netfocus.benchmarks.load.Latencies;
import com.netfocus.benchmarks.load.LoadResult;
import com.netfocus.benchmarks.load.WarmUpCurve;
import com.netfocus.benchmarks.report.Figure;
import com.netfocus.benchmarks.report.JfrHotMethods;
import com.netfocus.benchmarks.run.BenchmarkOptions;
import com.netfocus.benchmarks.stack.BenchStack;
import com.netfocus.benchmarks.stack.GcPauses;
import com.netfocus.benchmarks.stack.KafkaOffsets;
import com.netfocus.benchmarks.stack.PhaseMeter;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
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
    private static final int TOP_FRAMES = 12;
    /** How much of a failed phase's exception the goals table repeats (the log has all of it). */
    private static final int FAILURE_CHARACTERS = 200;

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
    /** Per path, per process: the JFR summary (JfrHotMethods.Hot), or why it is missing. */
    private final Map<String, Map<String, Object>> profiles = new LinkedHashMap<>();
    private final List<WarmUpCurve> warmUps = new ArrayList<>();
    private final Map<String, PathCost> costs = new LinkedHashMap<>();
    private final Map<Goal, List<Figure>> goals = new EnumMap<>(Goal.class);
    private final Map<String, PhaseErrors> errors = new LinkedHashMap<>();
    private final Map<String, String> failedPhases = new LinkedHashMap<>();

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

    /** A figure the suite has a goal for: the report lists these first, in the goals' order. */
    void goal(Goal goal, Figure figure) {
        goals.computeIfAbsent(goal, g -> new ArrayList<>()).add(figure);
    }

    public List<Figure> goals() {
        return goals.values().stream().flatMap(List::stream).toList();
    }

    /** How a path warmed up before it was measured. */
    void warmedUp(WarmUpCurve curve) {
        warmUps.add(curve);
        json.put("warmUp", warmUps);
    }

    List<WarmUpCurve> warmUps() {
        return warmUps;
    }

    /** What the processes spent on a path's commands: its phase usage beside its number of commands. */
    void cost(String path, long commands, Map<String, PhaseMeter.Usage> usage) {
        costs.put(path, new PathCost(commands, usage));
        json.put("cpuPerCommand", costs);
    }

    Map<String, PathCost> costs() {
        return costs;
    }

    /** A path's commands and each process's CPU while it ran. */
    record PathCost(long commands, Map<String, PhaseMeter.Usage> usage) {

        /** Milliseconds of CPU a process spent per command; NaN for a process not in the phase. */
        double millisPerCommand(String process) {
            PhaseMeter.Usage used = usage.get(process);
            return used == null || commands == 0 ? Double.NaN : used.cpuSeconds() / commands * 1000;
        }
    }

    /** A measured phase's answers and how many were not 2xx, with the first few of those. */
    record PhaseErrors(long answers, long errors, List<String> samples) {
    }

    /**
     * Records a measured phase's non-2xx answers (each counts, whatever its status: the benchmark sends only what
     * the suite should accept) as a goal figure: a phase with any is a MISS.
     */
    void errors(String phase, long answers, long errorCount, List<String> samples) {
        errors.put(phase, new PhaseErrors(answers, errorCount, List.copyOf(samples)));
        json.put("errorsByPhase", errors);
        goal(Goal.NO_ERRORS, Figure.none("Non-2xx answers, " + phase + " (of " + answers + ")", errorCount,
                "answers"));
        if (errorCount > 0) {
            log(String.format(Locale.ROOT, "  %s: %d non-2xx answers of %d, e.g. %s", phase, errorCount, answers,
                    samples.isEmpty() ? "(none kept)" : samples.get(0)));
        }
    }

    /** A phase that could not finish: a goal figure that misses, and why in the log and the JSON. */
    public void failed(Phase phase, Exception failure) {
        String name = phase.getClass().getSimpleName();
        log("phase " + name + " FAILED: " + failure);
        failure.printStackTrace();
        failedPhases.put(name, String.valueOf(failure));
        json.put("failedPhases", failedPhases);
        String why = String.valueOf(failure).replace('|', '/').replaceAll("\\s+", " ");
        goal(Goal.NO_ERRORS, Figure.none("Phase " + name + " failed: "
                + why.substring(0, Math.min(why.length(), FAILURE_CHARACTERS)), 1, "failure"));
    }

    /** A phase left out because one it builds on did not measure. */
    public void skipped(Phase phase, Phase missing) {
        String name = phase.getClass().getSimpleName();
        String why = "skipped: it builds on " + missing.getClass().getSimpleName() + ", which did not measure";
        log("phase " + name + " " + why);
        failedPhases.put(name, why);
        json.put("failedPhases", failedPhases);
    }

    Map<String, PhaseErrors> errors() {
        return errors;
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

    /** Records a load phase's rates, latencies (overall and per command) and errors, and logs its summary. */
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
        log(String.format(Locale.ROOT, "  %s: %.1f commands/s, p50 %.1f ms, p99 %.1f ms, max %.1f ms, %d non-2xx",
                phase, result.commandsPerSecond(), s.p50(), s.p99(), s.max(), s.failures()));
        errors(phase, s.count() + s.failures(), s.failures(), result.failureSamples());
    }

    /** Reads where a process spent its CPU on a path from its JFR recording (the report's "where the time goes"). */
    void profile(String path, String process, Path file) {
        Map<String, Object> byProcess = profiles.computeIfAbsent(path, p -> new LinkedHashMap<>());
        try {
            byProcess.put(process, JfrHotMethods.read(file, TOP_FRAMES));
        } catch (Exception e) {
            byProcess.put(process, "unreadable: " + e.getMessage());
        }
        json.put("jfr", profiles);
    }

    Map<String, Map<String, Object>> profiles() {
        return profiles;
    }
}
