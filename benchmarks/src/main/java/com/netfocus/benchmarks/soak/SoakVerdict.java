package com.netfocus.benchmarks.soak;

import com.netfocus.benchmarks.load.Latencies;

import java.util.ArrayList;
import java.util.List;

/**
 * The verdicts of a soak run, from its samples alone (no I/O, unit-tested):
 * <ul>
 * <li>memory flat: the trend line (Theil-Sen) through a process's samples after the warm-up rises by at most
 * {@code maxGrowthPercent} from the first of those samples to the last (the JIT, caches and pools fill during the
 * warm-up; a steady rise after it is what a leak looks like, and the median of the pairwise slopes keeps one high
 * or low sample, taken in a burst of work or just after a collection, from deciding the verdict);</li>
 * <li>no errors: no answer outside 2xx (the synthetic clients send only valid requests, so no 4xx is expected)
 * and no request that timed out;</li>
 * <li>lag flat: the projection lag p99 over the second half of the minutes after the warm-up is at most
 * {@code factor} times that over the first half, or at most {@code slackMillis} above it. The probes of each half
 * are pooled: a minute holds a few dozen probes, whose p99 is their maximum, so one slow probe would decide a
 * minute-against-minute verdict. No lag probe after the warm-up may have waited in vain either (a change never
 * seen is lag without end, or a lost event).</li>
 * </ul>
 */
public final class SoakVerdict {

    private SoakVerdict() {
    }

    /** One measurement of one process, at seconds since the soak began. */
    public record Sample(double seconds, double value) {
    }

    /** The fitted value at the first sample after the warm-up and at the last, growth in percent, verdict. */
    public record Growth(double reference, double end, double percent, Boolean flat) {
    }

    /**
     * Lag p99 of the first and of the second half of the minutes after the warm-up (minutes numbered from 1), and
     * the verdict.
     */
    public record LagTrend(double referenceP99, int referenceFirstMinute, int referenceLastMinute, double lastP99,
                           int lastFirstMinute, int lastLastMinute, long timedOut, Boolean flat) {
    }

    public static Growth growth(List<Sample> samples, double warmUpSeconds, double maxGrowthPercent) {
        List<Sample> after = samples.stream()
                .filter(s -> s.seconds() >= warmUpSeconds && !Double.isNaN(s.value())).toList();
        if (after.size() < 2) {
            // nothing after the warm-up to compare: no verdict rather than a false PASS
            return new Growth(after.isEmpty() ? Double.NaN : after.get(0).value(), Double.NaN, Double.NaN, null);
        }
        // Theil-Sen: the median of the slopes between every two samples, and the median intercept for it. Unlike a
        // least-squares line, one sample taken in the middle of a burst of work (at the very end, say) cannot tilt it.
        List<Double> slopes = new ArrayList<>();
        for (int i = 0; i < after.size(); i++) {
            for (int j = i + 1; j < after.size(); j++) {
                double run = after.get(j).seconds() - after.get(i).seconds();
                if (run > 0) {
                    slopes.add((after.get(j).value() - after.get(i).value()) / run);
                }
            }
        }
        double slope = slopes.isEmpty() ? 0 : median(slopes);
        double intercept = median(after.stream().map(sample -> sample.value() - slope * sample.seconds()).toList());
        double reference = intercept + slope * after.get(0).seconds();
        double end = intercept + slope * after.get(after.size() - 1).seconds();
        if (reference <= 0) {
            return new Growth(reference, end, Double.NaN, null);
        }
        double percent = (end - reference) / reference * 100.0;
        return new Growth(reference, end, percent, percent <= maxGrowthPercent);
    }

    /**
     * {@code perMinute}: the lag probes of each minute in order; {@code warmUpMinutes}: how many first minutes are
     * warm-up. Minutes without probes count for neither half.
     */
    public static LagTrend lag(List<Latencies> perMinute, int warmUpMinutes, double factor, double slackMillis) {
        List<Integer> minutes = new ArrayList<>();
        long timedOut = 0;
        for (int i = warmUpMinutes; i < perMinute.size(); i++) {
            timedOut += perMinute.get(i).failures();
            if (perMinute.get(i).count() > 0) {
                minutes.add(i);
            }
        }
        if (minutes.size() < 2) {
            return new LagTrend(Double.NaN, 0, 0, Double.NaN, 0, 0, timedOut, null);
        }
        List<Integer> first = minutes.subList(0, minutes.size() / 2);
        List<Integer> second = minutes.subList(minutes.size() / 2, minutes.size());
        double reference = Latencies.pooled(first.stream().map(perMinute::get).toList()).summary().p99();
        double last = Latencies.pooled(second.stream().map(perMinute::get).toList()).summary().p99();
        boolean flat = timedOut == 0 && (last <= reference * factor || last <= reference + slackMillis);
        return new LagTrend(reference, first.get(0) + 1, first.get(first.size() - 1) + 1, last, second.get(0) + 1,
                second.get(second.size() - 1) + 1, timedOut, flat);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    public static boolean noErrors(long failedAnswers) {
        return failedAnswers == 0;
    }

    /** PASS, MISS, or n/a when there was nothing to judge. */
    public static String word(Boolean verdict) {
        return verdict == null ? "n/a" : verdict ? "PASS" : "MISS";
    }
}
