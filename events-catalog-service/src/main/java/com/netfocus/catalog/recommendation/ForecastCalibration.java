package com.netfocus.catalog.recommendation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How much better or worse than the org's average a platform turns expected target people into target people met,
 * learnt from the org's own attendance (README, "Calibration from the org's own attendance"). Expected people are
 * those present; people met are always far fewer, so only the ratio against the org's own average says anything:
 * <pre>
 *   R              = A_org / F_org                                   (the org's average, people met per forecast)
 *   kindRatio      = (A_kind + prior × R)             / (F_kind + prior)
 *   platformRatio  = (A_platform + prior × kindRatio) / (F_platform + prior)
 *   factor         = clamp(platformRatio / R, minFactor, maxFactor)
 * </pre>
 * F and A are forecast and actual target people summed over the org's attendances (all, of that kind, of that
 * platform); {@code prior} is counted in forecast people, so one attendance moves a ratio only as far as its
 * forecast outweighs the prior. A platform never attended takes its kind's ratio, a kind never attended the org's
 * (factor 1); without any target person met there is nothing to learn and every factor is 1. Pure and immutable.
 */
public final class ForecastCalibration {

    /** The forecast and actual target people of a platform's attendances in one org. */
    public record Observation(String platformId, String kind, double forecast, double actual) {
    }

    /**
     * @param priorPeople how many forecast people the prior weighs, i.e. how much evidence it takes to move the
     *                    factor half-way towards what was observed
     * @param minFactor   the factor never goes below this
     * @param maxFactor   nor above this
     */
    public record Settings(double priorPeople, double minFactor, double maxFactor) {

        public Settings {
            if (!(priorPeople > 0) || !(minFactor > 0) || !(maxFactor >= minFactor) || minFactor > 1 || maxFactor < 1
                    || Double.isInfinite(priorPeople) || Double.isInfinite(maxFactor)) {
                throw new IllegalArgumentException("calibration needs prior-people > 0 and 0 < min-factor <= 1 <= "
                        + "max-factor, finite");
            }
        }
    }

    /** No evidence: every factor is 1. */
    public static final ForecastCalibration NONE = new ForecastCalibration(Map.of(), Map.of(), 1,
            new Settings(1, 1, 1));

    private final Map<String, double[]> byPlatform;
    private final Map<String, double[]> byKind;
    private final double orgRatio;
    private final Settings settings;

    private ForecastCalibration(Map<String, double[]> byPlatform, Map<String, double[]> byKind, double orgRatio,
                                Settings settings) {
        this.byPlatform = byPlatform;
        this.byKind = byKind;
        this.orgRatio = orgRatio;
        this.settings = settings;
    }

    /** Observations without a forecast say nothing about its accuracy and are left out. */
    public static ForecastCalibration of(List<Observation> observations, Settings settings) {
        Map<String, double[]> byPlatform = new HashMap<>();
        Map<String, double[]> byKind = new HashMap<>();
        double forecast = 0;
        double actual = 0;
        for (Observation observation : observations) {
            if (!(observation.forecast() > 0) || !(observation.actual() >= 0)) {
                continue;
            }
            forecast += observation.forecast();
            actual += observation.actual();
            add(byPlatform, observation.platformId(), observation);
            if (observation.kind() != null) {
                add(byKind, observation.kind(), observation);
            }
        }
        if (!(actual > 0)) {
            return NONE;
        }
        return new ForecastCalibration(Map.copyOf(byPlatform), Map.copyOf(byKind), actual / forecast, settings);
    }

    /** The factor for a platform, by its own attendances, else its kind's, else 1. */
    public double factor(String platformId, String kind) {
        if (byPlatform.isEmpty()) {
            return 1.0;
        }
        double kindRatio = smoothed(kind == null ? null : byKind.get(kind), orgRatio);
        double platformRatio = smoothed(byPlatform.get(platformId), kindRatio);
        return Math.max(settings.minFactor(), Math.min(settings.maxFactor(), platformRatio / orgRatio));
    }

    /** Each offer with its factor; an offer is left as it is when its factor is 1. */
    public List<PlatformOffer> calibrate(List<PlatformOffer> offers) {
        if (byPlatform.isEmpty()) {
            return offers;
        }
        return offers.stream().map(offer -> {
            double factor = factor(offer.platformId(), offer.kind());
            return factor == 1.0 ? offer : offer.withCalibration(factor);
        }).toList();
    }

    /**
     * How much better or worse than the org's average one rep turns forecast target people into target people met,
     * from the rep's own attendances ({@code forecast} and {@code actual} summed over them), as the org's factors are:
     * <pre>
     *   repRatio = (A_rep + prior × R) / (F_rep + prior)        factor = clamp(repRatio / R, minFactor, maxFactor)
     * </pre>
     * 1 without evidence (the org met nobody yet, or the rep attended nothing with a forecast). It multiplies the org's
     * factor of each platform: the rep's own record adjusts the forecasts for that rep as the org's do for the org.
     */
    public double personalFactor(double forecast, double actual) {
        if (byPlatform.isEmpty() || !(forecast > 0) || !(actual >= 0)) {
            return 1.0;
        }
        double repRatio = smoothed(new double[] {forecast, actual}, orgRatio);
        return Math.max(settings.minFactor(), Math.min(settings.maxFactor(), repRatio / orgRatio));
    }

    private double smoothed(double[] forecastAndActual, double prior) {
        if (forecastAndActual == null) {
            return prior;
        }
        return (forecastAndActual[1] + settings.priorPeople() * prior) / (forecastAndActual[0] + settings.priorPeople());
    }

    private static void add(Map<String, double[]> sums, String key, Observation observation) {
        double[] sum = sums.computeIfAbsent(key, k -> new double[2]);
        sum[0] += observation.forecast();
        sum[1] += observation.actual();
    }
}
