package com.netfocus.benchmarks.phase;

import com.netfocus.benchmarks.load.ClosedLoop;
import com.netfocus.benchmarks.load.WarmUpCurve;
import com.netfocus.benchmarks.report.JfrHotMethods;
import com.netfocus.benchmarks.stack.BenchStack;
import com.netfocus.benchmarks.stack.PhaseMeter;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

import static com.netfocus.benchmarks.report.ReportWriter.number;

/**
 * The report's sections across phases: how each path warmed up, each process's CPU per command on each path, and
 * where the time went on each path (JFR).
 */
public final class ReportSections {

    private static final int LIBRARIES_LISTED = 8;
    private static final int FRAMES_LISTED = 8;
    private static final int CELL_CHARACTERS = 300;

    private ReportSections() {
    }

    public static String of(BenchmarkRun run) {
        return errors(run.errors()) + warmUps(run.warmUps()) + cpuPerCommand(run.costs())
                + whereTheTimeGoes(run.profiles());
    }

    static String warmUps(List<WarmUpCurve> curves) {
        StringBuilder md = new StringBuilder("\n### Warm-up of each measured path\n\n"
                + "Closed loop with the run's clients until the commands per " + ClosedLoop.WINDOW.toSeconds()
                + " s window were flat (the last three within 10 % of each other and not above the three before"
                + " by more than 10 %), or the cap. Commands/s per window, in order.\n\n"
                + "| path | flat | seconds | commands | non-2xx | commands/s per window |\n"
                + "|---|---|---:|---:|---:|---|\n");
        for (WarmUpCurve curve : curves) {
            md.append("| ").append(curve.path()).append(" | ").append(curve.flat() ? "yes" : "**no (capped)**")
                    .append(" | ").append(number(curve.seconds())).append(" | ").append(curve.commands()).append(" | ")
                    .append(curve.errors()).append(" | ")
                    .append(curve.rates().stream().map(rate -> number(rate)).collect(Collectors.joining(" "))).append(" |\n");
        }
        return md.toString();
    }

    static String errors(Map<String, BenchmarkRun.PhaseErrors> errors) {
        StringBuilder md = new StringBuilder("\n### Non-2xx answers per measured phase\n\n"
                + "Every answer that was not 2xx counts, whatever its status: the benchmark sends only what the suite"
                + " should accept, so a phase with any is a MISS.\n\n"
                + "| phase | answers | non-2xx | verdict | first of them |\n|---|---:|---:|---|---|\n");
        errors.forEach((phase, counted) -> md.append("| ").append(phase).append(" | ").append(counted.answers())
                .append(" | ").append(counted.errors()).append(" | ").append(counted.errors() == 0 ? "PASS" : "MISS")
                .append(" | ").append(counted.samples().isEmpty() ? "" : cell(counted.samples().get(0)))
                .append(" |\n"));
        return md.toString();
    }

    /** Text fit for a table cell: on one line, no column separator, not too long. */
    private static String cell(String text) {
        String oneLine = text.replace('|', '/').replaceAll("\\s+", " ");
        return oneLine.length() <= CELL_CHARACTERS ? oneLine : oneLine.substring(0, CELL_CHARACTERS) + " ...";
    }

    static String cpuPerCommand(Map<String, BenchmarkRun.PathCost> costs) {
        Set<String> processes = new LinkedHashSet<>();
        costs.values().forEach(cost -> processes.addAll(ScalingLimit.processes(cost.usage())));
        StringBuilder md = new StringBuilder("\n### CPU per command (ms) on each path\n\n"
                + "Each process's CPU time (/proc) over the path's measured load, divided by the commands answered."
                + " The benchmark JVM hosts the embedded MongoDB wire server and Kafka broker and runs the load"
                + " driver: its own rows split the two (the driver's threads, measured per thread).\n\n| process |");
        costs.keySet().forEach(path -> md.append(' ').append(path).append(" |"));
        md.append("\n|---|");
        costs.keySet().forEach(path -> md.append("---:|"));
        md.append("\n| commands |");
        costs.values().forEach(cost -> md.append(' ').append(cost.commands()).append(" |"));
        md.append('\n');
        for (String process : processes) {
            row(md, process, costs, cost -> cost.millisPerCommand(process));
        }
        row(md, "of the benchmark JVM: the load driver", costs, cost -> cost.millisPerCommand(PhaseMeter.LOAD_DRIVER));
        row(md, "the benchmark JVM without the load driver (store, Kafka, its GC and JIT)", costs,
                cost -> cost.millisPerCommand(BenchStack.HOST_JVM) - cost.millisPerCommand(PhaseMeter.LOAD_DRIVER));
        row(md, "whole machine", costs, cost -> cost.millisPerCommand(PhaseMeter.MACHINE));
        row(md, "other processes (not this run)", costs, cost -> cost.millisPerCommand(PhaseMeter.MACHINE)
                - ScalingLimit.processes(cost.usage()).stream().mapToDouble(cost::millisPerCommand).sum());
        return md.toString();
    }

    private static void row(StringBuilder md, String name, Map<String, BenchmarkRun.PathCost> costs,
                            ToDoubleFunction<BenchmarkRun.PathCost> millis) {
        md.append("| ").append(name).append(" |");
        costs.values().forEach(cost -> md.append(' ').append(number(millis.applyAsDouble(cost))).append(" |"));
        md.append('\n');
    }

    static String whereTheTimeGoes(Map<String, Map<String, Object>> profiles) {
        if (profiles.isEmpty()) {
            return "";
        }
        StringBuilder md = new StringBuilder("\n### Where the time goes (JFR)\n\n"
                + "Execution samples of each process while the path was measured, by the library whose work each"
                + " sample was (the first frame from the top that is not the JDK's own); then the top frames by self"
                + " time. Java threads only: the collector and the compiler are not sampled.\n");
        profiles.forEach((path, byProcess) -> {
            md.append("\n#### ").append(path).append("\n\n| process | samples | by library |\n|---|---:|---|\n");
            byProcess.forEach((process, profile) -> {
                if (profile instanceof JfrHotMethods.Hot hot) {
                    md.append("| ").append(process).append(" | ").append(hot.samples()).append(" | ")
                            .append(shares(hot.byLibrary(), hot.samples(), LIBRARIES_LISTED)).append(" |\n");
                } else {
                    md.append("| ").append(process).append(" | | ").append(profile).append(" |\n");
                }
            });
            md.append('\n');
            byProcess.forEach((process, profile) -> {
                if (profile instanceof JfrHotMethods.Hot hot) {
                    md.append("- top frames, ").append(process).append(": ")
                            .append(shares(hot.topSelf(), hot.samples(), FRAMES_LISTED)).append('\n');
                }
            });
        });
        return md.toString();
    }

    private static String shares(Map<String, Long> counts, long samples, int listed) {
        return counts.entrySet().stream().limit(listed)
                .map(entry -> String.format(Locale.ROOT, "%s %.0f %%", entry.getKey(),
                        samples == 0 ? 0.0 : entry.getValue() * 100.0 / samples))
                .collect(Collectors.joining(", "));
    }
}
