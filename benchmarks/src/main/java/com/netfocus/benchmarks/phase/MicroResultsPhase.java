package com.netfocus.benchmarks.phase;

import com.fasterxml.jackson.databind.JsonNode;
import com.netfocus.benchmarks.micro.MicroReport;
import com.netfocus.benchmarks.report.Figure;
import com.netfocus.contracts.plan.PlanEventCodec;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The JMH results of the last {@code ./benchmark.sh micro} (micro-latest.json), beside this run's figures: the
 * recommendation scoring against its bound, the SMART assessment as measured.
 */
public final class MicroResultsPhase implements Phase {

    @Override
    public void measure(BenchmarkRun run) {
        // measured by ./benchmark.sh micro, in JVMs of its own
    }

    @Override
    public void addFigures(BenchmarkRun run) {
        Path micro = run.options().resultsDirectory().resolve("micro-latest.json");
        if (!Files.exists(micro)) {
            run.figure(Figure.plain("Recommendation 10,000 platforms x 50 targets: run ./benchmark.sh micro",
                    Double.NaN, "ms"));
            return;
        }
        try {
            JsonNode results = PlanEventCodec.mapper().readTree(micro.toFile());
            for (JsonNode result : results) {
                String benchmark = result.path("benchmark").asText();
                double score = result.path("primaryMetric").path("score").asDouble();
                String unit = result.path("primaryMetric").path("scoreUnit").asText();
                String shortName = benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1);
                if (benchmark.contains("RecommendationScoring") && unit.startsWith("ms")) {
                    run.figure(Figure.atMost("JMH " + shortName + " " + result.path("params")
                            + " (micro-latest.json)", score, "ms", "bound", MicroReport.RECOMMENDATION_TARGET_MS));
                } else {
                    run.figure(Figure.plain("JMH " + shortName + " " + result.path("params"), score, unit));
                }
            }
        } catch (Exception e) {
            run.figure(Figure.plain("JMH results unreadable: " + e.getMessage(), Double.NaN, ""));
        }
    }
}
