package com.netfocus.catalog.analytics;

import com.netfocus.catalog.recommendation.CalibrationSource;
import com.netfocus.catalog.recommendation.ForecastCalibration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Feeds the org's own forecast accuracy (the ROI leaderboard's forecast and actual target people per platform) back
 * into the recommendation as a {@link ForecastCalibration}. One read by {@code _id} per recommendation request.
 */
@Component
class OrgForecastCalibration implements CalibrationSource {

    private final AnalyticsStore store;
    private final ForecastCalibration.Settings settings;

    OrgForecastCalibration(AnalyticsStore store, Properties properties) {
        this.store = store;
        this.settings = new ForecastCalibration.Settings(properties.priorPeople(), properties.minFactor(),
                properties.maxFactor());
    }

    @Override
    public ForecastCalibration forOrg(String org) {
        List<ForecastCalibration.Observation> observations = store.platforms(org).entrySet().stream()
                .map(platform -> new ForecastCalibration.Observation(platform.getKey(), platform.getValue().kind(),
                        platform.getValue().forecastTargetPeople(), platform.getValue().actualTargetPeople()))
                .toList();
        return ForecastCalibration.of(observations, settings);
    }

    /**
     * {@code netfocus.catalog.recommendation.calibration}: see {@link ForecastCalibration.Settings}.
     */
    @ConfigurationProperties("netfocus.catalog.recommendation.calibration")
    record Properties(double priorPeople, double minFactor, double maxFactor) {
    }
}
