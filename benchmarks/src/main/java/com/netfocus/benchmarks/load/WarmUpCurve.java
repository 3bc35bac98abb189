package com.netfocus.benchmarks.load;

import java.util.List;

/** How one path warmed up: its commands per second in each window, and whether it became flat before the cap. */
public record WarmUpCurve(String path, List<Double> rates, boolean flat, double seconds, long commands) {
}
