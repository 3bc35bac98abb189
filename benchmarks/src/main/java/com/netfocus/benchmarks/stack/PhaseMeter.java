package com.netfocus.benchmarks.stack;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CPU of each process over one phase (percent of one core), and its RSS at the end of the phase. A phase may be
 * measured in parts ({@link #pause()}, {@link #resume()}): the gaps between them count neither in its CPU nor in its
 * time.
 */
public final class PhaseMeter {

    private final Map<String, ServiceHandle> processes;
    private final Map<String, ProcessStats> before = new LinkedHashMap<>();
    private final Map<String, Double> cpuSecondsOfEarlierParts = new LinkedHashMap<>();
    private double secondsOfEarlierParts;
    private long begun;

    private PhaseMeter(Map<String, ServiceHandle> processes) {
        this.processes = processes;
        resume();
    }

    /** Ends a part of the phase: what follows until {@link #resume()} is not measured. */
    public void pause() {
        double seconds = (System.nanoTime() - begun) / 1e9;
        processes.forEach((name, handle) -> cpuSecondsOfEarlierParts.merge(name,
                handle.stats().cpuPercentSince(before.get(name), seconds) / 100.0 * seconds, Double::sum));
        secondsOfEarlierParts += seconds;
    }

    /** Begins the next part of the phase. */
    public void resume() {
        processes.forEach((name, handle) -> before.put(name, handle.stats()));
        begun = System.nanoTime();
    }

    public static PhaseMeter start(Map<String, ServiceHandle> processes) {
        return new PhaseMeter(processes);
    }

    public record Usage(double cpuPercent, double rssMib, double peakRssMib) {
    }

    public Map<String, Usage> stop() {
        double seconds = (System.nanoTime() - begun) / 1e9;
        double allSeconds = seconds + secondsOfEarlierParts;
        Map<String, Usage> usage = new LinkedHashMap<>();
        processes.forEach((name, handle) -> {
            ProcessStats now = handle.stats();
            double cpuSeconds = now.cpuPercentSince(before.get(name), seconds) / 100.0 * seconds
                    + cpuSecondsOfEarlierParts.getOrDefault(name, 0.0);
            usage.put(name, new Usage(allSeconds <= 0 ? 0 : cpuSeconds / allSeconds * 100.0, now.rssMib(),
                    now.peakRssMib()));
        });
        return usage;
    }
}
