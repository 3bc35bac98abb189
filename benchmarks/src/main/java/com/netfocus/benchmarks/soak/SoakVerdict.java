package com.netfocus.benchmarks.soak;

import java.util.List;

/**
 * The verdicts of a soak run, from its samples alone (no I/O, unit-tested):
 * <ul>
 * <li>memory flat: a process's last sample is at most {@code maxGrowthPercent} above its first sample after the
 * warm-up (the JIT, caches and pools fill during the warm-up; growth after it is what a leak looks like);</li>
 * <li>no errors: no answer outside 2xx (the synthetic clients send only valid requests, so no 4xx is expected)
 * and no request that timed out;</li>
 * <li>lag flat: the projection lag p99 of the last minute is at most {@code factor} times that of the first minute
 * after the warm-up, or at most {@code slackMillis} above it (a p99 of a few dozen probes is noisy at small values),
 * and no lag probe after the warm-up waited in vain (a change never seen is lag without end, or a lost event).
 * </li>
 * </ul>
 */
public final class SoakVerdict {

    private SoakVerdict() {
    }

    /** One measurement of one process, at seconds since the soak began. */
    public record Sample(double seconds, double value) {
    }

    /** Reference (first sample at or after the warm-up), end (last sample), growth in percent, verdict. */
    public record Growth(double reference, double end, double percent, Boolean flat) {
    }

    /** Lag p99 of the reference minute and of the last minute, and the verdict. */
    public record LagTrend(double referenceP99, double lastP99, Boolean flat) {
    }

    public static Growth growth(List<Sample> samples, double warmUpSeconds, double maxGrowthPercent) {
        Sample reference = samples.stream().filter(s -> s.seconds() >= warmUpSeconds && !Double.isNaN(s.value()))
                .findFirst().orElse(null);
        Sample end = samples.isEmpty() ? null : samples.get(samples.size() - 1);
        if (reference == null || end == null || end == reference || Double.isNaN(end.value())
                || reference.value() <= 0) {
            // nothing after the warm-up to compare: no verdict rather than a false PASS
            return new Growth(reference == null ? Double.NaN : reference.value(),
                    end == null ? Double.NaN : end.value(), Double.NaN, null);
        }
        double percent = (end.value() - reference.value()) / reference.value() * 100.0;
        return new Growth(reference.value(), end.value(), percent, percent <= maxGrowthPercent);
    }

    /**
     * {@code p99PerMinute}: the lag p99 of each minute in order (NaN for a minute without probes);
     * {@code warmUpMinutes}: how many first minutes are warm-up.
     */
    public static LagTrend lag(List<Double> p99PerMinute, long timedOutAfterWarmUp, int warmUpMinutes, double factor,
                               double slackMillis) {
        Double reference = p99PerMinute.stream().skip(warmUpMinutes).filter(v -> !Double.isNaN(v)).findFirst()
                .orElse(null);
        Double last = null;
        for (int i = p99PerMinute.size() - 1; i >= warmUpMinutes; i--) {
            if (!Double.isNaN(p99PerMinute.get(i))) {
                last = p99PerMinute.get(i);
                break;
            }
        }
        if (reference == null || last == null) {
            return new LagTrend(reference == null ? Double.NaN : reference, last == null ? Double.NaN : last, null);
        }
        boolean flat = timedOutAfterWarmUp == 0 && (last <= reference * factor || last <= reference + slackMillis);
        return new LagTrend(reference, last, flat);
    }

    public static boolean noErrors(long failedAnswers) {
        return failedAnswers == 0;
    }

    /** PASS, MISS, or n/a when there was nothing to judge. */
    public static String word(Boolean verdict) {
        return verdict == null ? "n/a" : verdict ? "PASS" : "MISS";
    }
}
