package com.netfocus.catalog.planneeds;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Rounds figures for reading (half up, configured decimals); the ranking itself always uses exact values. */
public final class DisplayNumbers {

    private final int decimals;

    public DisplayNumbers(int decimals) {
        this.decimals = decimals;
    }

    public double round(double value) {
        if (!Double.isFinite(value)) {
            return value;
        }
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }
}
