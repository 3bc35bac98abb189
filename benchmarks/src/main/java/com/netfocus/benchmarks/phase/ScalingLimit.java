package com.netfocus.benchmarks.phase;

import com.netfocus.benchmarks.stack.PhaseMeter;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What held a load back, from each process's CPU over it: the machine's cores all busy (a second instance can only
 * share them), else the JVM of the store (the embedded wire server) using a whole core, else neither (the clients'
 * round trips set the pace).
 */
final class ScalingLimit {

    /** Busy enough to count as saturated: of all cores for the machine, of one core for the store's JVM. */
    static final double SATURATED = 0.9;
    private static final int LISTED = 4;

    private ScalingLimit() {
    }

    /**
     * The limit in a sentence. {@code usage} holds each process, the load driver and the whole machine
     * (PhaseMeter); {@code storeHost} names the JVM of the store, whose load driver share is left out.
     */
    static String of(Map<String, PhaseMeter.Usage> usage, String storeHost, int cores) {
        double machine = usage.get(PhaseMeter.MACHINE).cpuPercent();
        double driver = usage.get(PhaseMeter.LOAD_DRIVER).cpuPercent();
        double store = usage.get(storeHost).cpuPercent() - driver;
        List<String> processes = processes(usage);
        double ours = processes.stream().mapToDouble(name -> usage.get(name).cpuPercent()).sum();
        String busiest = processes.stream()
                .sorted(Comparator.comparingDouble((String name) -> usage.get(name).cpuPercent()).reversed())
                .limit(LISTED)
                .map(name -> String.format(Locale.ROOT, "%s %.0f %%", name, usage.get(name).cpuPercent()))
                .collect(Collectors.joining(", "));
        String shares = String.format(Locale.ROOT, "(%% of one core: %s; the load driver %.0f %% of the benchmark JVM's;"
                + " other processes %.0f %%)", busiest, driver, Math.max(0, machine - ours));
        if (machine >= SATURATED * cores * 100) {
            return String.format(Locale.ROOT, "the machine's CPU: its %d cores were %.0f %% busy %s", cores,
                    machine / cores, shares);
        }
        if (store >= SATURATED * 100) {
            return String.format(Locale.ROOT, "the store: the wire server's JVM used %.0f %% of a core without the load"
                    + " driver %s", store, shares);
        }
        return "neither the cores nor the store was saturated: the clients' round trips set the pace " + shares;
    }

    /** The processes of a usage map, without the load driver and the machine. */
    static List<String> processes(Map<String, PhaseMeter.Usage> usage) {
        return usage.keySet().stream()
                .filter(name -> !name.equals(PhaseMeter.MACHINE) && !name.equals(PhaseMeter.LOAD_DRIVER)).toList();
    }
}
