package com.netfocus.benchmarks.load;

import java.util.Comparator;
import java.util.List;

/**
 * Throughput against the number of closed-loop clients. Its knee is the fewest clients that reach
 * {@link #NEAR_MAXIMUM} of the highest rate: beyond it more clients only queue. It holds past the knee when no point
 * with more clients falls below that share of the highest rate again (a drop would mean more clients cost
 * throughput: contention, not just queueing).
 */
public record ClientCurve(List<Point> points) {

    public static final double NEAR_MAXIMUM = 0.9;

    public record Point(int clients, double commandsPerSecond) {
    }

    public ClientCurve {
        points = points.stream().sorted(Comparator.comparingInt(Point::clients)).toList();
    }

    public double highest() {
        return points.stream().mapToDouble(Point::commandsPerSecond).max().orElse(Double.NaN);
    }

    public Point knee() {
        double near = NEAR_MAXIMUM * highest();
        return points.stream().filter(point -> point.commandsPerSecond() >= near).findFirst()
                .orElseThrow(() -> new IllegalStateException("an empty curve has no knee"));
    }

    /** The slowest point with more clients than the knee; the knee itself if there is none. */
    public Point lowestPastKnee() {
        Point knee = knee();
        return points.stream().filter(point -> point.clients() > knee.clients())
                .min(Comparator.comparingDouble(Point::commandsPerSecond)).orElse(knee);
    }

    public boolean holdsPastKnee() {
        return lowestPastKnee().commandsPerSecond() >= NEAR_MAXIMUM * highest();
    }
}
