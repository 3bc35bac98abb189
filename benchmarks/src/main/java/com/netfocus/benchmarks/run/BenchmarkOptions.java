package com.netfocus.benchmarks.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The scale and the phases of one benchmark run, from {@code --name value} flags; the soak run reads its scale from
 * them too. The defaults are the reference scale: 20 teams, 400 reps (one plan each), 3 objectives, 10 targets, 15
 * platform choices and 8 attendances per plan, a catalog of 5,000 platforms.
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
        int queries,
        int recommendationClients,
        int querySeconds,
        List<Integer> historySizes,
        int historyWarmSamples,
        boolean replay,
        boolean history,
        boolean baselines,
        boolean jfr,
        int mongoBaselineDocuments,
        int kafkaBaselineRecords,
        Path projectRoot,
        Path resultsDirectory,
        boolean keepData) {

    static final String USAGE = """
            ./benchmark.sh [--reps 400] [--teams 20] [--objectives 3] [--targets 10] [--choices 15]
                           [--attendances 8] [--platforms 5000] [--probe-platforms 300] [--clients 16]
                           [--open-rate 0 (= half the end-to-end maximum)] [--queries 2000]
                           [--recommendation-clients 2] [--query-seconds 90]
                           [--history-sizes 10,100,1000,10000] [--no-replay] [--no-history] [--no-baselines]
                           [--jfr] [--mongo-docs 20000] [--kafka-records 50000] [--results benchmarks/results]
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
            if (name.startsWith("no-") || name.equals("jfr") || name.equals("keep-data") || name.equals("help")) {
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
                "probe-platforms", "clients", "open-rate", "queries", "recommendation-clients", "query-seconds", "history-sizes", "history-warm-samples",
                "mongo-docs", "kafka-records", "results");
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
                integer(values, "queries", 2000),
                integer(values, "recommendation-clients", 2),
                integer(values, "query-seconds", 90),
                Arrays.stream(values.getOrDefault("history-sizes", "10,100,1000,10000").split(","))
                        .map(String::trim).filter(s -> !s.isEmpty()).map(Integer::parseInt).toList(),
                integer(values, "history-warm-samples", 20),
                !switches.contains("no-replay"),
                !switches.contains("no-history"),
                !switches.contains("no-baselines"),
                switches.contains("jfr"),
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
        require(platforms > probePlatforms + choices, "the catalog must hold the choices and the probe platforms");
        require(clients >= 1, "at least one client");
        require(reps >= 10, "at least 10 reps: the run splits them over warm-up, gateway, direct and open-loop");
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message + "\n" + USAGE);
        }
    }

    private static int integer(Map<String, String> values, String name, int fallback) {
        String value = values.get(name);
        return value == null ? fallback : Integer.parseInt(value.replace("_", "").trim());
    }
}
