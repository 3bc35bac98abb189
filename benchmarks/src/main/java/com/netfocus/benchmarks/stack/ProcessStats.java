package com.netfocus.benchmarks.stack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Memory and CPU of a process from Linux's /proc: VmRSS (resident now), VmHWM (peak resident), and the CPU time
 * (user + system, in clock ticks) from /proc/[pid]/stat. Absent (zero) where /proc is not there.
 */
public record ProcessStats(long pid, long rssKib, long peakRssKib, long cpuTicks) {

    /** Clock ticks per second of /proc/[pid]/stat (USER_HZ); 100 on every Linux this runs on. */
    public static final double TICKS_PER_SECOND = 100.0;

    public static ProcessStats of(long pid) {
        return new ProcessStats(pid, statusKib(pid, "VmRSS:"), statusKib(pid, "VmHWM:"), cpuTicks(pid));
    }

    public double rssMib() {
        return rssKib / 1024.0;
    }

    public double peakRssMib() {
        return peakRssKib / 1024.0;
    }

    /** CPU seconds (user + system) the process has used since it started. */
    public double cpuSeconds() {
        return cpuTicks / TICKS_PER_SECOND;
    }

    /** CPU used between {@code earlier} and this sample, as a percentage of one core over {@code seconds}. */
    public double cpuPercentSince(ProcessStats earlier, double seconds) {
        if (seconds <= 0) {
            return 0;
        }
        return (cpuTicks - earlier.cpuTicks) / TICKS_PER_SECOND / seconds * 100.0;
    }

    private static long statusKib(long pid, String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.substring(field.length()).replace("kB", "").trim());
                }
            }
        } catch (IOException | RuntimeException gone) {
            // the process ended, or this is not Linux
        }
        return 0;
    }

    private static long cpuTicks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            // the command name (field 2) may hold spaces and parentheses: count fields after its closing ')'
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
            // fields[0] is field 3 (state); utime is field 14, stime field 15
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }

    public static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
