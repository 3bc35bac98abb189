package com.netfocus.benchmarks.phase;

import com.netfocus.benchmarks.history.StoreGrowthBenchmark;
import com.netfocus.benchmarks.report.Figure;
import com.netfocus.benchmarks.run.BenchmarkOptions;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

import static com.netfocus.benchmarks.report.ReportWriter.number;
import static com.netfocus.benchmarks.run.RunLog.log;

/**
 * A command on a plan not in the cache, and a history read, at growing event-store sizes (--store-sizes, filled for
 * at most --store-fill-seconds): each within its bound at the largest size reached, and flat as the store grows.
 */
public final class StoreGrowthPhase implements Phase {

    private static final double BOUND_MS = 50;
    /** Flat: at the largest size at most this many times the smallest size's median. */
    private static final double FLAT_RATIO = 2;

    private List<StoreGrowthBenchmark.Point> points;

    @Override
    public boolean runsWith(BenchmarkOptions options) {
        return options.storeGrowth();
    }

    @Override
    public void measure(BenchmarkRun run) throws Exception {
        BenchmarkOptions options = run.options();
        log("store growth: a cache miss and a history read at " + options.storeSizes() + " events stored (filling for"
                + (options.storeFillSeconds() == 0 ? "as long as it takes" : " at most " + options.storeFillSeconds()
                + " s") + ") ...");
        points = StoreGrowthBenchmark.run(run.stack(), options.storeSizes(), options.storeSamples(),
                Duration.ofSeconds(options.storeFillSeconds()), run.stamp());
        run.record("storeGrowth", points);
        for (StoreGrowthBenchmark.Point point : points) {
            run.errors(String.format(Locale.ROOT, "store growth, %,d events", point.events()),
                    point.missMillis().size() + point.historyMillis().size() + point.failures(), point.failures(),
                    point.failureSamples());
        }
    }

    @Override
    public void addFigures(BenchmarkRun run) {
        StoreGrowthBenchmark.Point smallest = points.get(0);
        StoreGrowthBenchmark.Point largest = points.get(points.size() - 1);
        int asked = Collections.max(run.options().storeSizes());
        String size = String.format(Locale.ROOT, "%,d events stored", largest.events())
                + (largest.events() >= asked ? "" : String.format(Locale.ROOT, ", the largest the fill reached in %d s"
                + " of the %,d asked (--store-fill-seconds 0 fills them all)", run.options().storeFillSeconds(), asked));
        figures(run, "Command on a plan not in the cache", StoreGrowthBenchmark.Point::missMedian,
                StoreGrowthBenchmark.Point::missMax, smallest, largest, size);
        figures(run, "History read of a plan", StoreGrowthBenchmark.Point::historyMedian,
                StoreGrowthBenchmark.Point::historyMax, smallest, largest, size);
        StringBuilder table = new StringBuilder("\n### Store growth: a cache miss and a history read\n\n"
                + "A planning-service of its own; its store filled with copies of a plan of 22 events. Milliseconds"
                + " on plans the service had never loaded: a command (the plan read from the store), then the plan's"
                + " history.\n\n| events stored | filled after s | command, cache miss: median / max | history"
                + " read: median / max | failed |\n|---:|---:|---:|---:|---:|\n");
        for (StoreGrowthBenchmark.Point point : points) {
            table.append(String.format(Locale.ROOT, "| %,d%s | %s | %s / %s | %s / %s | %d |%n", point.events(),
                    point.reachedAsked() ? "" : " (time ran out)", number(point.fillSeconds()),
                    number(point.missMedian()), number(point.missMax()), number(point.historyMedian()),
                    number(point.historyMax()), point.failures()));
        }
        run.details(table.toString());
    }

    private static void figures(BenchmarkRun run, String what, ToDoubleFunction<StoreGrowthBenchmark.Point> median,
                                ToDoubleFunction<StoreGrowthBenchmark.Point> max, StoreGrowthBenchmark.Point smallest,
                                StoreGrowthBenchmark.Point largest, String size) {
        double atLargest = median.applyAsDouble(largest);
        run.goal(Goal.STORE_GROWTH, Figure.atMost(what + ", median (" + size + "; max " + number(max.applyAsDouble(largest)) + " ms)",
                atLargest, "ms", "bound", BOUND_MS));
        run.goal(Goal.STORE_GROWTH, Figure.atMostTimes(String.format(Locale.ROOT, "%s: flat as the store grows from %,d to %,d events",
                        what, smallest.events(), largest.events()), atLargest, "ms",
                String.format(Locale.ROOT, "median at %,d events", smallest.events()), median.applyAsDouble(smallest),
                FLAT_RATIO));
    }
}
