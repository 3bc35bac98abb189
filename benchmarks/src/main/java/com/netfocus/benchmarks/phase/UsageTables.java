package com.netfocus.benchmarks.phase;

import com.netfocus.benchmarks.stack.GcPauses;
import com.netfocus.benchmarks.stack.PhaseMeter;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.netfocus.benchmarks.report.ReportWriter.number;

/** The report's detail tables of what the processes used: RSS and CPU per phase, and GC pauses per phase. */
public final class UsageTables {

    private static final List<String> CPU_PHASES = List.of("closedLoopGateway", "closedLoopDirect", "openLoopGateway",
            "queries");

    private UsageTables() {
    }

    @SuppressWarnings("unchecked")
    public static String processes(Map<String, Object> processUsage) {
        StringBuilder md = new StringBuilder("\n### Processes: RSS (MiB) and CPU (% of one core) per phase\n\n");
        Map<String, Double> idle = (Map<String, Double>) processUsage.get("idleRssMibAfterStart");
        Map<String, Double> after = (Map<String, Double>) processUsage.get("idleRssMibAfterLoad");
        Map<String, Double> peak = (Map<String, Double>) processUsage.get("peakRssMib");
        md.append("| process | idle RSS after start | idle RSS after load | peak RSS |");
        CPU_PHASES.forEach(p -> md.append(" CPU ").append(p).append(" |"));
        md.append("\n|---|---:|---:|---:|");
        CPU_PHASES.forEach(p -> md.append("---:|"));
        md.append('\n');
        if (idle == null) {
            return md.toString();
        }
        for (String name : idle.keySet()) {
            md.append("| ").append(name).append(" | ").append(number(idle.get(name))).append(" | ")
                    .append(after == null ? "" : number(after.getOrDefault(name, Double.NaN))).append(" | ")
                    .append(peak == null ? "" : number(peak.getOrDefault(name, Double.NaN))).append(" |");
            for (String phase : CPU_PHASES) {
                Map<String, PhaseMeter.Usage> usage = (Map<String, PhaseMeter.Usage>) processUsage.get(phase);
                md.append(' ').append(usage == null || usage.get(name) == null ? ""
                        : number(usage.get(name).cpuPercent())).append(" |");
            }
            md.append('\n');
        }
        return md.toString();
    }

    public static String gcPauses(Map<String, Map<String, GcPauses>> gcPauses) {
        StringBuilder md = new StringBuilder("\n### Stop-the-world GC pauses per phase\n\n"
                + "Young: count / longest ms; full: count / longest ms; total ms. Every request and consumer of a JVM"
                + " waits while it pauses, so a long pause shows in the tail of what was measured meanwhile.\n\n"
                + "| process |");
        gcPauses.keySet().forEach(phase -> md.append(' ').append(phase).append(" |"));
        md.append("\n|---|");
        gcPauses.keySet().forEach(phase -> md.append("---|"));
        md.append('\n');
        Set<String> processes = new LinkedHashSet<>();
        gcPauses.values().forEach(byProcess -> processes.addAll(byProcess.keySet()));
        for (String process : processes) {
            md.append("| ").append(process).append(" |");
            gcPauses.values().forEach(byProcess -> {
                GcPauses pauses = byProcess.get(process);
                md.append(' ').append(pauses == null ? "" : pauses.young() + " / " + number(pauses.youngMaxMs())
                        + "; " + pauses.full() + " / " + number(pauses.fullMaxMs()) + "; "
                        + number(pauses.totalMs())).append(" |");
            });
            md.append('\n');
        }
        return md.toString();
    }
}
