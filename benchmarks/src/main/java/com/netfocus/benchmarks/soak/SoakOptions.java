package com.netfocus.benchmarks.soak;

import com.netfocus.benchmarks.run.BenchmarkOptions;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A soak run's flags: its own (--minutes, --rate, ...) and the benchmark's scale flags (--reps, --platforms,
 * --clients, ...), parsed by BenchmarkOptions with a modest default scale.
 */
public record SoakOptions(int minutes, double rate, double queriesPerCommand, int warmUpPlans, int probePlans,
                          BenchmarkOptions scale) {

    static final String USAGE = """
            ./benchmark.sh soak [--minutes 10] [--rate 0 (= half the closed-loop maximum, probed first)]
                                [--queries-per-command 0.5] [--warm-up-plans 30] [--probe-plans 60]
                                [--reps 100 --teams 10 --platforms 1000 --probe-platforms 400 --clients 16 ...]
                                [--results benchmarks/results] [--keep-data]""";

    /** The soak's scale where the flags do not say: modest, so that the 10 minutes hold load, not set-up. */
    private static final List<String> DEFAULT_SCALE = List.of("--reps", "100", "--teams", "10", "--platforms", "1000",
            "--probe-platforms", "400");
    private static final List<String> OWN = List.of("minutes", "rate", "queries-per-command", "warm-up-plans",
            "probe-plans");

    public static SoakOptions parse(String[] args, Path projectRoot) {
        Map<String, String> own = new HashMap<>();
        List<String> rest = new ArrayList<>(DEFAULT_SCALE);
        for (int i = 0; i < args.length; i++) {
            String name = args[i].startsWith("--") ? args[i].substring(2) : "";
            if (name.equals("help")) {
                throw new IllegalArgumentException(USAGE);
            }
            if (OWN.contains(name)) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("--" + name + " needs a value\n" + USAGE);
                }
                own.put(name, args[++i]);
            } else {
                rest.add(args[i]);
            }
        }
        BenchmarkOptions scale;
        try {
            scale = BenchmarkOptions.parse(rest.toArray(String[]::new), projectRoot);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage().split("\n")[0] + "\n" + USAGE);
        }
        SoakOptions options = new SoakOptions(
                Integer.parseInt(own.getOrDefault("minutes", "10")),
                Double.parseDouble(own.getOrDefault("rate", "0")),
                Double.parseDouble(own.getOrDefault("queries-per-command", "0.5")),
                Integer.parseInt(own.getOrDefault("warm-up-plans", "30")),
                Integer.parseInt(own.getOrDefault("probe-plans", "60")),
                scale);
        if (options.minutes() < 1 || options.rate() < 0 || options.queriesPerCommand() < 0
                || options.warmUpPlans() < 0 || options.probePlans() < 1) {
            throw new IllegalArgumentException("--minutes >= 1, --rate >= 0, --queries-per-command >= 0, "
                    + "--probe-plans >= 1\n" + USAGE);
        }
        return options;
    }
}
