package com.netfocus.catalog.recommendation;

/** Where an org's {@link ForecastCalibration} comes from (the analytics of its attendance). */
@FunctionalInterface
public interface CalibrationSource {

    ForecastCalibration forOrg(String org);
}
