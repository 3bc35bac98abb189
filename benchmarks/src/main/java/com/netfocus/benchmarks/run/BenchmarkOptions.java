package com.netfocus.benchmarks.run;

import com.netfocus.benchmarks.load.CatalogLayout;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The scale and the phases of one benchmark run, from {@code --name value} flags; the soak run reads its scale from
 * them too. The defaults are the reference scale: 20 teams, 400 reps (one plan each), 3 objectives, 10 targets, 15
 * platform choices and 8 attendances per plan, a catalog of 5,000 platforms. JFR profiles are on unless --no-jfr
 * (--jfr is still understood).
 */
public record BenchmarkOptions(
        int teams,
        int reps,
        int objectives,
        int targets,
        int choices,
        int attendances,
        int platforms,
        int probePlatforms,
        int clients,
        double openLoopRate,
        int openLoopSeconds,
        int queries,
        int recommendationClients,
        int querySeconds,
        List<Integer> historySizes,
        int historyWarmSamples,
        int warmUpCapSeconds,
        int loopSeconds,
        List<Integer> curveClients,
        int curveSeconds,
        List<Integer> storeSizes,
        int storeFillSeconds,
        int storeSamples,
        int replayEvents,
        boolean replay,
        boolean history,
        boolean historyWithoutSnapshots,
        boolean baselines,
        boolean minimalApp,
        boolean curve,
        boolean twoInstances,
        boolean storeGrowth,
        boolean jfr,
        int mongoBaselineDocuments,
        int kafkaBaselineRecords,
        Path projectRoot,
        Path resultsDirectory,
        boolean keepData) {

    /** Flags that take no value, besides every --no-... */
    private static final List<String> SWITCHES = List.of("jfr", "keep-data", "help", "history-without-snapshots");

    static final String USAGE = """
            ./benchmark.sh [--reps 400] [--teams 20] [--objectives 3] [--targets 10] [--choices 15]
                           [--attendances 8] [--platforms 5000] [--probe-platforms 300] [--clients 16]
                           [--open-rate 0 (= half the end-to-end maximum)] [--open-seconds 90]
                           [--queries 2000]
                           [--recommendation-clients 2] [--query-seconds 90]
                           [--history-sizes 10,100,1000,10000] [--history-without-snapshots]
                           [--warm-up-cap 90] [--loop-seconds 15]
                           [--curve-clients 1,2,4,8,16,32] [--curve-seconds 10]
                           [--store-sizes 10000,100000,1000000] [--store-fill-seconds 60 (0 = no limit)]
                           [--store-samples 5] [--replay-events 20000 (0 = the whole topic)]
                           [--no-replay] [--no-history] [--no-baselines] [--no-minimal-app] [--no-curve]
                           [--no-two-instances] [--no-store-growth] [--no-jfr]
                           [--mongo-docs 20000] [--kafka-records 50000] [--results benchmarks/results]
                           [--keep-data]
            ./benchmark.sh micro     (JMH: SMART assessment, recommendation scoring)
            ./benchmark.sh soak      (10 minutes at half the maximum: memory, errors, lag; soak --help)""";

    public static BenchmarkOptions parse(String[] args, Path projectRoot) {
        Map<String, String> values = new HashMap<>();
        List<String> switches = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + arg + "\n" + USAGE);
            }
            String name = arg.substring(2);
            if (name.startsWith("no-") || SWITCHES.contains(name)) {
                switches.add(name);
            } else if (i + 1 < args.length) {
                values.put(name, args[++i]);
            } else {
                throw new IllegalArgumentException("--" + name + " needs a value\n" + USAGE);
            }
        }
        if (switches.contains("help")) {
            throw new IllegalArgumentException(USAGE);
        }
        List<String> known = List.of("teams", "reps", "objectives", "targets", "choices", "attendances", "platforms",
                "probe-platforms", "clients", "open-rate", "open-seconds", "queries", "recommendation-clients", "query-seconds",
                "history-sizes", "history-warm-samples", "warm-up-cap", "loop-seconds", "curve-clients",
                "curve-seconds", "store-sizes", "store-fill-seconds", "store-samples", "replay-events", "mongo-docs",
                "kafka-records", "results");
        values.keySet().stream().filter(key -> !known.contains(key)).findFirst().ifPresent(key -> {
            throw new IllegalArgumentException("unknown option --" + key + "\n" + USAGE);
        });
        BenchmarkOptions options = new BenchmarkOptions(
                integer(values, "teams", 20),
                integer(values, "reps", 400),
                integer(values, "objectives", 3),
                integer(values, "targets", 10),
                integer(values, "choices", 15),
                integer(values, "attendances", 8),
                integer(values, "platforms", 5000),
                integer(values, "probe-platforms", 300),
                integer(values, "clients", 16),
                Double.parseDouble(values.getOrDefault("open-rate", "0")),
                integer(values, "open-seconds", 90),
                integer(values, "queries", 2000),
                integer(values, "recommendation-clients", 2),
                integer(values, "query-seconds", 90),
                integers(values, "history-sizes", "10,100,1000,10000"),
                integer(values, "history-warm-samples", 20),
                integer(values, "warm-up-cap", 90),
                integer(values, "loop-seconds", 15),
                integers(values, "curve-clients", "1,2,4,8,16,32"),
                integer(values, "curve-seconds", 10),
                integers(values, "store-sizes", "10000,100000,1000000"),
                integer(values, "store-fill-seconds", 60),
                integer(values, "store-samples", 5),
                integer(values, "replay-events", 20_000),
                !switches.contains("no-replay"),
                !switches.contains("no-history"),
                switches.contains("history-without-snapshots"),
                !switches.contains("no-baselines"),
                !switches.contains("no-minimal-app"),
                !switches.contains("no-curve"),
                !switches.contains("no-two-instances"),
                !switches.contains("no-store-growth"),
                !switches.contains("no-jfr"),
                integer(values, "mongo-docs", 20_000),
                integer(values, "kafka-records", 50_000),
                projectRoot,
                projectRoot.resolve(values.getOrDefault("results", "benchmarks/results")),
                switches.contains("keep-data"));
        options.check();
        return options;
    }

    private void check() {
        require(teams >= 1 && reps >= teams, "need at least one team and one rep per team");
        require(objectives >= 1 && objectives <= 3, "a plan keeps 1 to 3 active objectives");
        require(targets >= objectives, "every objective needs a target: --targets >= --objectives");
        require(choices >= 1 && attendances <= choices, "attendance is logged only at chosen platforms");
        require(platforms >= CatalogLayout.minimumPlatforms(targets, choices - attendances, probePlatforms),
                "the catalog must hold " + CatalogLayout.minimumPlatforms(targets, choices - attendances, probePlatforms)
                        + " platforms at least: the attendable ones for the run's hours, the probes and a slot of "
                        + "upcoming ones per choice not attended (see CatalogLayout)");
        require(clients >= 1, "at least one client");
        require(reps >= 10, "at least 10 reps: the run splits them over warm-up, gateway, direct and open-loop");
        require(warmUpCapSeconds >= 1 && loopSeconds >= 1 && curveSeconds >= 1 && openLoopSeconds >= 1,
                "durations are whole seconds >= 1");
        require(!curveClients.isEmpty() && curveClients.stream().allMatch(c -> c >= 1),
                "--curve-clients lists client counts >= 1");
        require(!storeSizes.isEmpty() && storeSizes.stream().allMatch(size -> size >= 1),
                "--store-sizes lists event counts >= 1");
        require(storeFillSeconds >= 0 && storeSamples >= 1 && replayEvents >= 0,
                "--store-fill-seconds and --replay-events >= 0, --store-samples >= 1");
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message + "\n" + USAGE);
        }
    }

    private static List<Integer> integers(Map<String, String> values, String name, String fallback) {
        return Arrays.stream(values.getOrDefault(name, fallback).split(","))
                .map(value -> value.replace("_", "").trim()).filter(value -> !value.isEmpty())
                .map(Integer::parseInt).toList();
    }

    private static int integer(Map<String, String> values, String name, int fallback) {
        String value = values.get(name);
        return value == null ? fallback : Integer.parseInt(value.replace("_", "").trim());
    }
}
