package com.netfocus.catalog.recommendation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Times one recommendation run (rank 10,000 platforms for 50 targets: all of them explained, and only a first
 * page explained) and one portfolio proposal on the same data. Not a test (the name does not end in Test), so
 * surefire leaves it alone. Run it by hand from the repository root:
 * <pre>
 *   mvn -B -q -pl events-catalog-service test-compile
 *   mvn -B -q -pl events-catalog-service dependency:build-classpath -Dmdep.outputFile=/tmp/catalog-cp.txt \
 *       -Dmdep.includeScope=test
 *   java -cp events-catalog-service/target/test-classes:events-catalog-service/target/classes:$(cat /tmp/catalog-cp.txt) \
 *       com.netfocus.catalog.recommendation.RecommendationBenchmark [platforms] [targets] [measured runs]
 * </pre>
 */
public final class RecommendationBenchmark {

    private static final Instant NOW = Instant.parse("2026-03-01T00:00:00Z");
    private static final long SEED = 20260301L;
    private static final int WARM_UP_RUNS = 30;
    private static final double PORTFOLIO_BUDGET_HOURS = 40;
    /** The catalog's default page size. */
    private static final int PAGE = 20;
    private static final String[] FUNCTIONS = {"CFO", "CTO", "COO", "CEO", "CIO", "CMO", "Head of Sales",
            "Procurement Manager", "IT Director", "HR Director", "Founder", "Investor", "Engineer", "Consultant",
            "Controller", "Product Manager", "Data Scientist", "Lawyer", "Architect", "Buyer"};
    private static final String[] POSITIONS = {"Junior", "Medior", "Senior", "Manager", "Director", "Executive"};
    private static final String[] INDUSTRIES = {"Manufacturing", "Retail", "Banking", "Insurance", "Healthcare",
            "Energy", "Logistics", "Software", "Telecom", "Public Sector", "Education", "Construction",
            "Agriculture", "Media", "Hospitality"};

    private RecommendationBenchmark() {
    }

    public static void main(String[] args) {
        int platformCount = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int targetCount = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 51;
        Random random = new Random(SEED);
        List<TargetNeed> targets = targets(random, targetCount);
        List<PlatformOffer> platforms = platforms(random, platformCount);
        TimePlan timePlan = new TimePlan(30, 30);
        ScoringSettings settings = ScoringSettings.defaults(NOW);

        int recommended = PlatformRanking.rank(platforms, targets, timePlan, settings).size();
        int chosen = PortfolioPlanner.propose(platforms, targets, timePlan, PORTFOLIO_BUDGET_HOURS, settings)
                .chosen().size();
        double[] fullRanking = time(runs, () -> PlatformRanking.rank(platforms, targets, timePlan, settings));
        double[] firstPage = time(runs, () -> PlatformRanking.rank(platforms, targets, timePlan, settings, PAGE));
        double[] portfolio = time(runs,
                () -> PortfolioPlanner.propose(platforms, targets, timePlan, PORTFOLIO_BUDGET_HOURS, settings));

        System.out.printf(Locale.ROOT, "%d platforms x %d targets, %d warm-up + %d measured runs each (%s)%n",
                platformCount, targetCount, WARM_UP_RUNS, runs, Runtime.version());
        report("ranking, all " + recommended + " recommendations explained", fullRanking);
        report("ranking, best " + PAGE + " explained", firstPage);
        report("portfolio, " + chosen + " platforms for " + PORTFOLIO_BUDGET_HOURS + " h", portfolio);
    }

    private static double[] time(int runs, Supplier<Object> run) {
        Object sink = null;
        for (int i = 0; i < WARM_UP_RUNS; i++) {
            sink = run.get();
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            sink = run.get();
            millis[i] = (System.nanoTime() - started) / 1e6;
        }
        if (sink == null) {
            throw new IllegalStateException("nothing computed");
        }
        return millis;
    }

    private static void report(String what, double[] millis) {
        System.out.printf(Locale.ROOT, "%-50s median %6.2f ms per run (min %6.2f, max %6.2f)%n", what,
                median(millis), min(millis), max(millis));
    }

    /** Targets as a sales team writes them: mostly a function, often an industry, sometimes a seniority. */
    private static List<TargetNeed> targets(Random random, int count) {
        List<TargetNeed> targets = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            targets.add(new TargetNeed("t-" + i, "o-" + (i % 3),
                    random.nextDouble() < 0.9 ? pick(random, FUNCTIONS) : null,
                    random.nextDouble() < 0.3 ? pick(random, POSITIONS) : " ",
                    random.nextDouble() < 0.6 ? pick(random, INDUSTRIES) : null,
                    1 + random.nextInt(5),
                    NOW.plus(Duration.ofDays(30 + random.nextInt(335)))));
        }
        return targets;
    }

    /** Platforms over the coming year with 3-8 audience segments written in the catalog's own casing. */
    private static List<PlatformOffer> platforms(Random random, int count) {
        List<PlatformOffer> platforms = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int segments = 3 + random.nextInt(6);
            List<AudienceSegment> audience = new ArrayList<>(segments);
            for (int s = 0; s < segments; s++) {
                // fresh String objects, as a database driver would hand them over
                audience.add(new AudienceSegment(
                        new String(casing(random, pick(random, FUNCTIONS))),
                        random.nextDouble() < 0.7 ? new String(casing(random, pick(random, POSITIONS))) : null,
                        random.nextDouble() < 0.8 ? new String(casing(random, pick(random, INDUSTRIES))) : null,
                        1.0 / segments));
            }
            Instant starts = NOW.plus(Duration.ofMinutes(random.nextInt(365 * 24 * 60) - 10 * 24 * 60));
            platforms.add(new PlatformOffer("p-" + i, "Platform " + i, "Topic " + random.nextInt(100), "SEMINAR",
                    starts, starts.plus(Duration.ofMinutes(60 + random.nextInt(8 * 60))), random.nextBoolean(),
                    20 + random.nextInt(2000), audience));
        }
        return platforms;
    }

    private static String casing(Random random, String word) {
        return switch (random.nextInt(3)) {
            case 0 -> word;
            case 1 -> word.toUpperCase(Locale.ROOT);
            default -> " " + word.toLowerCase(Locale.ROOT) + " ";
        };
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElse(0);
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(0);
    }
}
