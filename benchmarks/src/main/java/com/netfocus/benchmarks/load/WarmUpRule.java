package com.netfocus.benchmarks.load;

import java.time.Duration;
import java.util.List;

/**
 * When a path is warm: its throughput per window ({@link ClosedLoop#WINDOW}) has stopped changing. The last
 * {@code flatWindows} windows lie within {@code tolerance} of each other (the slowest at least
 * {@code 1 - tolerance} of the fastest), and they are not still rising: their mean is at most {@code 1 + tolerance}
 * times the mean of the {@code flatWindows} windows before them. With the full JIT a path's throughput climbs for a
 * minute or more while C2 compiles (on two cores 70-90 s; a 15 s warm-up measured it 2-4x low), slowly enough that
 * three windows alone can look flat on the way up. Gives up at {@code cap}.
 */
public record WarmUpRule(Duration cap, int flatWindows, double tolerance) {

    public static final int FLAT_WINDOWS = 3;
    public static final double TOLERANCE = 0.10;

    public static WarmUpRule capped(Duration cap) {
        return new WarmUpRule(cap, FLAT_WINDOWS, TOLERANCE);
    }

    public boolean flat(List<Double> rates) {
        if (rates.size() < 2 * flatWindows) {
            return false;
        }
        List<Double> last = rates.subList(rates.size() - flatWindows, rates.size());
        List<Double> before = rates.subList(rates.size() - 2 * flatWindows, rates.size() - flatWindows);
        double fastest = last.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        double slowest = last.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        return fastest > 0 && slowest >= (1 - tolerance) * fastest && mean(last) <= (1 + tolerance) * mean(before);
    }

    private static double mean(List<Double> rates) {
        return rates.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }
}
