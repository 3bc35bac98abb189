package com.netfocus.catalog.analytics;

import java.util.List;

/**
 * Bands of minutes spent before the programme started (early arrival) or after it ended (late stay): "none" (0),
 * "1-15", "16-30", "31-60", "61+". Fixed by the API contract, so they are constants rather than settings.
 */
public final class ArrivalBands {

    public static final List<String> NAMES = List.of("none", "1-15", "16-30", "31-60", "61+");
    private static final int[] UPPER_BOUNDS = {0, 15, 30, 60};

    private ArrivalBands() {
    }

    /** Index into {@link #NAMES} of the band holding {@code minutes}; a negative value (arrived late) is "none". */
    public static int bandOf(int minutes) {
        for (int band = 0; band < UPPER_BOUNDS.length; band++) {
            if (minutes <= UPPER_BOUNDS[band]) {
                return band;
            }
        }
        return UPPER_BOUNDS.length;
    }
}
