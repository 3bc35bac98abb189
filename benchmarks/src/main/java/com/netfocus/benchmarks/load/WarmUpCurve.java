package com.netfocus.benchmarks.load;

import java.util.List;

/**
 * How one path warmed up: its commands per second in each window, whether it became flat before the cap, and its
 * non-2xx answers (not measured, but a sign that the data or the suite went wrong).
 */
public record WarmUpCurve(String path, List<Double> rates, boolean flat, double seconds, long commands, long errors) {
}
