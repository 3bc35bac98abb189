package com.netfocus.benchmarks.micro;

import com.fasterxml.jackson.databind.JsonNode;
import com.netfocus.contracts.plan.PlanEventCodec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/**
 * Turns a JMH JSON result into micro-latest.md (and copies it to micro-latest.json, which the main benchmark
 * report picks up), with the recommendation target (10,000 platforms x 50 targets under 20 ms).
 * Arguments: the JMH result file, the results directory.
 */
public final class MicroReport {

    /** The recommendation scoring's target: 10,000 platforms ranked for 50 targets within this time. */
    public static final double RECOMMENDATION_TARGET_MS = 20;

    private MicroReport() {
    }

    public static void main(String[] args) throws Exception {
        Path result = Path.of(args[0]);
        Path directory = Path.of(args[1]);
        JsonNode results = PlanEventCodec.mapper().readTree(result.toFile());
        StringBuilder md = new StringBuilder("# Netfocus micro-benchmarks (JMH)\n\nFrom `" + result.getFileName()
                + "`. Load average after the run: `" + Files.readString(Path.of("/proc/loadavg")).trim() + "`.\n\n"
                + "| benchmark | params | score | error (99.9 %) | target | verdict |\n|---|---|---:|---:|---|---|\n");
        for (JsonNode r : results) {
            String benchmark = r.path("benchmark").asText();
            JsonNode metric = r.path("primaryMetric");
            double score = metric.path("score").asDouble();
            String unit = metric.path("scoreUnit").asText();
            boolean recommendation = benchmark.contains("RecommendationScoring");
            md.append(String.format(Locale.ROOT, "| %s | %s | %.3f %s | %.3f | %s | %s |%n",
                    benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1),
                    r.path("params").isMissingNode() ? "" : r.path("params").toString(), score, unit,
                    metric.path("scoreError").asDouble(),
                    recommendation ? "< 20 ms" : "",
                    recommendation ? (score < RECOMMENDATION_TARGET_MS ? "**PASS**" : "**MISS**") : ""));
        }
        Files.createDirectories(directory);
        Files.writeString(directory.resolve("micro-latest.md"), md.toString());
        Files.copy(result, directory.resolve("micro-latest.json"), StandardCopyOption.REPLACE_EXISTING);
        System.out.println(md);
    }
}
