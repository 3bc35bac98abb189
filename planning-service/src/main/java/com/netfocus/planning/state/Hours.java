package com.netfocus.planning.state;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/** Hours as a plan counts them (budget, planned, spent): to the second, and shown to two decimals. */
public final class Hours {

    private static final double SECONDS_PER_HOUR = 3600.0;
    private static final double MINUTES_PER_HOUR = 60.0;

    private Hours() {
    }

    public static double between(Instant from, Instant to) {
        return Duration.between(from, to).toSeconds() / SECONDS_PER_HOUR;
    }

    public static double ofMinutes(int minutes) {
        return minutes / MINUTES_PER_HOUR;
    }

    /** Whole minutes from {@code from} to {@code to}; none when {@code to} is not later. */
    public static int minutesFromTo(Instant from, Instant to) {
        return (int) Math.max(0, Duration.between(from, to).toMinutes());
    }

    public static String format(double hours) {
        return String.format(Locale.ROOT, "%.2f", hours);
    }
}
