package com.netfocus.benchmarks.phase;

import com.netfocus.benchmarks.history.AggregateLoadBenchmark;
import com.netfocus.benchmarks.report.Figure;
import com.netfocus.benchmarks.run.BenchmarkOptions;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static com.netfocus.benchmarks.report.ReportWriter.number;
import static com.netfocus.benchmarks.run.RunLog.log;

/** A command's time against the length of its plan's history, with and without snapshots, cold and cached. */
public final class AggregateLoadPhase implements Phase {

    private static final double SNAPSHOT_MAX_RATIO = 1.2;

    private List<AggregateLoadBenchmark.Variant> variants;

    @Override
    public boolean runsWith(BenchmarkOptions options) {
        return options.history();
    }

    @Override
    public void measure(BenchmarkRun run) throws Exception {
        BenchmarkOptions options = run.options();
        log("aggregate load time against history length " + options.historySizes() + " ...");
        variants = AggregateLoadBenchmark.run(run.stack(), options.historySizes(), options.historyWarmSamples(),
                options.historyWithoutSnapshots(), run.stamp());
        run.record("aggregateLoad", variants);
    }

    @Override
    public void addFigures(BenchmarkRun run) {
        StringBuilder table = new StringBuilder("\n### Aggregate load time against history length\n\n"
                + "Median milliseconds of one progress command. cold = first command after a restart of the service "
                + "(the aggregate is loaded from the store); warm = aggregate in the cache. Without snapshots: only with "
                + "--history-without-snapshots.\n\n"
                + "| events in the plan | with snapshots: cold | warm | without snapshots: cold | warm |\n"
                + "|---:|---:|---:|---:|---:|\n");
        AggregateLoadBenchmark.Variant with = variants.get(0);
        AggregateLoadBenchmark.Variant without = variants.size() > 1 ? variants.get(1)
                : new AggregateLoadBenchmark.Variant("without snapshots (not measured)", Map.of(), Map.of(), Double.NaN,
                Double.NaN, 0, 0);
        table.append(String.format(Locale.ROOT, "| 2 (fresh) | %s | %s | %s | %s |%n", number(with.freshColdMillis()),
                number(with.freshWarmMillis()), number(without.freshColdMillis()), number(without.freshWarmMillis())));
        for (Integer size : with.coldMillis().keySet()) {
            table.append(String.format(Locale.ROOT, "| %,d | %s | %s | %s | %s |%n", size,
                    number(with.coldMillis().get(size)), number(with.warmMillis().get(size)),
                    number(without.coldMillis().getOrDefault(size, Double.NaN)),
                    number(without.warmMillis().getOrDefault(size, Double.NaN))));
        }
        run.details(table.toString());
        int largest = with.coldMillis().keySet().stream().max(Comparator.naturalOrder()).orElse(0);
        run.figure(Figure.atMostTimes("Command on a " + largest + "-event plan with snapshots, cold load",
                with.coldMillis().get(largest), "ms", "same on a fresh plan", with.freshColdMillis(),
                SNAPSHOT_MAX_RATIO));
        run.figure(Figure.atMostTimes("Command on a " + largest + "-event plan with snapshots, cached",
                with.warmMillis().get(largest), "ms", "same on a fresh plan", with.freshWarmMillis(),
                SNAPSHOT_MAX_RATIO));
        if (variants.size() > 1) {
            run.figure(Figure.plain("Command on a " + largest + "-event plan WITHOUT snapshots, cold load (x"
                    + number(without.coldMillis().getOrDefault(largest, Double.NaN) / without.freshColdMillis())
                    + " of fresh)", without.coldMillis().getOrDefault(largest, Double.NaN), "ms"));
        }
    }
}
