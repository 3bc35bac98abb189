package com.netfocus.benchmarks.stack;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CPU of each process over one phase (seconds, and percent of one core), and its RSS at the end of the phase;
 * beside them the load driver's share of the benchmark JVM ({@link DriverCpu}) and the whole machine's CPU
 * ({@link MachineCpu}: every process, this run's or not). A phase may be measured in parts ({@link #pause()},
 * {@link #resume()}): the gaps between them count neither in its CPU nor in its time.
 */
public final class PhaseMeter {

    /** The load driver's threads, part of the benchmark JVM's CPU. */
    public static final String LOAD_DRIVER = "load driver (threads of the benchmark JVM)";
    /** Every process on the machine, in percent of one core (all cores busy: 100 x cores). */
    public static final String MACHINE = "whole machine (every process)";

    private final Map<String, Sampler> samplers = new LinkedHashMap<>();
    private final Map<String, Double> cpuSecondsBefore = new LinkedHashMap<>();
    private final Map<String, Double> cpuSecondsOfEarlierParts = new LinkedHashMap<>();
    private double secondsOfEarlierParts;
    private long begun;

    /** What a phase measures the CPU and memory of. */
    private interface Sampler {
        double cpuSeconds();

        double rssMib();

        double peakRssMib();
    }

    private PhaseMeter(Map<String, ServiceHandle> processes) {
        processes.forEach((name, handle) -> samplers.put(name, new Sampler() {
            @Override
            public double cpuSeconds() {
                return handle.stats().cpuSeconds();
            }

            @Override
            public double rssMib() {
                return handle.stats().rssMib();
            }

            @Override
            public double peakRssMib() {
                return handle.stats().peakRssMib();
            }
        }));
        samplers.put(LOAD_DRIVER, cpuOnly(DriverCpu::cpuSeconds));
        samplers.put(MACHINE, cpuOnly(MachineCpu::busySeconds));
        resume();
    }

    private static Sampler cpuOnly(java.util.function.DoubleSupplier cpuSeconds) {
        return new Sampler() {
            @Override
            public double cpuSeconds() {
                return cpuSeconds.getAsDouble();
            }

            @Override
            public double rssMib() {
                return Double.NaN;
            }

            @Override
            public double peakRssMib() {
                return Double.NaN;
            }
        };
    }

    public static PhaseMeter start(Map<String, ServiceHandle> processes) {
        return new PhaseMeter(processes);
    }

    /** Ends a part of the phase: what follows until {@link #resume()} is not measured. */
    public void pause() {
        samplers.forEach((name, sampler) -> cpuSecondsOfEarlierParts.merge(name,
                sampler.cpuSeconds() - cpuSecondsBefore.get(name), Double::sum));
        secondsOfEarlierParts += (System.nanoTime() - begun) / 1e9;
    }

    /** Begins the next part of the phase. */
    public void resume() {
        samplers.forEach((name, sampler) -> cpuSecondsBefore.put(name, sampler.cpuSeconds()));
        begun = System.nanoTime();
    }

    /** A process's CPU over the phase: seconds, and their share of the phase's time (percent of one core). */
    public record Usage(double cpuPercent, double cpuSeconds, double rssMib, double peakRssMib) {
    }

    public Map<String, Usage> stop() {
        double allSeconds = (System.nanoTime() - begun) / 1e9 + secondsOfEarlierParts;
        Map<String, Usage> usage = new LinkedHashMap<>();
        samplers.forEach((name, sampler) -> {
            double cpuSeconds = sampler.cpuSeconds() - cpuSecondsBefore.get(name)
                    + cpuSecondsOfEarlierParts.getOrDefault(name, 0.0);
            usage.put(name, new Usage(allSeconds <= 0 ? 0 : cpuSeconds / allSeconds * 100.0, cpuSeconds,
                    sampler.rssMib(), sampler.peakRssMib()));
        });
        return usage;
    }
}
