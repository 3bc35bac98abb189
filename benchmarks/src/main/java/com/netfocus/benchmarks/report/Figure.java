package com.netfocus.benchmarks.report;

/**
 * One measured figure beside what it is measured against: its limit (a raw rate of the same servers in the same
 * run, or a fixed bound), the ratio, and its target with the verdict (null where no target applies).
 */
public record Figure(String name, double value, String unit, String limitName, Double limit, Double ratio,
                     String target, String verdict) {

    public static Figure plain(String name, double value, String unit) {
        return new Figure(name, value, unit, null, null, null, null, null);
    }

    /** Ratio value/limit, passing when it is at least {@code minRatio}. */
    public static Figure atLeastShare(String name, double value, String unit, String limitName, double limit,
                                      double minRatio) {
        double ratio = limit > 0 ? value / limit : Double.NaN;
        return new Figure(name, value, unit, limitName, limit, ratio,
                String.format("≥ %.0f %% of the limit", minRatio * 100), ratio >= minRatio ? "PASS" : "MISS");
    }

    /** Passing when the value reaches the bound. */
    public static Figure atLeast(String name, double value, String unit, String limitName, double bound) {
        double ratio = bound > 0 ? value / bound : Double.NaN;
        return new Figure(name, value, unit, limitName, bound, ratio,
                String.format("≥ %s %s", trim(bound), unit), value >= bound ? "PASS" : "MISS");
    }

    /** Passing when the value stays at or under the bound. */
    public static Figure atMost(String name, double value, String unit, String limitName, double bound) {
        double ratio = bound > 0 ? value / bound : Double.NaN;
        return new Figure(name, value, unit, limitName, bound, ratio,
                String.format("≤ %s %s", trim(bound), unit), value <= bound ? "PASS" : "MISS");
    }

    /** Passing when value/limit stays at or under {@code maxRatio} (e.g. 1.2x of a fresh plan). */
    public static Figure atMostTimes(String name, double value, String unit, String limitName, double limit,
                                     double maxRatio) {
        double ratio = limit > 0 ? value / limit : Double.NaN;
        return new Figure(name, value, unit, limitName, limit, ratio,
                String.format("≤ %sx", trim(maxRatio)), ratio <= maxRatio ? "PASS" : "MISS");
    }

    /** Passing when there is none: a count of what must not happen (non-2xx answers in a measured phase). */
    public static Figure none(String name, long count, String unit) {
        return new Figure(name, count, unit, null, null, null, "none", count == 0 ? "PASS" : "MISS");
    }

    static String trim(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format("%.2f", value);
    }
}
