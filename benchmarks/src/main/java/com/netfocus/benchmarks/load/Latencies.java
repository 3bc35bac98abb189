package com.netfocus.benchmarks.load;

import java.util.Arrays;

/** Durations recorded by many threads, summarised as percentiles (nearest rank) in milliseconds. */
public final class Latencies {

    private long[] nanos = new long[1024];
    private int count;
    private long failures;

    public synchronized void record(long durationNanos) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = durationNanos;
    }

    public synchronized void failure() {
        failures++;
    }

    public synchronized int count() {
        return count;
    }

    public synchronized long failures() {
        return failures;
    }

    /** All durations and failures of the given recorders in one, for a percentile over several periods. */
    public static Latencies pooled(Iterable<Latencies> parts) {
        Latencies pooled = new Latencies();
        for (Latencies part : parts) {
            pooled.absorb(part);
        }
        return pooled;
    }

    /** Adds every duration and failure of another recorder to this one. */
    public void absorb(Latencies other) {
        long[] durations;
        long otherFailures;
        synchronized (other) {
            durations = Arrays.copyOf(other.nanos, other.count);
            otherFailures = other.failures;
        }
        synchronized (this) {
            for (long duration : durations) {
                record(duration);
            }
            failures += otherFailures;
        }
    }

    public synchronized Summary summary() {
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        return new Summary(count, failures, percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99),
                count == 0 ? Double.NaN : sorted[count - 1] / 1e6,
                count == 0 ? Double.NaN : Arrays.stream(sorted).average().orElse(0) / 1e6);
    }

    static double percentile(long[] sorted, double percent) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }

    /** Milliseconds. */
    public record Summary(int count, long failures, double p50, double p95, double p99, double max, double mean) {
    }
}
