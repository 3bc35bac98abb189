package com.netfocus.benchmarks.stack;

import java.util.LinkedHashMap;
import java.util.Map;

/** CPU of each process over one phase (percent of one core), and its RSS at the end of the phase. */
public final class PhaseMeter {

    private final Map<String, ServiceHandle> processes;
    private final Map<String, ProcessStats> before = new LinkedHashMap<>();
    private final long begun;

    private PhaseMeter(Map<String, ServiceHandle> processes) {
        this.processes = processes;
        processes.forEach((name, handle) -> before.put(name, handle.stats()));
        this.begun = System.nanoTime();
    }

    public static PhaseMeter start(Map<String, ServiceHandle> processes) {
        return new PhaseMeter(processes);
    }

    public record Usage(double cpuPercent, double rssMib, double peakRssMib) {
    }

    public Map<String, Usage> stop() {
        double seconds = (System.nanoTime() - begun) / 1e9;
        Map<String, Usage> usage = new LinkedHashMap<>();
        processes.forEach((name, handle) -> {
            ProcessStats now = handle.stats();
            usage.put(name, new Usage(now.cpuPercentSince(before.get(name), seconds), now.rssMib(), now.peakRssMib()));
        });
        return usage;
    }
}
