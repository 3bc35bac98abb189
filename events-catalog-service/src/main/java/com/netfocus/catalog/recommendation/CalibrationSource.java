package com.netfocus.catalog.recommendation;

/**
 * Where an org's {@link ForecastCalibration} comes from (the analytics of its attendance), and a rep's own factor on
 * top of it ({@link ForecastCalibration#personalFactor}).
 */
@FunctionalInterface
public interface CalibrationSource {

    ForecastCalibration forOrg(String org);

    /** The rep's own factor in the org (1 while their attendance says nothing). */
    default double personalFactor(String org, String team, String userId) {
        return 1.0;
    }
}
