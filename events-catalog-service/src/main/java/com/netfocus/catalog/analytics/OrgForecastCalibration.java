package com.netfocus.catalog.analytics;

import com.netfocus.catalog.orgcopies.OrgCopies;
import com.netfocus.catalog.orgcopies.OrgCopiesProperties;
import com.netfocus.catalog.recommendation.CalibrationSource;
import com.netfocus.catalog.recommendation.ForecastCalibration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/**
 * Feeds the org's own forecast accuracy (the ROI leaderboard's forecast and actual target people per platform) back
 * into the recommendation as a {@link ForecastCalibration}, and each rep's own on top of it
 * ({@link ForecastCalibration#personalFactor}). Summing it reads every plan's figures at the org's
 * platforms, so each org's calibration is kept in memory and read again in the background ({@link OrgCopies}): a
 * calibration is a slowly moving prior, and a few seconds' delay in taking the latest attendance into account does
 * not change a ranking's meaning, whereas reading it per request cost ~600 ms per recommendation under load.
 */
@Component
class OrgForecastCalibration implements CalibrationSource {

    private final AnalyticsStore store;
    private final ForecastCalibration.Settings settings;
    private final OrgCopies<OrgCalibration> byOrg;

    OrgForecastCalibration(AnalyticsStore store, Properties properties, OrgCopiesProperties copies) {
        this.store = store;
        this.settings = new ForecastCalibration.Settings(properties.priorPeople(), properties.minFactor(),
                properties.maxFactor());
        this.byOrg = new OrgCopies<>(copies.calibration(), this::read);
    }

    @Override
    public ForecastCalibration forOrg(String org) {
        return byOrg.of(org).calibration();
    }

    /** The rep's own factor, from the same copy of the org's figures (read again in the background with it). */
    @Override
    public double personalFactor(String org, String team, String userId) {
        OrgCalibration copy = byOrg.of(org);
        double[] own = copy.byMember().get(AnalyticsStore.memberKey(team, userId));
        return own == null ? 1.0 : copy.calibration().personalFactor(own[0], own[1]);
    }

    private OrgCalibration read(String org) {
        List<ForecastCalibration.Observation> observations = store.platforms(org).entrySet().stream()
                .map(platform -> new ForecastCalibration.Observation(platform.getKey(), platform.getValue().kind(),
                        platform.getValue().forecastTargetPeople(), platform.getValue().actualTargetPeople()))
                .toList();
        return new OrgCalibration(ForecastCalibration.of(observations, settings), store.forecastsByMember(org));
    }

    /** An org's calibration, and per member (team and user id) the forecast and actual target people of their own. */
    private record OrgCalibration(ForecastCalibration calibration, Map<String, double[]> byMember) {
    }

    /**
     * {@code netfocus.catalog.recommendation.calibration}: see {@link ForecastCalibration.Settings}.
     */
    @ConfigurationProperties("netfocus.catalog.recommendation.calibration")
    record Properties(double priorPeople, double minFactor, double maxFactor) {
    }
}
