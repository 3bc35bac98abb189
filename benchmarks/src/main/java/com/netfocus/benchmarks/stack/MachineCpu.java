package com.netfocus.benchmarks.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The CPU every process on the machine has used (Linux's /proc/stat, first line: user, nice, system, idle, iowait,
 * irq, softirq, steal, in clock ticks): beside the run's own processes it shows what else was running, and whether
 * the cores were saturated. Zero where /proc is not there.
 */
public final class MachineCpu {

    private static final int USER = 0;
    private static final int NICE = 1;
    private static final int SYSTEM = 2;
    private static final int IRQ = 5;
    private static final int SOFT_IRQ = 6;
    private static final int STEAL = 7;

    private MachineCpu() {
    }

    /** Busy CPU seconds of all cores together since the machine started. */
    public static double busySeconds() {
        try {
            return busySeconds(Files.readAllLines(Path.of("/proc/stat")).get(0));
        } catch (IOException | RuntimeException notLinux) {
            return 0;
        }
    }

    static double busySeconds(String cpuLine) {
        String[] fields = cpuLine.trim().split("\\s+");
        long ticks = 0;
        for (int field : new int[]{USER, NICE, SYSTEM, IRQ, SOFT_IRQ, STEAL}) {
            if (field + 1 < fields.length) {
                ticks += Long.parseLong(fields[field + 1]);
            }
        }
        return ticks / ProcessStats.TICKS_PER_SECOND;
    }

    public static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }
}
