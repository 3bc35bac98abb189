package com.netfocus.benchmarks.micro;

import com.netfocus.catalog.recommendation.AudienceSegment;
import com.netfocus.catalog.recommendation.PlatformOffer;
import com.netfocus.catalog.recommendation.PlatformRanking;
import com.netfocus.catalog.recommendation.Recommendation;
import com.netfocus.catalog.recommendation.ScoringSettings;
import com.netfocus.catalog.recommendation.TargetNeed;
import com.netfocus.catalog.recommendation.TimePlan;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The recommendation scoring at the size of its target: 10,000 platforms ranked for 50 targets (each platform with three
 * audience segments; targets as profiles over the same vocabulary, so many platforms serve some target), the best 20
 * kept as the API does by default, and the full ranking.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RecommendationScoringBenchmark {

    private static final List<String> FUNCTIONS = List.of("Procurement", "Finance", "IT", "Marketing", "Sales",
            "Operations", "HR", "Logistics");
    private static final List<String> POSITIONS = List.of("Director", "Manager", "Executive", "Head", "VP");
    private static final List<String> INDUSTRIES = List.of("Retail", "Manufacturing", "Healthcare", "Banking",
            "Insurance", "Energy", "Software", "Automotive");

    @Param("10000")
    public int platforms;

    @Param("50")
    public int targets;

    private List<PlatformOffer> offers;
    private List<TargetNeed> needs;
    private ScoringSettings settings;
    private final TimePlan timePlan = new TimePlan(30, 30);

    @Setup
    public void setUp() {
        Instant now = Instant.parse("2030-01-01T00:00:00Z");
        settings = ScoringSettings.defaults(now);
        offers = new ArrayList<>(platforms);
        for (int k = 0; k < platforms; k++) {
            Instant starts = now.plus(Duration.ofDays(3 + k % 90)).plus(Duration.ofHours(k % 10));
            offers.add(new PlatformOffer("platform-" + k, "Platform " + k, "Topic " + k % 100, "CONFERENCE", starts,
                    starts.plus(Duration.ofHours(2)), k % 5 != 0, 50 + k % 450, List.of(
                    segment(k, 0.3), segment(k + 1, 0.2), segment(k + 2, 0.1))));
        }
        needs = new ArrayList<>(targets);
        for (int t = 0; t < targets; t++) {
            // some targets leave a field open ("any"), as real profiles do
            needs.add(new TargetNeed("target-" + t, "objective-" + t % 3, pick(FUNCTIONS, t),
                    t % 4 == 0 ? null : pick(POSITIONS, t / 2), t % 3 == 0 ? null : pick(INDUSTRIES, t / 3),
                    1 + t % 5, now.plus(Duration.ofDays(60 + t % 60))));
        }
    }

    @Benchmark
    public List<Recommendation> best20() {
        return PlatformRanking.rank(offers, needs, timePlan, settings, 20);
    }

    @Benchmark
    public List<Recommendation> fullRanking() {
        return PlatformRanking.rank(offers, needs, timePlan, settings);
    }

    private static AudienceSegment segment(int seed, double share) {
        return new AudienceSegment(pick(FUNCTIONS, seed), pick(POSITIONS, seed / 3), pick(INDUSTRIES, seed / 7), share);
    }

    private static String pick(List<String> words, int index) {
        return words.get(Math.floorMod(index, words.size()));
    }
}
